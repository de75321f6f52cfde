import type { Officer, Route, TimeWindow } from '../../../shared/domain';

/** The span of the day the timeline shows, whole hours, seconds since midnight. */
export interface TimeScale {
  startSec: number;
  endSec: number;
}

const HOUR = 3600;

/** From the earliest shift start (or departure) to the latest shift end (or return), rounded out to hours. */
export function timeScale(officers: readonly Officer[], routes: readonly Route[]): TimeScale {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const officer of officers) {
    start = Math.min(start, officer.shiftStartSec);
    end = Math.max(end, officer.shiftEndSec);
  }
  for (const route of routes) {
    start = Math.min(start, route.departSec);
    end = Math.max(end, route.finishSec);
  }
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return { startSec: 8 * HOUR, endSec: 20 * HOUR };
  return { startSec: Math.floor(start / HOUR) * HOUR, endSec: Math.ceil(end / HOUR) * HOUR };
}

/** Where a time sits across the timeline, 0–100 (percent of the track's width). */
export function percentAt(scale: TimeScale, sec: number): number {
  return ((sec - scale.startSec) / (scale.endSec - scale.startSec)) * 100;
}

/** The time under a point `fraction` (0–1) across the track. */
export function secAt(scale: TimeScale, fraction: number): number {
  const clamped = Math.max(0, Math.min(1, fraction));
  return scale.startSec + clamped * (scale.endSec - scale.startSec);
}

/** The whole hours to label on the axis. */
export function hourTicks(scale: TimeScale): number[] {
  const ticks: number[] = [];
  for (let sec = scale.startSec; sec <= scale.endSec; sec += HOUR) ticks.push(sec);
  return ticks;
}

/** One piece of an officer's day as drawn on the timeline. */
export type Segment =
  | { kind: 'travel' | 'wait' | 'break' | 'return'; fromSec: number; toSec: number }
  | { kind: 'stop'; fromSec: number; toSec: number; visitId: string; index: number };

/** A route as travel, waiting, visits, the break and the way back, in time order. */
export function routeSegments(route: Route): Segment[] {
  const segments: Segment[] = [];
  route.stops.forEach((stop, index) => {
    if (stop.travelSec > 0) segments.push({ kind: 'travel', fromSec: stop.arrivalSec - stop.travelSec, toSec: stop.arrivalSec });
    if (stop.startSec > stop.arrivalSec) segments.push({ kind: 'wait', fromSec: stop.arrivalSec, toSec: stop.startSec });
    segments.push({ kind: 'stop', fromSec: stop.startSec, toSec: stop.endSec, visitId: stop.visitId, index });
  });
  if (route.breakTaken) segments.push({ kind: 'break', fromSec: route.breakTaken.startSec, toSec: route.breakTaken.endSec });
  const last = route.stops[route.stops.length - 1];
  if (last && route.returnTravelSec > 0)
    segments.push({ kind: 'return', fromSec: route.finishSec - route.returnTravelSec, toSec: route.finishSec });
  return segments;
}

/** The window a visit was meant to start in: the one holding its start, else the last one before it, else the first. */
export function relevantWindow(windows: readonly TimeWindow[], startSec: number): TimeWindow | null {
  let before: TimeWindow | null = null;
  for (const window of windows) {
    if (window.startSec <= startSec && startSec <= window.endSec) return window;
    if (window.endSec < startSec) before = window;
  }
  return before ?? windows[0] ?? null;
}

/** A visit starts late (or early) when no agreed window holds its start. */
export function isOutsideWindows(windows: readonly TimeWindow[], startSec: number): boolean {
  return windows.length > 0 && !windows.some((w) => w.startSec <= startSec && startSec <= w.endSec);
}

/**
 * Where a visit dropped at `sec` goes in a route: before the first stop (other than itself) whose
 * middle is later than the drop. `atSec` is where that place is drawn.
 */
export function dropPosition(route: Route | undefined, sec: number, movingVisitId: string): { position: number; atSec: number } {
  const others = (route?.stops ?? []).filter((s) => s.visitId !== movingVisitId);
  let position = 0;
  while (position < others.length && (others[position].startSec + others[position].endSec) / 2 < sec) position++;
  const atSec = position < others.length ? others[position].startSec : (others[others.length - 1]?.endSec ?? sec);
  return { position, atSec };
}

/** A stop on the timeline, by officer row and order. */
export interface StopAt {
  officerIndex: number;
  stopIndex: number;
}

/**
 * The stop an arrow key leads to: left/right along the row, up/down to the stop nearest in time
 * in the closest row that has stops. Null when there is nowhere to go.
 */
export function stepStop(rows: readonly (Route | undefined)[], from: StopAt, key: string): StopAt | null {
  const route = rows[from.officerIndex];
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const next = from.stopIndex + (key === 'ArrowRight' ? 1 : -1);
    return route && next >= 0 && next < route.stops.length ? { officerIndex: from.officerIndex, stopIndex: next } : null;
  }
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return null;
  const atSec = route?.stops[from.stopIndex]?.startSec ?? 0;
  const step = key === 'ArrowDown' ? 1 : -1;
  for (let i = from.officerIndex + step; i >= 0 && i < rows.length; i += step) {
    const stops = rows[i]?.stops ?? [];
    if (stops.length === 0) continue;
    let best = 0;
    for (let s = 1; s < stops.length; s++) if (Math.abs(stops[s].startSec - atSec) < Math.abs(stops[best].startSec - atSec)) best = s;
    return { officerIndex: i, stopIndex: best };
  }
  return null;
}
