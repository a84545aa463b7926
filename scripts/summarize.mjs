// Adds up vitest's and the browser journeys' results into the closing line CI reads.
import fs from 'node:fs';

const failedSteps = process.argv.slice(2);
let passed = 0;
let failed = 0;
const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : null);
const v = read('test-results/vitest.json');
if (v) { passed += v.numPassedTests; failed += v.numFailedTests; }
const e = read('test-results/e2e.json');
if (e) { passed += e.passed; failed += e.failed; }
// A step that failed without failing a test (typecheck, lint, build, setup) counts as one failure.
const testSteps = new Set(['vitest', 'e2e']);
for (const s of failedSteps) if (!testSteps.has(s)) { failed += 1; console.log(`step failed: ${s}`); }
if (failedSteps.includes('vitest') && (!v || v.numFailedTests === 0)) failed += 1;
if (failedSteps.includes('e2e') && (!e || e.failed === 0)) failed += 1;
if (passed + failed === 0) { console.log('no test ran'); failed = 1; }
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
