/**
 * Damm's check digit: one table lookup per digit, and it catches every single-digit error and
 * every swap of two neighbouring digits, the mistakes people make reading a code over the phone.
 * The table is Damm's totally anti-symmetric quasigroup of order 10 (H. M. Damm, 2004).
 */
const QUASIGROUP = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

function interim(digits: string): number {
  let state = 0;
  for (const ch of digits) state = QUASIGROUP[state][ch.charCodeAt(0) - 48];
  return state;
}

/** The digit that makes `digits` + it pass `hasValidCheckDigit`. */
export function checkDigit(digits: string): string {
  return String(interim(digits));
}

/** Whether a string of digits ends in its own check digit. */
export function hasValidCheckDigit(code: string): boolean {
  return /^\d{2,}$/.test(code) && interim(code) === 0;
}
