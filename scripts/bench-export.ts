// The day's bundle export on the demo day (600 visits, 25 officers): plan it, then time `exports.day`
// as the app calls it (every officer's route sheet, workbook, calendar, route and links, the
// dispatcher summary, zipped), and print the bundle's size.
// `npm run bench:export [-- --visits 600 --officers 25 --seconds 10 --runs 3]`; prints one JSON line.
import { parseArgs } from 'node:util';
import { openDatabase } from '../electron/backend/db/open';
import { createEventHub } from '../electron/backend/events';
import { createHandlers } from '../electron/backend/handlers';

const DATE = '2026-11-23';
const { values } = parseArgs({
  options: {
    visits: { type: 'string', default: '600' },
    officers: { type: 'string', default: '25' },
    seconds: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
  },
});
const db = openDatabase(':memory:');
const handlers = createHandlers(db, { events: createEventHub(), demoPlanSeconds: Number(values.seconds) });
const loaded = await handlers['workspace.loadDemo']({ date: DATE, visits: Number(values.visits), officers: Number(values.officers) });
const plan = (await handlers['plans.current']({ date: DATE }))!.plan;

const runs: { ms: number; bytes: number }[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  const started = performance.now();
  // Supervisor copies: the same work as the officers' bundle, without dispatching the day between runs.
  const { files } = await handlers['exports.day']({ date: DATE, format: 'bundle', profile: 'supervisor', language: 'zh' });
  const ms = performance.now() - started;
  runs.push({ ms: Math.round(ms), bytes: Buffer.from(files[0].content, 'base64').length });
}
const officerRun = performance.now();
const { visitStatuses } = await handlers['exports.day']({ date: DATE, format: 'bundle', profile: 'officer', language: 'zh' });
const officerMs = Math.round(performance.now() - officerRun);
db.close();
console.log(
  JSON.stringify({
    visits: loaded.visits,
    officers: loaded.officers,
    routed: plan.stats.assignedCount,
    officersUsed: plan.stats.officersUsed,
    bundleMs: runs.map((r) => r.ms),
    officerBundleMs: officerMs,
    dispatched: visitStatuses.length,
    bundleBytes: runs[0].bytes,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
