import { formatWindow, parseClock, parseClockRange, type TimeWindow } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { fail, ok, type CellParser } from './cells';
import { NAMED_WINDOWS } from './value-aliases';

const namedWindows = new Map(Object.entries(NAMED_WINDOWS).map(([name, window]) => [name.toLowerCase(), window]));

/** At most this many appointment windows per visit (the domain's limit). */
const MAX_WINDOWS = 8;

/** A time of day, `H:MM` or `HH:MM` (full-width colon too); `HH:MM:SS` as Excel sometimes exports it. */
export const clockCell: CellParser<number> = (text, label) => {
  const sec = clockSeconds(text);
  if (sec !== null) return ok(sec);
  return fail(message('importProblem.notClock', { column: label, text }));
};

function clockSeconds(text: string): number | null {
  const folded = text.normalize('NFKC').trim();
  const withSeconds = /^(\d{1,2}:\d{2}):(\d{2})$/.exec(folded);
  if (!withSeconds) return parseClock(folded);
  const base = parseClock(withSeconds[1]);
  const seconds = Number(withSeconds[2]);
  if (base === null || seconds > 59 || base + seconds > 86_400) return null;
  return base + seconds;
}

/**
 * Appointment windows: `HH:MM-HH:MM` ranges or named ones (全天, 上午, 下午, …) separated by `;` `,`
 * (or their full-width forms), returned sorted. Rejects malformed ranges, ranges that end before they start, and overlaps.
 */
export const windowsCell: CellParser<TimeWindow[]> = (text, label) => {
  const parts = text
    .normalize('NFKC')
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const windows: TimeWindow[] = [];
  for (const part of parts) {
    const range = namedWindows.get(part.toLowerCase()) ?? parseClockRange(part);
    if (!range) {
      return fail(message('importProblem.notTimeRange', { column: label, text: part }));
    }
    if (range.endSec < range.startSec) {
      return fail(message('importProblem.windowEndsBeforeStart', { column: label, window: formatWindow(range) }));
    }
    windows.push(range);
  }
  if (windows.length === 0) return fail(message('importProblem.noWindows', { column: label }));
  if (windows.length > MAX_WINDOWS)
    return fail(message('importProblem.tooManyWindows', { column: label, ranges: windows.length, max: MAX_WINDOWS }));
  windows.sort((a, b) => a.startSec - b.startSec || a.endSec - b.endSec);
  for (let i = 1; i < windows.length; i += 1) {
    // Touching windows (10:00-12:00;12:00-14:00) are fine; sharing any stretch of time is not.
    if (windows[i].startSec < windows[i - 1].endSec) {
      return fail(
        message('importProblem.windowsOverlap', { column: label, first: formatWindow(windows[i - 1]), second: formatWindow(windows[i]) }),
      );
    }
  }
  return ok(windows);
};

/** When a break may start: a fixed `HH:MM`, or a range `HH:MM-HH:MM` it may start anywhere in. */
export interface BreakStart {
  earliestSec: number;
  latestSec: number;
}

/** A break start as `12:00` (fixed) or `11:30-13:00` (flexible). */
export const breakStartCell: CellParser<BreakStart> = (text, label) => {
  const fixed = clockSeconds(text);
  if (fixed !== null) return ok({ earliestSec: fixed, latestSec: fixed });
  const range = parseClockRange(text.normalize('NFKC').trim());
  if (!range) return fail(message('importProblem.notBreakStart', { column: label, text }));
  if (range.endSec < range.startSec)
    return fail(message('importProblem.breakEndsBeforeStart', { column: label, range: formatWindow(range) }));
  return ok({ earliestSec: range.startSec, latestSec: range.endSec });
};
