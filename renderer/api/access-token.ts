/** sessionStorage key of the local server's access token for this tab. */
export const TOKEN_STORAGE_KEY = 'dispatch.token';

/**
 * Takes the access token the local server put in the URL fragment (`#token=…`), keeps it in
 * sessionStorage (so a reload still works) and removes it from the visible address, so it is
 * not copied along with a screenshot or a pasted link.
 */
export function takeAccessToken(
  location: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location,
  storage: Pick<Storage, 'getItem' | 'setItem'> = sessionStorage,
  history: Pick<History, 'replaceState'> = window.history,
): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    storage.setItem(TOKEN_STORAGE_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}
