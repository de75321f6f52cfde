import { describe, expect, it } from 'vitest';
import { boardExchange, createBoard, markStopped } from '../../../electron/backend/solver-worker/exchange-board';

const shape = { searches: 2, trades: 2, officers: 3, visits: 5 };
const planA = [Int32Array.of(0, 1), Int32Array.of(), Int32Array.of(2, 3, 4)];
const planB = [Int32Array.of(4, 3), Int32Array.of(2, 1, 0), Int32Array.of()];

describe('exchange board', () => {
  it('does not wait for a search that has stopped, and hands over the best plan of those that traded', () => {
    const board = createBoard(shape);
    const first = boardExchange(board, shape, 0, [0.5, 0.75]);
    const second = boardExchange(board, shape, 1, [0.5, 0.75]);
    // Search 0 is marked stopped, so search 1 trades alone and keeps its own plan…
    markStopped(board, shape, 0);
    expect(second.trade(5, planB)).toBeNull();
    // …and a later trade by search 0 finds search 1's cheaper plan waiting.
    expect(first.trade(10, planA)).toEqual(planB);
    // At the next trade search 1 has stopped without trading: search 0 keeps its own.
    markStopped(board, shape, 1);
    expect(first.trade(7, planA)).toBeNull();
  });

  it('gives a tie to the lower-numbered search and keeps plans of separate trades apart', () => {
    const board = createBoard(shape);
    const first = boardExchange(board, shape, 0, [0.5, 0.75]);
    const second = boardExchange(board, shape, 1, [0.5, 0.75]);
    markStopped(board, shape, 0);
    expect(second.trade(5, planB)).toBeNull();
    expect(second.trade(3, planA)).toBeNull();
    expect(first.trade(5, planA)).toBeNull();
    expect(first.trade(4, planB)).toEqual(planA);
  });

  it('refuses more trades than the board holds', () => {
    expect(() => boardExchange(createBoard(shape), shape, 0, [0.2, 0.4, 0.6])).toThrow(/2 trades/);
  });
});
