/**
 * Crash tests (issue 21) kill a write at a named moment: `DISPATCH_CRASH_AT=<name>:<n>` kills this
 * process (SIGKILL, no clean-up) on the n-th time `crashPoint(name)` is reached. A test that must
 * act while a write is under way (a backup during a plan save) holds it there instead:
 * `DISPATCH_HOLD_AT=<name>:<n>:<ms>` says `held <name>` on stderr and waits `ms` before going on.
 * Without the variables every call is a no-op, so the points can sit inside write transactions for good.
 */
const killAt = parsePoint(process.env.DISPATCH_CRASH_AT);
const holdAt = parsePoint(process.env.DISPATCH_HOLD_AT);
const hits = new Map<string, number>();

function parsePoint(value: string | undefined): { name: string; nth: number; ms: number } | null {
  const match = value === undefined ? null : /^(.+?):(\d+)(?::(\d+))?$/.exec(value);
  return match ? { name: match[1], nth: Number(match[2]), ms: Number(match[3] ?? 0) } : null;
}

/** Marks a moment inside a write where a crash test may kill the process, or hold it. */
export function crashPoint(name: string): void {
  if (killAt?.name !== name && holdAt?.name !== name) return;
  const hit = (hits.get(name) ?? 0) + 1;
  hits.set(name, hit);
  if (killAt?.name === name && hit === killAt.nth) process.kill(process.pid, 'SIGKILL');
  if (holdAt?.name === name && hit === holdAt.nth) {
    process.stderr.write(`held ${name}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, holdAt.ms);
  }
}
