/**
 * An address as the cache keys it: full-width forms folded (ＡＢＣ１２３ → ABC123), case and runs of
 * spaces ignored, so the same address typed twice is asked once.
 */
export function addressKey(address: string): string {
  return address.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
