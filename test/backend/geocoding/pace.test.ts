import { describe, expect, it } from 'vitest';
import { createPace, forEachBounded, withRetries } from '../../../electron/backend/geocoding/pace';
import { GeocodeFailure } from '../../../electron/backend/geocoding/provider';

const reason = { en: 'busy', zh: '忙' };

describe('a polite pace for geocoding services', () => {
  it('starts requests at least the interval apart, however many workers ask at once', async () => {
    const pace = createPace(80);
    const signal = new AbortController().signal;
    const starts: number[] = [];
    await forEachBounded([1, 2, 3, 4], 4, signal, async () => {
      await pace(signal);
      starts.push(performance.now());
    });
    // The n-th start comes n × 80 ms after the first at the earliest (timers may fire a little early, or late under load).
    const sinceFirst = starts.map((at) => at - starts[0]);
    sinceFirst.forEach((ms, n) => expect(ms).toBeGreaterThanOrEqual(n * 80 - 5));
  });

  it('runs no more than the bound at once and stops starting work once cancelled', async () => {
    const controller = new AbortController();
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await forEachBounded([1, 2, 3, 4, 5, 6, 7, 8], 3, controller.signal, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running--;
      done.push(n);
      if (n === 4) controller.abort();
    });
    expect(most).toBe(3);
    expect(done.length).toBeLessThan(8);
  });

  it('retries only retryable failures, waiting longer each time', async () => {
    const signal = new AbortController().signal;
    let tries = 0;
    const busy = () => {
      tries++;
      return Promise.reject(new GeocodeFailure(reason, true));
    };
    await expect(withRetries(busy, { retries: 2, backoffMs: 1 }, signal)).rejects.toBeInstanceOf(GeocodeFailure);
    expect(tries).toBe(3);
    tries = 0;
    const refused = () => {
      tries++;
      return Promise.reject(new GeocodeFailure(reason, false));
    };
    await expect(withRetries(refused, { retries: 2, backoffMs: 1 }, signal)).rejects.toBeInstanceOf(GeocodeFailure);
    expect(tries).toBe(1);
  });
});
