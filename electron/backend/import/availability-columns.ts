import { message } from '../../../shared/i18n';
import { column, type ColumnSpec } from './headers';

/**
 * Columns of an officers' availability file (issue 19): one row per officer and day that differs
 * from the roster (leave, a half day, another shift or start place). Canonical names first, then
 * common Chinese headers.
 */
export const AVAILABILITY_COLUMNS: readonly ColumnSpec[] = [
  column('officer_id', ['工号', '外访员编号', '员工编号', 'id']),
  // The day the row is about, not a visit's: its own name in messages.
  { field: 'date', label: message('column.day'), aliases: ['日期', '排班日期', '出勤日期', 'day'] },
  column('available', ['是否出勤', '出勤', '是否上班', '状态', '出勤状态', '是否休假']),
  column('shift_start', ['上班时间', '班次开始', '开始时间']),
  column('shift_end', ['下班时间', '班次结束', '结束时间']),
  column('start_lat', ['起点纬度', '出发纬度']),
  column('start_lng', ['起点经度', '出发经度']),
  column('start_address', ['起点地址', '出发地址']),
  column('note', ['备注', '说明', '原因']),
];

/** Columns an availability file must have. */
export const REQUIRED_AVAILABILITY_COLUMNS: readonly string[] = ['officer_id', 'date'];
