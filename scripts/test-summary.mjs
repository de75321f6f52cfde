// Prints one plain closing line for the whole `npm test` run ("N passed, N failed, N skipped"),
// summed over the Vitest JSON reports of the unit, browser and crash suites.
import fs from 'node:fs';

const reports = ['test-results/unit.json', 'test-results/e2e.json', 'test-results/crash.json'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  if (!fs.existsSync(file)) {
    console.error(`missing test report ${file}`);
    process.exit(1);
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
