import type { ColumnSpec } from './headers';

/** Columns of an officers (roster) file: canonical names first, then common Chinese headers. */
export const OFFICER_COLUMNS: readonly ColumnSpec[] = [
  { field: 'officer_id', en: 'Officer ID', zh: '工号', aliases: ['工号', '外访员编号', '员工编号', 'id'] },
  { field: 'name', en: 'Name', zh: '姓名', aliases: ['姓名', '外访员'] },
  { field: 'team', en: 'Team', zh: '团队', aliases: ['团队', '小组'] },
  { field: 'agency', en: 'Agency', zh: '机构', aliases: ['机构', '公司'] },
  { field: 'start_lat', en: 'Start latitude', zh: '起点纬度', aliases: ['起点纬度', '出发纬度'] },
  { field: 'start_lng', en: 'Start longitude', zh: '起点经度', aliases: ['起点经度', '出发经度'] },
  { field: 'end_lat', en: 'End latitude', zh: '终点纬度', aliases: ['终点纬度'] },
  { field: 'end_lng', en: 'End longitude', zh: '终点经度', aliases: ['终点经度'] },
  { field: 'shift_start', en: 'Shift start', zh: '上班时间', aliases: ['上班时间', '班次开始'] },
  { field: 'shift_end', en: 'Shift end', zh: '下班时间', aliases: ['下班时间', '班次结束'] },
  { field: 'break_start', en: 'Break start', zh: '午休开始', aliases: ['午休开始', '休息开始'] },
  { field: 'break_min', en: 'Break minutes', zh: '午休时长（分钟）', aliases: ['午休时长', '休息分钟'] },
  { field: 'max_visits', en: 'Maximum visits', zh: '每日上限', aliases: ['每日上限', '最大拜访数'] },
  { field: 'max_work_min', en: 'Maximum working minutes', zh: '最长工时（分钟）', aliases: ['最长工时'] },
  { field: 'skills', en: 'Skills', zh: '技能', aliases: ['技能'] },
  { field: 'travel_mode', en: 'Travel mode', zh: '出行方式', aliases: ['出行方式', '交通方式'] },
  { field: 'coord_system', en: 'Coordinate system', zh: '坐标系', aliases: ['坐标系'] },
  { field: 'active', en: 'Active', zh: '是否在岗', aliases: ['是否在岗', '在岗', '启用', '状态'] },
];

/** Columns an officers file must have. */
export const REQUIRED_OFFICER_COLUMNS: readonly string[] = ['officer_id', 'name', 'start_lat', 'start_lng', 'shift_start', 'shift_end'];
