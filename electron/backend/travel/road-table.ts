import type { LatLng } from '../../../shared/domain';
import { throwIfAborted } from './abort';
import { RoadServerError, UNROUTABLE_M, UNROUTABLE_SEC, type RoadEngine } from './road-engine';
import { sendWithRetry, type RoadClientConfig } from './road-http';
import type { TravelOptions, TravelTable } from './provider';

/** A rectangle of the table: origins `[r0, r1)` by destinations `[c0, c1)`. */
interface Block {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/** Cuts a block into pieces no side of which is over `limit`. */
function cut(b: Block, limit: number): Block[] {
  const out: Block[] = [];
  for (let r = b.r0; r < b.r1; r += limit) {
    for (let c = b.c0; c < b.c1; c += limit) out.push({ r0: r, r1: Math.min(b.r1, r + limit), c0: c, c1: Math.min(b.c1, c + limit) });
  }
  return out;
}

/** Runs at most `n` tasks at a time, in the order asked. */
function slots(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let free = n;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (free === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    else free--;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

/**
 * Origins × destinations from a road server in one profile: the table is cut into blocks of at most
 * `maxLocations` origins by `maxLocations` destinations, sent `concurrency` at a time. A block the
 * server finds too big is cut in half (and so are the blocks not yet sent). Progress is the share of
 * cells answered; the first failure stops the rest and is thrown. A pair without a route gets
 * `UNROUTABLE_SEC` and `UNROUTABLE_M` (see road-engine.ts).
 */
export async function roadTable(
  engine: RoadEngine,
  config: RoadClientConfig,
  profile: string,
  origins: readonly LatLng[],
  destinations: readonly LatLng[],
  options: TravelOptions = {},
): Promise<TravelTable> {
  const rows = origins.length;
  const cols = destinations.length;
  const table: TravelTable = { rows, cols, durationSec: new Int32Array(rows * cols), distanceM: new Int32Array(rows * cols) };
  if (rows === 0 || cols === 0) return table;
  throwIfAborted(options.signal);
  // The first failure stops the requests still waiting or in flight.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const slot = slots(Math.max(1, config.concurrency));
  let limit = Math.max(1, config.maxLocations);
  let answered = 0;

  const ask = async (b: Block): Promise<void> => {
    if (b.r1 - b.r0 > limit || b.c1 - b.c0 > limit) {
      await Promise.all(cut(b, limit).map(ask));
      return;
    }
    const shape = { rows: b.r1 - b.r0, cols: b.c1 - b.c0 };
    try {
      const request = engine.request(config.baseUrl, config.apiKey, profile, origins.slice(b.r0, b.r1), destinations.slice(b.c0, b.c1));
      const block = await slot(() => sendWithRetry(engine, request, shape, config, signal));
      for (let i = 0; i < shape.rows; i++) {
        for (let j = 0; j < shape.cols; j++) {
          const cell = (b.r0 + i) * cols + b.c0 + j;
          const sec = block.durationSec[i][j];
          const m = block.distanceM[i][j];
          table.durationSec[cell] = sec === null ? UNROUTABLE_SEC : Math.round(sec);
          table.distanceM[cell] = sec === null || m === null ? UNROUTABLE_M : Math.round(m);
        }
      }
      answered += shape.rows * shape.cols;
      options.onProgress?.(answered / (rows * cols));
    } catch (error) {
      const side = Math.max(shape.rows, shape.cols);
      if (error instanceof RoadServerError && error.kind === 'tooBig' && side > 1 && !signal.aborted) {
        limit = Math.min(limit, Math.ceil(side / 2));
        await Promise.all(cut(b, limit).map(ask));
        return;
      }
      throw error;
    }
  };

  try {
    await Promise.all(
      cut({ r0: 0, r1: rows, c0: 0, c1: cols }, limit).map((b) =>
        ask(b).catch((error: unknown) => {
          stop.abort();
          throw error;
        }),
      ),
    );
  } catch (error) {
    throwIfAborted(options.signal);
    throw error;
  }
  return table;
}
