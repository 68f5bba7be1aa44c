/** `npm run bench`: every performance budget of docs/architecture.md that is built so far. */
import { benchImports } from './imports.js';
import { benchStartup } from './startup.js';

interface Result {
  metric: string;
  value: number;
  unit: string;
  budget: number | null;
}

const only = process.argv[2];
const results: Result[] = [
  ...(only && only !== 'start' ? [] : await benchStartup()),
  ...(only && only !== 'import' ? [] : await benchImports()),
];

let failed = false;
console.log('\nKindkader benchmark');
for (const r of results) {
  const within = r.budget === null || r.value < r.budget;
  if (!within) failed = true;
  const budget =
    r.budget === null
      ? '(gerapporteerd)'
      : `budget < ${r.budget} ${r.unit} ${within ? 'OK' : 'OVERSCHREDEN'}`;
  console.log(
    `  ${r.metric.padEnd(46)} ${r.value.toFixed(2).padStart(9)} ${r.unit.padEnd(3)} ${budget}`,
  );
}
process.exitCode = failed ? 1 : 0;
