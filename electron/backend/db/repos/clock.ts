/** Where repos get "now" from; tests pass a fixed clock. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Whole Unix seconds, as timestamps are stored. */
export function unixSeconds(clock: Clock): number {
  return Math.floor(clock().getTime() / 1000);
}
