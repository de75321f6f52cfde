export { generateDemoDay, type DemoDay, type DemoDayRequest } from './generate';
export { toCsv } from './csv';
export { VISIT_COLUMNS, OFFICER_COLUMNS, type DemoVisitRow, type DemoOfficerRow, type VisitColumn, type OfficerColumn } from './columns';
export { createRng, type Rng } from './rng';
