import { formatClock, formatWindow, Officer, OfficerId, type Break, type CoordSystem, type GeoPoint, type TravelMode } from '../../../shared/domain';
import { boolCell, choiceCell, idCell, numberCell, textCell } from './cells';
import { breakStartCell, clockCell } from './cell-times';
import { officerSkillsCell } from './officer-skills';
import { coordSystemCell, readPoint } from './points';
import type { RowReader } from './row-reader';
import { schemaGate } from './schema-gate';

const travelModeCell = choiceCell<TravelMode>(
  {
    driving: 'driving', drive: 'driving', car: 'driving', 驾车: 'driving', 开车: 'driving', 汽车: 'driving',
    scooter: 'scooter', motorbike: 'scooter', 电动车: 'scooter', 摩托: 'scooter', 摩托车: 'scooter', 电瓶车: 'scooter',
    cycling: 'cycling', bicycle: 'cycling', bike: 'cycling', 骑行: 'cycling', 自行车: 'cycling',
    walking: 'walking', walk: 'walking', 步行: 'walking',
    transit: 'transit', 公交: 'transit', 地铁: 'transit', 公共交通: 'transit',
  },
  { en: 'driving, scooter, cycling, walking, transit', zh: '驾车、电动车、骑行、步行、公交' },
);

const officerIdCell = idCell(OfficerId);
const maxVisitsCell = numberCell({ min: 0, max: 200, integer: true });
const maxWorkMinCell = numberCell({ min: 1, max: 1440, integer: true });
const breakMinCell = numberCell({ min: 0, max: 240, integer: true });

/** Words in end_lat meaning "the day ends at the last visit". */
const OPEN_END = new Set(['open', '不返回', '无']);

/**
 * Turns one roster row into an Officer, or records every bad field on the reader and returns
 * undefined. Empty end coordinates mean the day ends where it starts; `open` means no return.
 */
export function parseOfficerRow(reader: RowReader, defaultCoordSystem: CoordSystem): Officer | undefined {
  const id = reader.required('officer_id', officerIdCell);
  const name = reader.required('name', textCell(100));
  const team = reader.optional('team', textCell(64), '');
  const agency = reader.optional('agency', textCell(100), '');
  const system = reader.optional('coord_system', coordSystemCell, defaultCoordSystem);
  const start = readPoint(reader, 'start_lat', 'start_lng', system);
  const end = readEnd(reader, start, system);
  const shiftStartSec = reader.required('shift_start', clockCell);
  const shiftEndSec = reader.required('shift_end', clockCell);
  if (shiftStartSec !== undefined && shiftEndSec !== undefined && shiftEndSec <= shiftStartSec) {
    reader.fail('shift_end', {
      en: `Shift end ${formatClock(shiftEndSec)} is not after shift start ${formatClock(shiftStartSec)} (shifts cannot cross midnight).`,
      zh: `下班时间 ${formatClock(shiftEndSec)} 不晚于上班时间 ${formatClock(shiftStartSec)}（班次不能跨越午夜）。`,
    });
  }
  const breaks = readBreak(reader, shiftStartSec, shiftEndSec);
  const maxVisits = reader.optional('max_visits', maxVisitsCell, 12);
  const shiftMin = shiftStartSec !== undefined && shiftEndSec !== undefined ? Math.max(0, Math.floor((shiftEndSec - shiftStartSec) / 60)) : 0;
  const maxWorkMin = reader.optional('max_work_min', maxWorkMinCell, shiftMin);
  const skills = reader.optional('skills', officerSkillsCell, []);
  const travelMode = reader.optional('travel_mode', travelModeCell, 'driving');
  const isActive = reader.optional('active', boolCell, true);
  if (reader.errors.length > 0) return undefined;

  const candidate = {
    id, name, team, agency, start, end, shiftStartSec, shiftEndSec, breaks, maxVisits,
    maxWorkingSec: (maxWorkMin ?? 0) * 60,
    skills, travelMode, isActive,
  };
  return schemaGate(reader, Officer, candidate, OFFICER_PATHS);
}

/** End place: empty → the start place, `open` → null (no return trip), else a point of its own. */
function readEnd(reader: RowReader, start: GeoPoint | undefined, system: CoordSystem | undefined): GeoPoint | null | undefined {
  const latText = reader.text('end_lat');
  const lngText = reader.text('end_lng');
  if (OPEN_END.has(latText.toLowerCase()) && (lngText === '' || OPEN_END.has(lngText.toLowerCase()))) return null;
  if (latText === '' && lngText === '') return start === undefined ? undefined : { ...start };
  if (latText === '' || lngText === '') {
    reader.fail(latText === '' ? 'end_lat' : 'end_lng', {
      en: 'Give both end latitude and end longitude, leave both empty to end where the day starts, or write "open" in end latitude for no return.',
      zh: '请同时填写终点纬度和终点经度；两者都留空表示回到起点；在终点纬度填“不返回”表示不返回。',
    });
    return undefined;
  }
  return readPoint(reader, 'end_lat', 'end_lng', system);
}

/** The lunch break, which must lie inside the shift; none when break_start is empty. */
function readBreak(reader: RowReader, shiftStartSec: number | undefined, shiftEndSec: number | undefined): Break[] {
  const start = reader.optional('break_start', breakStartCell, null);
  if (start === null) {
    if (reader.text('break_min') !== '') {
      reader.fail('break_min', {
        en: 'Break minutes are given but break start is empty; fill in break start or clear break minutes.',
        zh: '填写了午休时长但午休开始为空，请填写午休开始或清空午休时长。',
      });
    }
    return [];
  }
  const minutes = reader.optional('break_min', breakMinCell, 60);
  if (start === undefined || minutes === undefined || shiftStartSec === undefined || shiftEndSec === undefined) return [];
  const durationSec = minutes * 60;
  if (start.earliestSec < shiftStartSec || start.latestSec + durationSec > shiftEndSec) {
    const shift = formatWindow({ startSec: shiftStartSec, endSec: shiftEndSec });
    reader.fail('break_start', {
      en: `The ${minutes}-minute break starting at ${reader.text('break_start')} does not fit inside the shift ${shift}.`,
      zh: `从 ${reader.text('break_start')} 开始的 ${minutes} 分钟午休不在班次 ${shift} 之内。`,
    });
    return [];
  }
  return [{ earliestStartSec: start.earliestSec, latestStartSec: start.latestSec, durationSec }];
}

const OFFICER_PATHS: Record<string, string> = {
  id: 'officer_id', name: 'name', team: 'team', agency: 'agency', start: 'start_lat', end: 'end_lat',
  shiftStartSec: 'shift_start', shiftEndSec: 'shift_end', breaks: 'break_start', maxVisits: 'max_visits',
  maxWorkingSec: 'max_work_min', skills: 'skills', travelMode: 'travel_mode', isActive: 'active',
};
