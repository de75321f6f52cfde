import type { SparseTravel, TravelMatrix, TravelMode } from '../../shared/domain';
import { buildSparseTravel, type FetchedBlock } from '../../shared/logic/sparse-travel-build';

/** A full matrix's cells as fetched blocks (one per origin), only those `keep` allows. */
export function blocksOfMatrix(matrix: TravelMatrix, keep: (a: number, b: number) => boolean = () => true): FetchedBlock[] {
  const n = matrix.size;
  const modes = Object.keys(matrix.durationSec) as TravelMode[];
  const blocks: FetchedBlock[] = [];
  for (let a = 0; a < n; a++) {
    const cols = Array.from({ length: n }, (_, b) => b).filter((b) => keep(a, b));
    const durationSec: FetchedBlock['durationSec'] = {};
    for (const mode of modes) durationSec[mode] = Int32Array.from(cols, (b) => (matrix.durationSec[mode] as Int32Array)[a * n + b]);
    blocks.push({
      origins: Int32Array.of(a),
      destinations: Int32Array.from(cols),
      distanceM: Int32Array.from(cols, (b) => matrix.distanceM[a * n + b]),
      durationSec,
    });
  }
  return blocks;
}

/** A full matrix as a large day's travel (places all at one projected point), only the pairs `keep` allows fetched. */
export function sparseFromMatrix(matrix: TravelMatrix, keep?: (a: number, b: number) => boolean): SparseTravel {
  const modes = Object.keys(matrix.durationSec) as TravelMode[];
  return buildSparseTravel(new Float64Array(matrix.size), new Float64Array(matrix.size), modes, blocksOfMatrix(matrix, keep));
}
