import { formatWindow, parseClock, parseClockRange, type TimeWindow } from '../../../shared/domain';
import { fail, ok, type CellParser } from './cells';

/** At most this many appointment windows per visit (the domain's limit). */
const MAX_WINDOWS = 8;

/** A time of day, `H:MM` or `HH:MM` (full-width colon too); `HH:MM:SS` as Excel sometimes exports it. */
export const clockCell: CellParser<number> = (text, label) => {
  const sec = clockSeconds(text);
  if (sec !== null) return ok(sec);
  return fail(`${label.en} "${text}" is not a time of day like 09:00.`, `${label.zh}“${text}”不是类似 09:00 的时间。`);
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
 * Appointment windows: `HH:MM-HH:MM` ranges separated by `;` `,` (or their full-width forms),
 * returned sorted. Rejects malformed ranges, ranges that end before they start, and overlaps.
 */
export const windowsCell: CellParser<TimeWindow[]> = (text, label) => {
  const parts = text.normalize('NFKC').split(/[;,]/).map((p) => p.trim()).filter((p) => p !== '');
  const windows: TimeWindow[] = [];
  for (const part of parts) {
    const range = parseClockRange(part);
    if (!range) {
      return fail(
        `${label.en}: "${part}" is not a time range like 09:00-12:00 (separate several ranges with ;).`,
        `${label.zh}：“${part}”不是类似 09:00-12:00 的时间段（多个时间段用 ; 分隔）。`,
      );
    }
    if (range.endSec < range.startSec) {
      return fail(
        `${label.en}: ${formatWindow(range)} ends before it starts (windows cannot cross midnight).`,
        `${label.zh}：${formatWindow(range)} 的结束时间早于开始时间（时间段不能跨越午夜）。`,
      );
    }
    windows.push(range);
  }
  if (windows.length === 0) return fail(`${label.en} has no time range.`, `${label.zh}中没有时间段。`);
  if (windows.length > MAX_WINDOWS) {
    return fail(`${label.en} has ${windows.length} ranges; at most ${MAX_WINDOWS} are allowed.`, `${label.zh}有 ${windows.length} 个时间段，最多允许 ${MAX_WINDOWS} 个。`);
  }
  windows.sort((a, b) => a.startSec - b.startSec || a.endSec - b.endSec);
  for (let i = 1; i < windows.length; i += 1) {
    // Touching windows (10:00-12:00;12:00-14:00) are fine; sharing any stretch of time is not.
    if (windows[i].startSec < windows[i - 1].endSec) {
      const a = formatWindow(windows[i - 1]);
      const b = formatWindow(windows[i]);
      return fail(`${label.en}: ${a} and ${b} overlap; merge them or fix the times.`, `${label.zh}：${a} 与 ${b} 重叠，请合并或更正时间。`);
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
  if (!range) {
    return fail(`${label.en} "${text}" is not a time like 12:00 or a range like 11:30-13:00.`, `${label.zh}“${text}”不是类似 12:00 的时间或类似 11:30-13:00 的时间段。`);
  }
  if (range.endSec < range.startSec) {
    return fail(`${label.en} ${formatWindow(range)} ends before it starts.`, `${label.zh} ${formatWindow(range)} 的结束时间早于开始时间。`);
  }
  return ok({ earliestSec: range.startSec, latestSec: range.endSec });
};
