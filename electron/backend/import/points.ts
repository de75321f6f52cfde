import type { CoordSystem, GeoPoint } from '../../../shared/domain';
import { choiceCell, DECIMAL, numberCell } from './cells';
import type { RowReader } from './row-reader';

/** Coordinate system names as dispatchers write them, including the Chinese nicknames. */
export const coordSystemCell = choiceCell<CoordSystem>(
  {
    wgs84: 'wgs84', wgs: 'wgs84', gps: 'wgs84', 'wgs-84': 'wgs84', 地球坐标: 'wgs84',
    gcj02: 'gcj02', 'gcj-02': 'gcj02', gcj: 'gcj02', 火星坐标: 'gcj02', 火星: 'gcj02', 高德: 'gcj02', 腾讯: 'gcj02',
    bd09: 'bd09', 'bd-09': 'bd09', bd09ll: 'bd09', 百度: 'bd09', 百度坐标: 'bd09',
  },
  { en: 'wgs84, gcj02, bd09', zh: 'wgs84、gcj02（火星坐标）、bd09（百度）' },
);

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
    const lat = reader.label(latField);
    const lng = reader.label(lngField);
    reader.fail(
      latField,
      {
        en: `${lat.en} ${latText} and ${lng.en.toLowerCase()} ${lngText} look swapped: latitude is the number between -90 and 90 (about 18 to 54 in China).`,
        zh: `${lat.zh} ${latText} 与${lng.zh} ${lngText} 似乎填反了：纬度是 -90 到 90 之间的数字（中国境内约为 18 到 54）。`,
      },
      `${latText}, ${lngText}`,
    );
    return undefined;
  }
  const lat = reader.required(latField, latitudeCell);
  const lng = reader.required(lngField, longitudeCell);
  if (lat === undefined || lng === undefined) return undefined;
  if (lat === 0 && lng === 0) {
    reader.fail(
      latField,
      { en: 'Coordinates 0, 0 are a placeholder for "not geocoded", not a real place; geocode the address first.', zh: '坐标 0, 0 表示“未定位”，并非真实地点，请先为地址获取坐标。' },
      `${latText}, ${lngText}`,
    );
    return undefined;
  }
  return system === undefined ? undefined : { lat, lng, system };
}

/** Best-effort number for the swap check only; NaN when the text is not a plain number. */
function looseNumber(text: string): number {
  const folded = text.normalize('NFKC').trim();
  return DECIMAL.test(folded) ? Number(folded) : NaN;
}
