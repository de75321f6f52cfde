/**
 * A zeroed Int32Array in shared memory. Travel matrices are built in these, so the planner's
 * worker threads read the one copy instead of each getting (or the runner making) another: on a
 * 10,000-visit day one table is over 400 MiB.
 */
export function sharedTable(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));
}
