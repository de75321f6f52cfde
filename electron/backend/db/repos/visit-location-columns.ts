import type { GeoPoint, LocationSource, Message, Visit, VisitLocating } from '../../../../shared/domain';

/** The `visits` columns that say how a place was found from the address (migration 0180). */
export interface LocatingColumns {
  location_source: string | null;
  location_confidence: number | null;
  location_problem_json: string | null;
}

export function locatingToColumns(locating: VisitLocating | undefined): LocatingColumns {
  return {
    location_source: locating?.source ?? null,
    location_confidence: locating?.confidence ?? null,
    location_problem_json: locating?.problem ? JSON.stringify(locating.problem) : null,
  };
}

/** A row's place and how it was found; a pending row's stand-in 0, 0 is read as no place. */
export function readLocation(row: LocatingColumns, point: GeoPoint): Pick<Visit, 'location' | 'locating'> {
  if (row.location_source === null) return { location: point };
  const locating: VisitLocating = {
    source: row.location_source as LocationSource,
    confidence: row.location_confidence,
    problem: row.location_problem_json === null ? null : (JSON.parse(row.location_problem_json) as Message),
  };
  return { location: locating.source === 'pending' ? null : point, locating };
}
