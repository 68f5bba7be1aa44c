/**
 * The council report's words and figures: the plain-Dutch summary, the I1–I10 table and the
 * chart data, from published tables. A suppressed figure is never written as a number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PublishedTable, publishedSet } from '../../src/domain/indicators/suppression.js';
import { emptyRawTable } from '../../src/domain/indicators/table.js';
import { sortActions } from '../../src/domain/rapport/actions.js';
import { FIGURE_ROWS, valueAt } from '../../src/domain/rapport/figures.js';
import { type ReportInput, reportModel } from '../../src/domain/rapport/model.js';
import {
  NOT_PUBLISHED_MEANING,
  type SummaryInput,
  summarySentences,
} from '../../src/domain/rapport/summary.js';

const T = '2025-07-17';

/** A published table of zeros and nulls, with the given values at their key paths. */
function table(values: Record<string, number | string | null> = {}, code = 'GM0001') {
  const set = publishedSet(T, emptyRawTable(T, { type: 'all', code: 'all' }), [
    emptyRawTable(T, { type: 'gemeente', code }),
  ]);
  const result = structuredClone(set.municipal[code]!);
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    let node = result as unknown as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    if (!(keys.at(-1)! in node)) throw new Error(`geen cel ${path}`);
    node[keys.at(-1)!] = value;
  }
  return result;
}

const NATIONAL = table({
  'children.count': 16_623,
  'childrenInNood.count': 1_630,
  'childrenInNood.shareInNood': 0.098,
  'daysToSchool.km.oneMinusS90': 0.8,
});

function summary(municipal: PublishedTable, extra: Partial<SummaryInput> = {}) {
  return summarySentences({
    gemeente: 'Voorbeeld',
    peildatum: T,
    municipal,
    national: NATIONAL,
    yearBefore: null,
    compliance: null,
    actions: null,
    ...extra,
  });
}

/** Every whole number a text states, leaving out the dates (17-07-2025). */
const numbersIn = (text: string) =>
  [...text.replace(/\b\d{2}-\d{2}-\d{4}\b/g, ' ').matchAll(/(?<![\d,.])\d+(?![\d,.]*\d)/g)].map(
    (m) => Number(m[0]),
  );

describe('the summary in plain Dutch', () => {
  it('says how many children live in reception and how many of them in noodopvang', () => {
    const sentences = summary(
      table({
        'children.count': 123,
        'children.byType.azc': 111,
        'children.byType.noodopvang': 12,
        'childrenInNood.count': 12,
        'childrenInNood.shareInNood': 0.098,
      }),
    );
    expect(sentences[0]).toBe(
      'Op 17-07-2025 woonden 123 kinderen in de opvang in de gemeente Voorbeeld; 12 van hen (9,8%) in noodopvang.',
    );
    expect(sentences).toContain(
      'Landelijk woonden op dezelfde dag 16.623 kinderen in de opvang, van wie 9,8% in noodopvang.',
    );
    expect(sentences).not.toContain(NOT_PUBLISHED_MEANING);
  });

  it('writes a suppressed count as not published, and says once what that means', () => {
    const sentences = summary(
      table({
        'children.count': 57,
        'childrenInNood.count': 'x',
        'childrenInNood.shareInNood': 'x',
        'children.byUnaccompanied.unaccompanied': 'x',
        'transfers12m.atLeast2': 'x',
        'transfers12m.shareAtLeast2': 'x',
        'daysToSchool.km.oneMinusS90': 'x',
        'daysToSchool.notEnrolledOver90': 'x',
        'daysInNood.km.median': 'x',
      }),
    );
    expect(sentences[0]).toBe(
      'Op 17-07-2025 woonden 57 kinderen in de opvang in de gemeente Voorbeeld; hoeveel van hen in noodopvang woonden, is niet gepubliceerd.',
    );
    expect(sentences).toContain(
      'Hoeveel kinderen in de afgelopen 12 maanden twee keer of vaker werden overgeplaatst, is niet gepubliceerd.',
    );
    expect(sentences.at(-1)).toBe(NOT_PUBLISHED_MEANING);
    expect(NOT_PUBLISHED_MEANING).toContain('kleiner dan 5');
    expect(sentences.filter((s) => s === NOT_PUBLISHED_MEANING)).toHaveLength(1);
  });

  it('does not publish the total either when it is suppressed', () => {
    const [first] = summary(table({ 'children.count': 'x', 'childrenInNood.count': 'x' }));
    expect(first).toBe(
      'Hoeveel kinderen er op 17-07-2025 in de opvang in de gemeente Voorbeeld woonden, is niet gepubliceerd. Ook hoeveel van hen in noodopvang woonden, is niet gepubliceerd.',
    );
  });

  it('says so when no child lives there, and stops', () => {
    const sentences = summary(table());
    expect(sentences[0]).toBe(
      'Op 17-07-2025 woonden er geen kinderen in de opvang in de gemeente Voorbeeld.',
    );
    expect(sentences.some((s) => s.includes('overgeplaatst'))).toBe(false);
  });

  it('compares with a year before, unless one of the two is not published', () => {
    const now = table({ 'children.count': 140 });
    const before = { ...table({ 'children.count': 1_137 }), peildatum: '2024-07-17' };
    expect(summary(now, { yearBefore: before })).toContain(
      'Een jaar eerder, op 17-07-2024, waren het er 1.137: nu 997 minder.',
    );
    const hidden = { ...table({ 'children.count': 'x' }), peildatum: '2024-07-17' };
    expect(summary(now, { yearBefore: hidden })).toContain(
      'Met een jaar eerder (17-07-2024) is het aantal kinderen niet te vergelijken: één van de twee is niet gepubliceerd.',
    );
  });

  it('names the Kaplan–Meier figures, or why they are not published', () => {
    const shown = summary(
      table({
        'children.count': 80,
        'daysInNood.km.median': 45,
        'daysToSchool.km.oneMinusS90': 0.73,
        'daysToSchool.notEnrolledOver90': 0,
      }),
    );
    expect(shown).toContain(
      'Van de kinderen die in de afgelopen 12 maanden in noodopvang kwamen, was de helft na 45 dagen doorgeplaatst naar reguliere opvang (mediaan, Kaplan–Meier).',
    );
    expect(shown).toContain(
      'Van de kinderen van 5–17 jaar die in de afgelopen 12 maanden aankwamen, stond 73% binnen 90 dagen op school (landelijk 80%).',
    );
    expect(shown).toContain(
      'Op 17-07-2025 stond geen enkel kind van 5–17 jaar langer dan 90 dagen niet op een school ingeschreven.',
    );
    const hidden = summary(table({ 'children.count': 80, 'daysInNood.km.median': 'x' }));
    expect(hidden.join(' ')).toContain(
      'Hoe lang de kinderen die in de afgelopen 12 maanden in noodopvang kwamen daar bleven, is niet gepubliceerd: te weinig kinderen of gebeurtenissen',
    );
  });

  it('sums up the evaluation and the actions when the reader may see them', () => {
    const sentences = summary(table({ 'children.count': 80 }), {
      compliance: {
        locations: 4,
        failing: 3,
        mostFailed: [{ norm: 'R1.1', title: 'Kleinschalig', locations: 3 }],
      },
      actions: { open: 2, overdue: 1, done: 1 },
    });
    expect(sentences).toContain(
      'Van de 4 opvanglocaties voldoen er 3 aan één of meer normen niet (of maar deels). Het vaakst niet gehaald: R1.1 Kleinschalig (3 locaties).',
    );
    expect(sentences).toContain(
      'Er staan 2 verbeteracties open, waarvan 1 over de deadline; 1 is afgerond.',
    );
  });

  it('never states a number from 1 to 4 when every count is published (0 or ≥ 5) or x', () => {
    const count = fc.oneof(
      fc.constant<number | string>('x'),
      fc.constant(0),
      fc.integer({ min: 5, max: 20_000 }),
    );
    const share = fc.oneof(
      fc.constant<number | string | null>('x'),
      fc.constant(null),
      fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
    );
    const days = fc.oneof(
      fc.constant<number | string | null>('x'),
      fc.constant(null),
      fc.constant('niet bereikt'),
      // A median of 1–4 days is a published duration, not a count: left out, so that any 1–4
      // in the text can only be a count.
      fc.integer({ min: 5, max: 900 }),
    );
    const cells = {
      'children.count': count,
      'children.byUnaccompanied.unaccompanied': count,
      'childrenInNood.count': count,
      'childrenInNood.shareInNood': share,
      'childrenInNood.childrenInNoodUnaccompanied': count,
      'childrenInNood.shareInNoodUnaccompanied': share,
      'transfers12m.atLeast2': count,
      'transfers12m.shareAtLeast2': share,
      'daysInNood.km.median': days,
      'daysToSchool.km.oneMinusS90': share,
      'daysToSchool.notEnrolledOver90': count,
    };
    fc.assert(
      fc.property(fc.record(cells), (values) => {
        const text = summary(table(values)).join(' ');
        // Shares are percentages: "9,8%" states 9 and 8 only as parts of one figure.
        const whole = numbersIn(text.replace(/\d+(,\d+)?%/g, '%'));
        expect(whole.filter((n) => n >= 1 && n <= 4)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

function input(municipal: PublishedTable, overrides: Partial<ReportInput> = {}): ReportInput {
  const month = (peildatum: string, count: number | string, nood: number | string) => ({
    peildatum,
    children: { count },
    childrenInNood: { count: nood, shareInNood: null },
  });
  return {
    gemeente: { code: 'GM0001', naam: 'Voorbeeld' },
    peildatum: T,
    madeOn: '2025-08-01',
    municipal,
    national: NATIONAL,
    series: {
      municipal: [month('2025-05-17', 40, 'x'), month('2025-06-17', 'x', 0), month(T, 57, 'x')],
      national: [month('2025-05-17', 900, 90), month('2025-06-17', 950, 95), month(T, 990, 99)],
    },
    locations: { shown: false },
    actions: { shown: false },
    demo: true,
    ...overrides,
  };
}

describe('the report model', () => {
  const municipal = table({
    'children.count': 57,
    'children.byType.azc': 'x',
    'children.byType.noodopvang': 'x',
    'childrenInNood.count': 'x',
    'childrenInNood.shareInNood': 'x',
    'gzaRegistered.count': 50,
    'gzaRegistered.share': 0.877,
  });

  it('writes x in the table, and draws no bar or point, where the published figure is x', () => {
    const model = reportModel(input(municipal));
    const rows = FIGURE_ROWS.map((row, i) => ({ row, cell: model.table.rows[i]! }));
    for (const { row, cell } of rows) {
      expect(cell.gemeente === 'x').toBe(valueAt(municipal, row.path) === 'x');
    }
    expect(rows.find((r) => r.row.path === 'children.count')?.cell.gemeente).toBe('57');
    expect(rows.find((r) => r.row.path === 'gzaRegistered.share')?.cell.gemeente).toBe('87,7%');
    expect(rows.find((r) => r.row.path === 'children.count')?.cell.landelijk).toBe('16.623');
    expect(model.byType.bars.find((b) => b.label === 'noodopvang')).toEqual({
      label: 'noodopvang',
      value: null,
      text: 'x',
    });
    expect(model.trends[0]!.lines.map((l) => l.values)).toEqual([
      [40, null, 57],
      [null, 0, null],
    ]);
    expect(model.table.legend).toMatch(/^x = niet gepubliceerd/);
  });

  it('says where the evaluation and the actions are when the reader may not see them', () => {
    const model = reportModel(input(municipal));
    expect(model.compliance.locations).toEqual([]);
    expect(model.compliance.intro).toContain('alleen te zien voor ingelogde accounts');
    expect(model.actions.rows).toEqual([]);
    expect(model.summary.join(' ')).not.toContain('verbeteractie');
  });

  it('lists each location’s norms not met with what would have to change, and the actions open first', () => {
    const model = reportModel(
      input(municipal, {
        locations: {
          shown: true,
          partial: false,
          items: [
            {
              code: 'L1',
              naam: 'Azc Voorbeeld',
              type: 'azc',
              status: 'open',
              titles: new Map([
                ['R1.1', 'Kleinschalig'],
                ['R1.4', 'Huiselijke omgeving'],
              ]),
              evaluations: [
                {
                  norm: 'R1.1',
                  outcome: 'voldoet_niet',
                  change: { nl: 'capaciteit terugbrengen van 400 naar ten hoogste 150 plaatsen' },
                },
                { norm: 'R1.4', outcome: 'onbekend', change: null },
              ],
            },
          ],
        },
        actions: {
          shown: true,
          partial: false,
          items: [
            {
              id: 1,
              locatie: { code: 'L1', naam: 'Azc Voorbeeld' },
              norm: null,
              omschrijving: 'Klaar',
              eigenaar: 'Gemeente',
              deadline: '2025-07-01',
              status: 'afgerond',
            },
            {
              id: 2,
              locatie: { code: 'L1', naam: 'Azc Voorbeeld' },
              norm: { id: 'R1.1', titel: 'Kleinschalig' },
              omschrijving: 'Kleiner maken',
              eigenaar: 'COA',
              deadline: '2025-07-20',
              status: 'open',
            },
          ],
        },
      }),
    );
    expect(model.compliance.locations).toEqual([
      {
        title: 'Azc Voorbeeld (L1)',
        facts: 'azc · open',
        counts: '0 voldoet · 0 voldoet deels · 1 voldoet niet · 1 onbekend · 0 n.v.t.',
        failing: [
          {
            norm: 'R1.1 Kleinschalig',
            outcome: 'voldoet niet',
            change: 'Te veranderen: capaciteit terugbrengen van 400 naar ten hoogste 150 plaatsen.',
          },
        ],
        unknown: 'R1.4 Huiselijke omgeving',
      },
    ]);
    expect(model.actions.rows.map((r) => [r.omschrijving, r.status, r.overdue])).toEqual([
      ['Kleiner maken', 'open', true],
      ['Klaar', 'afgerond', false],
    ]);
    expect(model.summary).toContain(
      'Er staat 1 verbeteractie open, waarvan 1 over de deadline; 1 is afgerond.',
    );
  });

  it('says "Demodata — fictief" in demo mode only', () => {
    expect(reportModel(input(municipal)).cover.lines).toContain('Demodata — fictief');
    expect(reportModel(input(municipal, { demo: false })).cover.lines).not.toContain(
      'Demodata — fictief',
    );
  });
});

describe('the order of improvement actions', () => {
  it('puts open and in-progress actions first by nearest deadline, then done ones by latest', () => {
    const action = (
      id: number,
      status: 'open' | 'in_uitvoering' | 'afgerond',
      deadline: string,
    ) => ({
      id,
      locatie: { code: 'L', naam: 'L' },
      norm: null,
      omschrijving: String(id),
      eigenaar: 'E',
      deadline,
      status,
    });
    const sorted = sortActions([
      action(1, 'afgerond', '2025-01-01'),
      action(2, 'open', '2025-09-01'),
      action(3, 'afgerond', '2025-05-01'),
      action(4, 'in_uitvoering', '2025-08-01'),
    ]);
    expect(sorted.map((a) => a.id)).toEqual([4, 2, 3, 1]);
  });
});
