import type { CoordSystem, OutcomeKind, OutcomeResult, TimeWindow, TravelMode, VisitKind } from '../../../shared/domain';

// Cell values as offices write them, English and Chinese: data to look words up in, not sentences.
// Lookups ignore case, spaces, `_` and `-` (see choiceCell).

/** Yes/no as spreadsheets write it. */
export const YES_NO_ALIASES: Record<string, boolean> = {
  yes: true,
  no: false,
  y: true,
  n: false,
  true: true,
  false: false,
  '1': true,
  '0': false,
  是: true,
  否: false,
  在职: true,
  离职: false,
};

export const VISIT_KIND_ALIASES: Record<string, VisitKind> = {
  verification: 'verification',
  verify: 'verification',
  核实: 'verification',
  信审: 'verification',
  家访核实: 'verification',
  贷前核实: 'verification',
  贷前核查: 'verification',
  上门核实: 'verification',
  上门核查: 'verification',
  collection: 'collection',
  催收: 'collection',
  催收外访: 'collection',
  贷后催收: 'collection',
  'follow-up': 'follow-up',
  followup: 'follow-up',
  回访: 'follow-up',
  跟进: 'follow-up',
  复访: 'follow-up',
};

export const TRAVEL_MODE_ALIASES: Record<string, TravelMode> = {
  driving: 'driving',
  drive: 'driving',
  car: 'driving',
  驾车: 'driving',
  开车: 'driving',
  汽车: 'driving',
  scooter: 'scooter',
  motorbike: 'scooter',
  电动车: 'scooter',
  摩托: 'scooter',
  摩托车: 'scooter',
  电瓶车: 'scooter',
  cycling: 'cycling',
  bicycle: 'cycling',
  bike: 'cycling',
  骑行: 'cycling',
  自行车: 'cycling',
  walking: 'walking',
  walk: 'walking',
  步行: 'walking',
  transit: 'transit',
  公交: 'transit',
  地铁: 'transit',
  公共交通: 'transit',
};

/** Coordinate system names, including the Chinese nicknames (火星 for GCJ-02, the map vendors' names). */
export const COORD_SYSTEM_ALIASES: Record<string, CoordSystem> = {
  wgs84: 'wgs84',
  wgs: 'wgs84',
  gps: 'wgs84',
  'wgs-84': 'wgs84',
  地球坐标: 'wgs84',
  gcj02: 'gcj02',
  'gcj-02': 'gcj02',
  gcj: 'gcj02',
  火星坐标: 'gcj02',
  火星: 'gcj02',
  高德: 'gcj02',
  腾讯: 'gcj02',
  bd09: 'bd09',
  'bd-09': 'bd09',
  bd09ll: 'bd09',
  百度: 'bd09',
  百度坐标: 'bd09',
};

/** Words in end_lat (and optionally end_lng) meaning "the day ends at the last visit". */
export const OPEN_END_WORDS: ReadonlySet<string> = new Set(['open', '不返回', '无']);

const hours = (from: number, to: number): TimeWindow => ({ startSec: from * 3600, endSec: to * 3600 });

/** Appointment windows offices write as words (the README lists their hours). */
export const NAMED_WINDOWS: Record<string, TimeWindow> = {
  全天: hours(8, 20),
  整天: hours(8, 20),
  'all day': hours(8, 20),
  上午: hours(8, 12),
  morning: hours(8, 12),
  am: hours(8, 12),
  下午: hours(13, 18),
  afternoon: hours(13, 18),
  pm: hours(13, 18),
};

/** An officers' returns file's `outcome`. */
export const OUTCOME_KIND_ALIASES: Record<string, OutcomeKind> = {
  done: 'done',
  completed: 'done',
  success: 'done',
  完成: 'done',
  已完成: 'done',
  成功: 'done',
  failed: 'failed',
  fail: 'failed',
  失败: 'failed',
  未完成: 'failed',
};

/** An officers' returns file's `result`: the codes, and the words officers write. */
export const OUTCOME_RESULT_ALIASES: Record<string, OutcomeResult> = {
  identity_verified: 'identity_verified',
  身份已核实: 'identity_verified',
  身份核实: 'identity_verified',
  identity_not_verified: 'identity_not_verified',
  身份未核实: 'identity_not_verified',
  address_confirmed: 'address_confirmed',
  地址已确认: 'address_confirmed',
  地址属实: 'address_confirmed',
  wrong_address: 'wrong_address',
  地址错误: 'wrong_address',
  地址不符: 'wrong_address',
  moved: 'moved',
  已搬离: 'moved',
  搬家: 'moved',
  promise_to_pay: 'promise_to_pay',
  承诺还款: 'promise_to_pay',
  paid: 'paid',
  已还款: 'paid',
  已还: 'paid',
  refused: 'refused',
  拒绝: 'refused',
  拒绝还款: 'refused',
  not_at_home: 'not_at_home',
  不在家: 'not_at_home',
  无人: 'not_at_home',
  complaint: 'complaint',
  投诉: 'complaint',
  客户投诉: 'complaint',
};

/**
 * An availability file's `available`: yes/no, and the words rosters write for a day worked or a
 * day of leave (sick, annual, personal, time off in lieu).
 */
export const AVAILABLE_ALIASES: Record<string, boolean> = {
  ...YES_NO_ALIASES,
  working: true,
  work: true,
  on: true,
  上班: true,
  出勤: true,
  在岗: true,
  正常: true,
  半天: true,
  off: false,
  leave: false,
  休假: false,
  请假: false,
  休息: false,
  病假: false,
  事假: false,
  年假: false,
  调休: false,
  缺勤: false,
};
