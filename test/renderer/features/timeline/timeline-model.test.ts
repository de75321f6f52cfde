import { describe, expect, it } from 'vitest';
import {
  dropPosition,
  hourTicks,
  isOutsideWindows,
  percentAt,
  relevantWindow,
  routeSegments,
  secAt,
  stepStop,
  timeScale,
} from '../../../../renderer/features/timeline/timeline-model';
import { sampleOfficer, sampleRoute } from '../../sample-data';

const H = 3600;

describe('the timeline scale', () => {
  it('runs from the earliest shift start to the latest return, in whole hours', () => {
    const officers = [
      sampleOfficer({ shiftStartSec: 9 * H + 1800, shiftEndSec: 17 * H }),
      sampleOfficer({ shiftStartSec: 8 * H, shiftEndSec: 18 * H }),
    ];
    const late = sampleRoute('OF1', [['A', 18 * 60]], { finishSec: 19 * H + 60 });
    expect(timeScale(officers, [late])).toEqual({ startSec: 8 * H, endSec: 20 * H });
    expect(timeScale([], [])).toEqual({ startSec: 8 * H, endSec: 20 * H });
  });

  it('maps times to percent of the track and back', () => {
    const scale = { startSec: 8 * H, endSec: 18 * H };
    expect(percentAt(scale, 13 * H)).toBe(50);
    expect(secAt(scale, 0.25)).toBe(10.5 * H);
    expect(secAt(scale, 1.7)).toBe(18 * H);
    expect(hourTicks(scale)).toHaveLength(11);
  });
});

describe('a route as segments', () => {
  it('has travel before each visit, waiting when early, the break and the way back', () => {
    // Arrive 09:50 for a visit that may start at 10:00: ten minutes of waiting.
    const route = sampleRoute(
      'OF1',
      [
        ['A', 600],
        ['B', 700],
      ],
      { breakTaken: { startSec: 12 * H, endSec: 13 * H, afterStop: 1 } },
    );
    route.stops[0] = { ...route.stops[0], arrivalSec: 9 * H + 50 * 60, waitSec: 600 };
    const kinds = routeSegments(route).map((s) => `${s.kind}:${s.fromSec / 60}-${s.toSec / 60}`);
    expect(kinds).toEqual([
      'travel:580-590',
      'wait:590-600',
      'stop:600-630',
      'travel:690-700',
      'stop:700-730',
      'break:720-780',
      'return:730-740',
    ]);
  });
});

describe('windows and lateness', () => {
  const windows = [
    { startSec: 9 * H, endSec: 11 * H },
    { startSec: 14 * H, endSec: 16 * H },
  ];
  it('picks the window holding the start, else the last one before it', () => {
    expect(relevantWindow(windows, 15 * H)).toEqual(windows[1]);
    expect(relevantWindow(windows, 12 * H)).toEqual(windows[0]);
    expect(relevantWindow(windows, 8 * H)).toEqual(windows[0]);
  });

  it('calls a start between windows late', () => {
    expect(isOutsideWindows(windows, 10 * H)).toBe(false);
    expect(isOutsideWindows(windows, 12 * H)).toBe(true);
    expect(isOutsideWindows([], 12 * H)).toBe(false);
  });
});

describe('where a dropped visit lands', () => {
  // Stops at 09:00, 10:00, 11:00 (each 30 minutes): middles at 09:15, 10:15, 11:15.
  const route = sampleRoute('OF1', [
    ['A', 540],
    ['B', 600],
    ['C', 660],
  ]);

  it('goes before the first stop whose middle is after the drop time', () => {
    expect(dropPosition(route, 8 * H, 'X')).toEqual({ position: 0, atSec: 9 * H });
    expect(dropPosition(route, 9.5 * H, 'X')).toEqual({ position: 1, atSec: 10 * H });
    expect(dropPosition(route, 12 * H, 'X')).toEqual({ position: 3, atSec: 11.5 * H });
  });

  it('does not count the visit itself when it moves within its own route', () => {
    // Moving A to after C: without A there are two stops, so the end is position 2.
    expect(dropPosition(route, 12 * H, 'A').position).toBe(2);
    expect(dropPosition(undefined, 10 * H, 'A')).toEqual({ position: 0, atSec: 10 * H });
  });
});

describe('moving between stops with the arrow keys', () => {
  const rows = [
    sampleRoute('OF1', [
      ['A', 540],
      ['B', 600],
    ]),
    undefined,
    sampleRoute('OF3', [
      ['C', 550],
      ['D', 610],
      ['E', 700],
    ]),
  ];

  it('goes along a row and stops at its ends', () => {
    expect(stepStop(rows, { officerIndex: 0, stopIndex: 0 }, 'ArrowRight')).toEqual({ officerIndex: 0, stopIndex: 1 });
    expect(stepStop(rows, { officerIndex: 0, stopIndex: 1 }, 'ArrowRight')).toBeNull();
    expect(stepStop(rows, { officerIndex: 0, stopIndex: 0 }, 'ArrowLeft')).toBeNull();
  });

  it('skips rows without stops and lands on the stop nearest in time', () => {
    expect(stepStop(rows, { officerIndex: 0, stopIndex: 1 }, 'ArrowDown')).toEqual({ officerIndex: 2, stopIndex: 1 });
    expect(stepStop(rows, { officerIndex: 2, stopIndex: 2 }, 'ArrowUp')).toEqual({ officerIndex: 0, stopIndex: 1 });
    expect(stepStop(rows, { officerIndex: 2, stopIndex: 0 }, 'ArrowDown')).toBeNull();
    expect(stepStop(rows, { officerIndex: 0, stopIndex: 0 }, 'Tab')).toBeNull();
  });
});
