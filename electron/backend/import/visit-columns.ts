import { column, type ColumnSpec } from './headers';

/** Columns of a visits file: canonical names first, then the headers Chinese lenders' exports use. */
export const VISIT_COLUMNS: readonly ColumnSpec[] = [
  column('visit_id', ['外访编号', '走访编号', '任务编号', '拜访编号', 'id', 'visit id']),
  column('date', ['日期', '外访日期', '走访日期', '拜访日期', 'visit_date']),
  column('kind', ['类型', '外访类型', '走访类型', '拜访类型', 'type']),
  column('customer_id', ['客户编号', '客户号']),
  column('customer_name', ['客户姓名', '姓名', '客户名称']),
  column('phone', ['电话', '手机', '手机号', '联系电话', 'mobile']),
  column('address', ['地址', '详细地址']),
  column('lat', ['纬度', 'latitude']),
  column('lng', ['经度', 'longitude', 'lon']),
  column('windows', ['预约时段', '时间窗', '预约时间', 'time_windows']),
  column('service_min', ['服务时长', '服务分钟', '预计时长']),
  column('priority', ['优先级']),
  column('skills', ['技能', '所需技能', '技能要求']),
  column('approval_ref', ['审批编号', '审批单号']),
  column('approved_by', ['审批人', '批准人']),
  column('approval_expires', ['审批有效期', '审批到期日', '有效期至']),
  column('approval_scope', ['审批范围']),
  column('notes', ['备注']),
  column('coord_system', ['坐标系']),
  column('risk_score', ['风险评分']),
  column('overdue_days', ['逾期天数']),
  column('overdue_amount', ['逾期金额']),
];

/**
 * Columns a visits file must have; `date` too unless the caller supplies a default date. Latitude
 * and longitude may be left out: such visits wait to be geocoded from their address (issue 20).
 */
export function requiredVisitColumns(hasDefaultDate: boolean): string[] {
  const always = ['visit_id', 'kind', 'customer_id', 'customer_name', 'address', 'windows', 'approval_ref'];
  return hasDefaultDate ? always : ['date', ...always];
}
