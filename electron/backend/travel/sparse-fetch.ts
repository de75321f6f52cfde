import type { LatLng, SparseTravel, TravelMode } from '../../../shared/domain';
import { groupPairs, type PairRequest } from '../../../shared/logic/pair-requests';
import { LARGE_DAY, projectPoints, wantedPairs, type LargeDayOptions, type PointPairs } from '../../../shared/logic/large-day-pairs';
import { buildSparseTravel, type FetchedBlock } from '../../../shared/logic/sparse-travel-build';
import { throwIfAborted } from './abort';
import type { TravelOptions, TravelProvider, TravelTable } from './provider';
import { DISTANCE_MODE } from './router-provider';

/** Table requests in flight at once (a road client may split each further within its server's limits). */
const IN_FLIGHT = 3;

/**
 * A large day's travel (issue 20): the pairs its search can use (each visit's nearest visits both
 * ways, its nearest officers' start and end places), asked from the provider as few well-filled
 * tables per mode; the rest is estimated from them (see `SparseTravel`).
 */
export async function fetchLargeDayTravel(
  provider: TravelProvider,
  points: LatLng[],
  visitCount: number,
  modes: TravelMode[],
  options: TravelOptions = {},
  largeDay: LargeDayOptions = LARGE_DAY,
): Promise<SparseTravel> {
  const { xM, yM } = projectPoints(points);
  const officerCount = (points.length - visitCount) / 2;
  const wanted = wantedPairs(xM, yM, visitCount, officerCount, largeDay);
  const requests = groupPairs(points.length, visitCount, wanted, xM, yM);
  const blocks = await fetchBlocks(provider, points, requests, modes, options);
  return buildSparseTravel(xM, yM, modesOf(blocks, modes), blocks);
}

/** The travel with `pairs` added where it lacks them (the same requests, grouped the same way); unchanged when it has them all. */
export async function fetchMissingPairs(
  provider: TravelProvider,
  points: LatLng[],
  travel: SparseTravel,
  pairs: PointPairs,
  modes: TravelMode[],
  options: TravelOptions = {},
): Promise<SparseTravel> {
  const requests = groupPairs(travel.size, travel.size, pairs, travel.xM, travel.yM);
  if (requests.length === 0) return travel;
  const blocks = await fetchBlocks(provider, points, requests, modes, options);
  return buildSparseTravel(travel.xM, travel.yM, modesOf(blocks, modes), blocks, travel);
}

/**
 * Answers every request for every mode, a few at a time. Metres are the car's, as in a full matrix
 * (`DISTANCE_MODE`), so the car is asked too, first, whoever drives.
 */
export async function fetchBlocks(
  provider: TravelProvider,
  points: LatLng[],
  requests: readonly PairRequest[],
  officerModes: TravelMode[],
  options: TravelOptions = {},
): Promise<FetchedBlock[]> {
  const modes = [DISTANCE_MODE, ...officerModes.filter((m) => m !== DISTANCE_MODE)];
  const blocks: FetchedBlock[] = new Array(requests.length);
  let next = 0;
  let done = 0;
  const work = async (): Promise<void> => {
    while (next < requests.length) {
      const i = next++;
      const { origins, destinations } = requests[i];
      const durationSec: FetchedBlock['durationSec'] = {};
      let distanceM: Int32Array = new Int32Array(0);
      for (const [m, mode] of modes.entries()) {
        throwIfAborted(options.signal);
        const table = await askTable(provider, points, origins, destinations, mode, options);
        durationSec[mode] = table.durationSec;
        if (m === 0) distanceM = table.distanceM;
      }
      blocks[i] = { origins, destinations, distanceM, durationSec };
      options.onProgress?.(++done / requests.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, requests.length) }, work));
  return blocks;
}

/** The modes the blocks hold (the officers' and the car's). */
function modesOf(blocks: readonly FetchedBlock[], modes: TravelMode[]): TravelMode[] {
  return blocks.length > 0 ? (Object.keys(blocks[0].durationSec) as TravelMode[]) : modes;
}

/** One origins × destinations table: the provider's `table`, or the cells of a matrix over both when it has none. */
async function askTable(
  provider: TravelProvider,
  points: LatLng[],
  origins: Int32Array,
  destinations: Int32Array,
  mode: TravelMode,
  options: TravelOptions,
): Promise<TravelTable> {
  const pick = (indices: Int32Array): LatLng[] => Array.from(indices, (i) => points[i]);
  const asked: TravelOptions = { signal: options.signal, onSource: options.onSource };
  if (provider.table) return provider.table(pick(origins), pick(destinations), mode, asked);
  const union = [...new Set([...origins, ...destinations])];
  const at = new Map(union.map((p, i) => [p, i]));
  const full = await provider.matrix(
    union.map((i) => points[i]),
    [mode],
    asked,
  );
  const rows = origins.length;
  const cols = destinations.length;
  const durations = full.durationSec[mode] as Int32Array;
  const table: TravelTable = { rows, cols, durationSec: new Int32Array(rows * cols), distanceM: new Int32Array(rows * cols) };
  origins.forEach((o, r) =>
    destinations.forEach((d, c) => {
      const cell = (at.get(o) as number) * union.length + (at.get(d) as number);
      table.durationSec[r * cols + c] = durations[cell];
      table.distanceM[r * cols + c] = full.distanceM[cell];
    }),
  );
  return table;
}
