import type { ColumnSpec } from './headers';

/** Columns of a visits file: canonical names first, then the headers Chinese lenders' exports use. */
export const VISIT_COLUMNS: readonly ColumnSpec[] = [
  { field: 'visit_id', en: 'Visit ID', zh: '外访编号', aliases: ['外访编号', '走访编号', '任务编号', '拜访编号', 'id', 'visit id'] },
  { field: 'date', en: 'Visit date', zh: '外访日期', aliases: ['日期', '外访日期', '走访日期', '拜访日期', 'visit_date'] },
  { field: 'kind', en: 'Visit type', zh: '外访类型', aliases: ['类型', '外访类型', '走访类型', '拜访类型', 'type'] },
  { field: 'customer_id', en: 'Customer ID', zh: '客户编号', aliases: ['客户编号', '客户号'] },
  { field: 'customer_name', en: 'Customer name', zh: '客户姓名', aliases: ['客户姓名', '姓名', '客户名称'] },
  { field: 'phone', en: 'Phone', zh: '电话', aliases: ['电话', '手机', '手机号', '联系电话', 'mobile'] },
  { field: 'address', en: 'Address', zh: '地址', aliases: ['地址', '详细地址'] },
  { field: 'lat', en: 'Latitude', zh: '纬度', aliases: ['纬度', 'latitude'] },
  { field: 'lng', en: 'Longitude', zh: '经度', aliases: ['经度', 'longitude', 'lon'] },
  { field: 'windows', en: 'Appointment windows', zh: '预约时段', aliases: ['预约时段', '时间窗', '预约时间', 'time_windows'] },
  { field: 'service_min', en: 'Service minutes', zh: '服务时长（分钟）', aliases: ['服务时长', '服务分钟', '预计时长'] },
  { field: 'priority', en: 'Priority', zh: '优先级', aliases: ['优先级'] },
  { field: 'skills', en: 'Skills', zh: '所需技能', aliases: ['技能', '所需技能', '技能要求'] },
  { field: 'approval_ref', en: 'Approval number', zh: '审批编号', aliases: ['审批编号', '审批单号'] },
  { field: 'notes', en: 'Notes', zh: '备注', aliases: ['备注'] },
  { field: 'coord_system', en: 'Coordinate system', zh: '坐标系', aliases: ['坐标系'] },
  { field: 'risk_score', en: 'Risk score', zh: '风险评分', aliases: ['风险评分'] },
  { field: 'overdue_days', en: 'Days overdue', zh: '逾期天数', aliases: ['逾期天数'] },
  { field: 'overdue_amount', en: 'Amount overdue', zh: '逾期金额', aliases: ['逾期金额'] },
];

/** Columns a visits file must have; `date` too unless the caller supplies a default date. */
export function requiredVisitColumns(hasDefaultDate: boolean): string[] {
  const always = ['visit_id', 'kind', 'customer_id', 'customer_name', 'address', 'lat', 'lng', 'windows', 'approval_ref'];
  return hasDefaultDate ? always : ['date', ...always];
}
