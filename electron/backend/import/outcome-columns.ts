import { column, type ColumnSpec } from './headers';

/** Columns of an officers' returns file: canonical names first, then common Chinese headers. */
export const OUTCOME_COLUMNS: readonly ColumnSpec[] = [
  column('visit_id', ['走访编号', '任务编号', '外访编号', '编号']),
  column('outcome', ['走访结果', '结果', '是否完成']),
  column('result', ['结果明细', '结果类型', '反馈结果', '反馈']),
  column('arrived_at', ['到达时间', '到访时间']),
  column('left_at', ['离开时间']),
  column('promise_amount', ['承诺金额', '承诺还款金额']),
  column('promise_date', ['承诺日期', '承诺还款日期']),
  column('remarks', ['外访员备注', '备注', '说明']),
];

/** Columns an officers' returns file must have. */
export const REQUIRED_OUTCOME_COLUMNS: readonly string[] = ['visit_id', 'outcome', 'result'];
