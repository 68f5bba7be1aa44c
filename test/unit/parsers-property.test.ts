/** Random malformed rows at every parser: none may throw. */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseActivityRow } from '../../src/domain/import/activiteiten.js';
import { parseEventRow } from '../../src/domain/import/gebeurtenissen.js';
import { parseLocationRow } from '../../src/domain/import/locaties.js';
import {
  mapDuoColumns,
  parseGenericFacility,
  placeDuoRow,
} from '../../src/domain/import/voorzieningen.js';
import { FileError, readRows } from '../../src/server/imports/reader.js';

const cellValue = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    'ja',
    'nee',
    '2025-01-01',
    '01-01-2025',
    '2025-13-45',
    'GM0014',
    'azc',
    '=1+1',
    '-5',
    '@x',
    '53,2',
    '1e9',
    'NaN',
  ),
);
/** Random rows over these columns; a column may be absent. */
const cells = (columns: string[]): fc.Arbitrary<Record<string, string>> =>
  fc
    .record(
      Object.fromEntries(columns.map((c) => [c, cellValue])) as Record<
        string,
        fc.Arbitrary<string>
      >,
      { requiredKeys: [] },
    )
    .map((row) =>
      Object.fromEntries(
        Object.entries(row).filter((entry): entry is [string, string] => entry[1] !== undefined),
      ),
    );

describe('parsers never throw on malformed rows', () => {
  it('locations', () => {
    const columns = [
      'code',
      'naam',
      'gemeente',
      'type',
      'subtype',
      'capaciteit',
      'lat',
      'lon',
      'open_sinds',
      'open_tot',
      'status',
      'zelf_koken',
      'geldig_vanaf',
    ];
    fc.assert(
      fc.property(cells(columns), fc.boolean(), (row, comma) => {
        const result = parseLocationRow(row, {
          columns: new Set(columns),
          commaDecimals: comma,
          resolveMunicipality: (input) =>
            input === 'GM0014' ? { ok: true, code: 'GM0014' } : { ok: false, reason: 'unknown' },
        });
        expect(result.row === null || result.issues.every((i) => i.severity !== 'error')).toBe(
          true,
        );
      }),
    );
  });

  it('events', () => {
    const columns = [
      'kind_id',
      'geboortemaand',
      'amv',
      'gezin_id',
      'gebeurtenis',
      'datum',
      'locatie',
      'soort',
    ];
    fc.assert(
      fc.property(cells(columns), (row) => {
        const result = parseEventRow(row, {
          today: '2026-11-27',
          locationExists: (c) => c === 'azc',
        });
        if (result.issues.some((i) => i.column !== 'locatie'))
          expect(result.takesPartInSequence).toBe(false);
        // A message never repeats the source's child id.
        const elsewhere = Object.entries(row).some(
          ([k, v]) => k !== 'kind_id' && row.kind_id && v.includes(row.kind_id),
        );
        if (row.kind_id && row.kind_id.length > 3 && !elsewhere) {
          for (const issue of result.issues) expect(issue.message).not.toContain(row.kind_id);
        }
      }),
    );
  });

  it('activities and facilities', () => {
    fc.assert(
      fc.property(
        cells([
          'locatie',
          'naam',
          'categorie',
          'frequentie_per_week',
          'van',
          'tot',
          'leeftijd_van',
          'leeftijd_tot',
          'bereik',
        ]),
        (row) => {
          parseActivityRow(row, { commaDecimals: true, locationExists: () => true });
        },
      ),
    );
    fc.assert(
      fc.property(
        cells(['categorie', 'naam', 'lat', 'lon', 'bron', 'postcode', 'vestigingsnaam']),
        fc.boolean(),
        (row, comma) => {
          parseGenericFacility(row, comma);
          placeDuoRow(row, mapDuoColumns(Object.keys(row)).map, 'basisschool', new Map(), comma);
        },
      ),
    );
  });

  it('the file reader: any bytes give rows or a FileError naming a row', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.string({ maxLength: 200 }),
        async (bytes, text) => {
          for (const input of [Buffer.from(bytes), Buffer.from(`code;naam\n${text}`)]) {
            try {
              for await (const event of readRows(Readable.from([input]), {
                required: ['code'],
                optional: ['naam'],
              })) {
                if (event.kind === 'row') expect(event.row.row).toBeGreaterThan(1);
              }
            } catch (error) {
              expect(error).toBeInstanceOf(FileError);
              expect((error as FileError).issue.row).toBeGreaterThanOrEqual(1);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
