import { defineMessages } from '../define';

/** The benchmark's sentences: why a Solomon instance file cannot be read. */
export const benchmarkMessages = defineMessages(
  {
    'benchmark.noFleetRow': 'The file has no "NUMBER CAPACITY" row.',
    'benchmark.wrongNumberCount': 'Line {line}: expected 7 numbers (customer, x, y, demand, ready, due, service), found {found}.',
    'benchmark.noDepot': 'The file has no depot (customer 0).',
    'benchmark.duplicateCustomer': 'Customer {customer} appears twice.',
  },
  {
    'benchmark.noFleetRow': '文件缺少车辆数与容量一行。',
    'benchmark.wrongNumberCount': '第{line}行：应有7个数字，实际{found}个。',
    'benchmark.noDepot': '文件缺少车场（客户0）。',
    'benchmark.duplicateCustomer': '客户{customer}重复出现。',
  },
);
