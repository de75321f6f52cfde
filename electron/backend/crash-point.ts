/**
 * Crash tests (issue 21) kill a write at a named moment: `DISPATCH_CRASH_AT=<name>:<n>` kills this
 * process (SIGKILL, no clean-up) on the n-th time `crashPoint(name)` is reached. Without the
 * variable every call is a no-op, so the points can sit inside write transactions for good.
 */
const wanted = parseCrashAt(process.env.DISPATCH_CRASH_AT);
let hits = 0;

function parseCrashAt(value: string | undefined): { name: string; nth: number } | null {
  const match = value === undefined ? null : /^(.+):(\d+)$/.exec(value);
  return match ? { name: match[1], nth: Number(match[2]) } : null;
}

/** Marks a moment inside a write where a crash test may kill the process. */
export function crashPoint(name: string): void {
  if (wanted === null || name !== wanted.name) return;
  hits += 1;
  if (hits === wanted.nth) process.kill(process.pid, 'SIGKILL');
}
