import { describe, expect, it } from 'vitest';
import { boardExchange, boardSeats, markStopped } from '../../../electron/backend/solver-worker/exchange-board';

const planA = [Int32Array.of(0, 1), Int32Array.of(), Int32Array.of(2, 3, 4)];
const planB = [Int32Array.of(4, 3), Int32Array.of(2, 1, 0), Int32Array.of()];

describe('exchange board', () => {
  it('does not wait for a search that has stopped, and hands over the best plan of those that traded', () => {
    const [seat0, seat1] = boardSeats(2, 3, 5, [0.5, 0.75]);
    const first = boardExchange(seat0);
    const second = boardExchange(seat1);
    // Search 0 is marked stopped, so search 1 trades alone and keeps its own plan…
    markStopped(seat0);
    expect(second.trade(5, planB)).toBeNull();
    // …and a later trade by search 0 finds search 1's cheaper plan waiting.
    expect(first.trade(10, planA)).toEqual(planB);
    // At the next trade search 1 has stopped without trading: search 0 keeps its own.
    markStopped(seat1);
    expect(first.trade(7, planA)).toBeNull();
  });

  it('gives a tie to the lower-numbered search and keeps plans of separate trades apart', () => {
    const [seat0, seat1] = boardSeats(2, 3, 5, [0.5, 0.75]);
    const first = boardExchange(seat0);
    const second = boardExchange(seat1);
    markStopped(seat0);
    expect(second.trade(5, planB)).toBeNull();
    expect(second.trade(3, planA)).toBeNull();
    expect(first.trade(5, planA)).toBeNull();
    expect(first.trade(4, planB)).toEqual(planA);
  });

  it('refuses more trades than the board holds', () => {
    const [seat] = boardSeats(2, 3, 5, [0.5, 0.75]);
    expect(() => boardExchange({ ...seat, at: [0.2, 0.4, 0.6] })).toThrow(/2 trades/);
  });
});
