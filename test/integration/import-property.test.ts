/** Random files through the whole import: written completely as reported, or not at all. */

import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { importText } from '../support/imports.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await importText(t, 'locaties', 'code,naam,gemeente,type,capaciteit\nP-AZC,Azc,GM0014,azc,100');
});
afterAll(() => t.close());

const count = async (table: string) =>
  Number(
    (
      (await t.database.db.execute(
        sql.raw(`select count(*)::int as n from ${table}`),
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n,
  );

const cell = fc.oneof(
  fc.constantFrom(
    '',
    'ja',
    'x',
    '2025-01-10',
    '2025-13-01',
    'P-AZC',
    'ONBEKEND',
    'instroom',
    'uitstroom',
    'jgz_intake',
    '2015-03',
    'woning',
  ),
  fc.string({ maxLength: 8 }),
);

describe('random files', () => {
  it('are written completely as reported, or not at all', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.constantFrom('K1', 'K2', 'K3', ''),
            cell,
            fc.constantFrom('ja', 'nee', 'x'),
            cell,
            cell,
            cell,
            cell,
          ),
          { maxLength: 12 },
        ),
        fc.boolean(),
        async (rows, acceptValid) => {
          const before = {
            events: await count('gebeurtenissen'),
            batches: await count('import_batches'),
          };
          const text = [
            'kind_id,geboortemaand,amv,gebeurtenis,datum,locatie,soort',
            ...rows.map((r) => r.map((v) => `"${v.replaceAll('"', '""')}"`).join(',')),
          ].join('\n');
          const report = await importText(t, 'gebeurtenissen', text, { acceptValid });
          const after = {
            events: await count('gebeurtenissen'),
            batches: await count('import_batches'),
          };
          if (report.geschreven) {
            expect(after.batches).toBe(before.batches + 1);
            expect(after.events - before.events).toBe(report.telling.nieuw);
          } else {
            expect(after).toEqual(before);
            expect(report.telling.fouten).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
