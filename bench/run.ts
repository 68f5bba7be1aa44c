/** `npm run bench`: every performance budget of docs/architecture.md that is built so far. */
import type { BenchResult } from './imports.js';
import { benchImports } from './imports.js';
import { benchIndicators } from './indicators.js';
import { benchKader } from './kader.js';
import { benchRapport } from './rapport.js';
import { benchStartup } from './startup.js';

const only = process.argv[2];
const results: BenchResult[] = [
  ...(only && only !== 'start' ? [] : await benchStartup()),
  ...(only && only !== 'import' ? [] : await benchImports()),
  ...(only && only !== 'indicatoren' ? [] : await benchIndicators()),
  ...(only && only !== 'kader' ? [] : await benchKader()),
  ...(only && only !== 'rapport' ? [] : await benchRapport()),
];

let failed = false;
const width = Math.max(46, ...results.map((r) => r.metric.length));
console.log('\nKindkader benchmark');
for (const r of results) {
  const within = r.budget === null || r.value < r.budget;
  if (!within) failed = true;
  const budget =
    r.budget === null
      ? '(gerapporteerd)'
      : `budget < ${r.budget} ${r.unit} ${within ? 'OK' : 'OVERSCHREDEN'}`;
  console.log(
    `  ${r.metric.padEnd(width)} ${r.value.toFixed(2).padStart(9)} ${r.unit.padEnd(5)} ${budget}`,
  );
}
process.exitCode = failed ? 1 : 0;
