import type { CoordSystem, GeoPoint } from '../../../shared/domain';
import { message } from '../../../shared/i18n';
import { choiceCell, DECIMAL, numberCell } from './cells';
import type { RowReader } from './row-reader';
import { COORD_SYSTEM_ALIASES } from './value-aliases';

/** Coordinate system names as dispatchers write them, including the Chinese nicknames. */
export const coordSystemCell = choiceCell(COORD_SYSTEM_ALIASES, message('importProblem.coordSystemChoices'));

const latitudeCell = numberCell({ min: -90, max: 90 });
const longitudeCell = numberCell({ min: -180, max: 180 });

/**
 * Reads a latitude/longitude pair. Beyond range checks it catches the two mistakes geocoding
 * exports make most: the columns swapped (lat 121, lng 31) and 0,0 written for "not found".
 * Errors go on the reader; returns undefined when the point is unusable.
 */
export function readPoint(reader: RowReader, latField: string, lngField: string, system: CoordSystem | undefined): GeoPoint | undefined {
  const latText = reader.text(latField);
  const lngText = reader.text(lngField);
  const latGuess = looseNumber(latText);
  const lngGuess = looseNumber(lngText);
  if (Math.abs(latGuess) > 90 && Math.abs(latGuess) <= 180 && Math.abs(lngGuess) <= 90) {
    const columns = { latColumn: reader.label(latField), lngColumn: reader.label(lngField) };
    reader.fail(
      latField,
      message('importProblem.coordinatesSwapped', { ...columns, lat: latText, lng: lngText }),
      `${latText}, ${lngText}`,
    );
    return undefined;
  }
  const lat = reader.required(latField, latitudeCell);
  const lng = reader.required(lngField, longitudeCell);
  if (lat === undefined || lng === undefined) return undefined;
  if (lat === 0 && lng === 0) {
    reader.fail(latField, message('importProblem.notGeocoded'), `${latText}, ${lngText}`);
    return undefined;
  }
  return system === undefined ? undefined : { lat, lng, system };
}

/** Best-effort number for the swap check only; NaN when the text is not a plain number. */
function looseNumber(text: string): number {
  const folded = text.normalize('NFKC').trim();
  return DECIMAL.test(folded) ? Number(folded) : NaN;
}
