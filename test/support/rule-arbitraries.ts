import fc from 'fast-check';
import type { TimeWindow } from '../../shared/domain';

const H = 3600;

/**
 * A weekday's permitted visiting hours for property tests: up to two blocks that do not overlap,
 * in order, within the day, each starting on a whole hour in `startHours` and lasting `lengthHours`.
 */
export function blocksArb(options: {
  startHours: [number, number];
  lengthHours: [number, number];
  minBlocks: number;
}): fc.Arbitrary<TimeWindow[]> {
  const [minStart, maxStart] = options.startHours;
  const [minLength, maxLength] = options.lengthHours;
  return fc
    .array(fc.tuple(fc.integer({ min: minStart, max: maxStart }), fc.integer({ min: minLength, max: maxLength })), {
      minLength: options.minBlocks,
      maxLength: 2,
    })
    .map((pairs) => {
      const blocks: TimeWindow[] = [];
      let from = 0;
      for (const [start, length] of [...pairs].sort((a, b) => a[0] - b[0])) {
        const startSec = Math.max(start * H, from);
        const endSec = Math.min(startSec + length * H, 23 * H);
        if (startSec < endSec) blocks.push({ startSec, endSec });
        from = endSec + H;
      }
      return blocks;
    });
}
