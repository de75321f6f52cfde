import { column, type ColumnSpec } from './headers';

/** Columns of an officers (roster) file: canonical names first, then common Chinese headers. */
export const OFFICER_COLUMNS: readonly ColumnSpec[] = [
  column('officer_id', ['工号', '外访员编号', '员工编号', 'id']),
  column('name', ['姓名', '外访员']),
  column('team', ['团队', '小组']),
  column('agency', ['机构', '公司']),
  column('start_lat', ['起点纬度', '出发纬度']),
  column('start_lng', ['起点经度', '出发经度']),
  column('end_lat', ['终点纬度']),
  column('end_lng', ['终点经度']),
  column('start_address', ['起点地址', '出发地址']),
  column('end_address', ['终点地址']),
  column('shift_start', ['上班时间', '班次开始']),
  column('shift_end', ['下班时间', '班次结束']),
  column('break_start', ['午休开始', '休息开始']),
  column('break_min', ['午休时长', '休息分钟']),
  column('max_visits', ['每日上限', '每日走访上限', '最大拜访数']),
  column('max_work_min', ['最长工时']),
  column('skills', ['技能']),
  column('travel_mode', ['出行方式', '交通方式']),
  column('coord_system', ['坐标系']),
  column('active', ['是否在岗', '在岗', '启用', '状态']),
];

/** Columns an officers file must have. */
export const REQUIRED_OFFICER_COLUMNS: readonly string[] = ['officer_id', 'name', 'start_lat', 'start_lng', 'shift_start', 'shift_end'];
