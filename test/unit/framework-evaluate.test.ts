/**
 * The automatic evaluation of every norm kind against domain.md ("Framework baseline",
 * "Disclosure control"): outcomes, the sentence with its numbers, what would have to change, and
 * what the two audiences of a location's evaluation may read.
 */
import { describe, expect, it } from 'vitest';
import { type Adoption, effectiveFramework } from '../../src/domain/framework/adoption.js';
import {
  type Audience,
  countOutcomes,
  type Evaluation,
  evaluateLocation,
  evaluateMunicipality,
  type FacilityPoint,
  haversineKm,
  type LocationData,
  type LocationUnderTest,
  type MunicipalityData,
  typeAt,
} from '../../src/domain/framework/evaluate.js';
import { decimalFraction } from '../../src/domain/framework/exact.js';
import { formatNumber } from '../../src/domain/framework/wording.js';
import type { Activity } from '../../src/domain/import/activiteiten.js';
import type { Period } from '../../src/domain/import/locaties.js';
import { kaplanMeier, type Subject } from '../../src/domain/indicators/km.js';
import { type PublishedTable, publishedSet } from '../../src/domain/indicators/suppression.js';
import { emptyRawTable, type RawTable } from '../../src/domain/indicators/table.js';
import { createFrameworkLibrary } from '../../src/server/features/kaders/library.js';

const T = '2025-07-17';
const baseline = createFrameworkLibrary().get('2025.1')!;
const framework = effectiveFramework(baseline, null);

// A point in Groningen, and points due north of it at a given distance.
const HERE = { lat: 53.2, lon: 6.56 };
const KM_PER_DEGREE = (2 * Math.PI * 6371.0088) / 360;
const north = (km: number) => ({ lat: HERE.lat + km / KM_PER_DEGREE, lon: HERE.lon });

function table(fill: (raw: RawTable) => void = () => {}): RawTable {
  const raw = emptyRawTable(T, { type: 'locatie', code: 'LOC-1' });
  fill(raw);
  return raw;
}

/** A location with children present (24 of them) and everything else as given. */
function data(
  location: Partial<LocationUnderTest> = {},
  rest: Partial<Omit<LocationData, 'location'>> = {},
): LocationData {
  return {
    location: {
      code: 'LOC-1',
      status: 'open',
      capacity: 120,
      openUntil: '2031-01-01',
      lat: HERE.lat,
      lon: HERE.lon,
      facts: {},
      periods: [{ vanaf: null, type: 'azc', subtype: null }],
      ...location,
    },
    indicators: table((raw) => {
      raw.children.count = 24;
    }),
    activities: [],
    facilities: new Map(),
    ...rest,
  };
}

const evaluate = (d: LocationData, audience: Audience = 'location-staff') =>
  evaluateLocation(framework, d, T, audience);
const norm = (evaluations: Evaluation[], id: string) => evaluations.find((e) => e.norm === id)!;
const one = (id: string, d: LocationData, audience: Audience = 'location-staff') =>
  norm(evaluate(d, audience), id);

function activity(overrides: Partial<Activity>): Activity {
  return {
    locatie: 'LOC-1',
    naam: 'Voetbal',
    partner: null,
    categorie: 'sport',
    leeftijdVan: null,
    leeftijdTot: null,
    frequentiePerWeek: 1,
    van: '2025-01-01',
    tot: null,
    bereik: null,
    ...overrides,
  };
}

const subjects = (times: [number, Subject['outcome']][]): Subject[] =>
  times.map(([time, outcome], child) => ({ time, outcome, child }));
const repeat = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

describe('the evaluation of a location', () => {
  it('evaluates every location norm of the framework, in order, with Dutch and English', () => {
    const evaluations = evaluate(data());
    expect(evaluations.map((e) => e.norm)).toEqual([
      'R1.1',
      'R1.2',
      'R1.3',
      'R1.4',
      'R2.1',
      'R2.2',
      'R2.3',
      'R2.4',
      'R3.1',
      'R3.2',
      'R4.1',
      'R4.2',
      'R5.1',
      'R5.2',
      'R5.3',
      'R5.4',
      'R6.1',
      'R7.1',
      'R7.2',
      'R7.3',
      'R7.4',
    ]);
    for (const e of evaluations) {
      expect(e.explanation.nl).toMatch(/\.$/);
      expect(e.explanation.en).toMatch(/\.$/);
      expect(e.explanation.en).not.toBe(e.explanation.nl);
    }
  });

  describe('fact', () => {
    it('is voldoet for yes, voldoet_niet for no with what to change, onbekend when not filled in', () => {
      expect(one('R1.2', data({ facts: { aparte_slaapruimte_kinderen: true } }))).toMatchObject({
        outcome: 'voldoet',
        explanation: { nl: 'Aparte slaapruimtes voor kinderen: ja.' },
        change: null,
      });
      expect(one('R1.2', data({ facts: { aparte_slaapruimte_kinderen: false } }))).toMatchObject({
        outcome: 'voldoet_niet',
        explanation: {
          nl: 'Aparte slaapruimtes voor kinderen: nee.',
          en: 'Separate sleeping rooms for children: no.',
        },
        change: { nl: 'zorgen voor aparte slaapruimtes voor kinderen' },
      });
      for (const unknown of [null, undefined]) {
        expect(
          one('R1.2', data({ facts: { aparte_slaapruimte_kinderen: unknown } })),
        ).toMatchObject({
          outcome: 'onbekend',
          explanation: {
            nl: 'Aparte slaapruimtes voor kinderen: onbekend; dit feit is niet ingevuld.',
          },
        });
      }
    });

    it('leaves a fact with an assessor part onbekend while only the fact is known (R7.3)', () => {
      expect(one('R7.3', data({ facts: { terugtrekplek_kinderen: true } }))).toMatchObject({
        outcome: 'onbekend',
        explanation: {
          nl: 'Terugtrekplekken voor kinderen: ja; het deel dat een beoordelaar toetst, is nog niet beoordeeld.',
        },
      });
      expect(one('R7.3', data({ facts: { terugtrekplek_kinderen: false } })).outcome).toBe(
        'voldoet_niet',
      );
    });
  });

  describe('threshold', () => {
    it('compares the capacity with its maximum, the bound included', () => {
      expect(one('R1.1', data({ capacity: 150 }))).toMatchObject({
        outcome: 'voldoet',
        explanation: { nl: 'Capaciteit 150 plaatsen (norm ≤ 150).' },
      });
      expect(one('R1.1', data({ capacity: 400 }))).toMatchObject({
        outcome: 'voldoet_niet',
        explanation: { nl: 'Capaciteit 400 plaatsen (norm ≤ 150).' },
        change: {
          nl: 'capaciteit terugbrengen van 400 naar ten hoogste 150 plaatsen',
          en: 'reduce the capacity from 400 to at most 150 places',
        },
      });
      expect(one('R1.1', data({ capacity: 1200 })).explanation.nl).toBe(
        'Capaciteit 1.200 plaatsen (norm ≤ 150).',
      );
    });

    it('uses a municipality’s tightened threshold', () => {
      const adoption: Adoption = {
        framework: '2025.1',
        tightened: [{ norm: 'R1.1', max: 120 }],
        notAdopted: [{ norm: 'R1.3', reason: 'Geen keukens mogelijk' }],
        localNorms: [],
      };
      const local = effectiveFramework(baseline, adoption, 'GM0014');
      const evaluations = evaluateLocation(local, data({ capacity: 130 }), T, 'outside');
      expect(norm(evaluations, 'R1.1')).toMatchObject({
        outcome: 'voldoet_niet',
        explanation: { nl: 'Capaciteit 130 plaatsen (norm ≤ 120).' },
      });
      expect(evaluations.some((e) => e.norm === 'R1.3')).toBe(false);
    });

    it('takes the weekly offer of the lowest age group from the activity register (R4.1)', () => {
      expect(one('R4.1', data())).toMatchObject({
        outcome: 'onbekend',
        explanation: { nl: 'Er zijn geen activiteiten van deze locatie geregistreerd.' },
      });
      const activities = [
        activity({ naam: 'Voetbal', leeftijdVan: 6, leeftijdTot: 11, frequentiePerWeek: 2 }),
        activity({ naam: 'Tekenen', categorie: 'kunst', leeftijdVan: 12, frequentiePerWeek: 0.5 }),
        // Homework is not among the categories; an ended activity does not count.
        activity({ naam: 'Huiswerk', categorie: 'huiswerk', frequentiePerWeek: 5 }),
        activity({ naam: 'Oud', frequentiePerWeek: 3, tot: '2025-06-30' }),
      ];
      expect(one('R4.1', data({}, { activities }))).toMatchObject({
        outcome: 'voldoet_niet',
        explanation: {
          nl: 'Wekelijks aanbod sport, spel of kunst: 2 keer voor 4–11 jaar, 0,5 keer voor 12–17 jaar (norm ≥ 1 per leeftijdsgroep).',
        },
        change: {
          nl: 'het wekelijkse aanbod sport, spel of kunst voor 12–17 jaar naar ten minste 1 keer',
        },
      });
    });

    it('adds frequencies exactly: ten times 0,1 is 1 per week', () => {
      const activities = repeat(10, 0.1).map((f, i) =>
        activity({ naam: `A${i}`, frequentiePerWeek: f }),
      );
      expect(activities.reduce((total, a) => total + a.frequentiePerWeek, 0)).toBeLessThan(1);
      expect(one('R4.1', data({}, { activities })).outcome).toBe('voldoet');
    });
  });

  describe('distance', () => {
    const schools = (...points: (FacilityPoint & object)[]) =>
      new Map([['basisschool' as const, points]]);

    it('names the nearest facility of the category with the straight-line distance', () => {
      const facilities = schools(
        { name: 'De Regenboog', ...north(3.4) },
        { name: 'Verder Weg', ...north(8) },
      );
      expect(one('R2.2', data({}, { facilities }))).toMatchObject({
        outcome: 'voldoet_niet',
        explanation: {
          nl: 'Dichtstbijzijnde basisschool op 3,4 km (norm ≤ 2 km): De Regenboog.',
          en: 'Nearest primary school at 3.4 km (norm ≤ 2 km): De Regenboog.',
        },
        change: { nl: 'een basisschool binnen 2 km (nu 3,4 km)' },
      });
      const near = schools(
        { name: 'Om de Hoek', ...north(0.8) },
        { name: 'De Regenboog', ...north(3.4) },
      );
      expect(one('R2.2', data({}, { facilities: near }))).toMatchObject({
        outcome: 'voldoet',
        explanation: { nl: 'Dichtstbijzijnde basisschool op 0,8 km (norm ≤ 2 km): Om de Hoek.' },
      });
    });

    it('shows more decimals where rounding would hide that the bound is missed', () => {
      const facilities = schools({ name: 'Net Te Ver', ...north(2.04) });
      expect(one('R2.2', data({}, { facilities })).explanation.nl).toBe(
        'Dichtstbijzijnde basisschool op 2,04 km (norm ≤ 2 km): Net Te Ver.',
      );
    });

    it('is onbekend without coordinates or without any facility of the category', () => {
      const facilities = schools({ name: 'De Regenboog', ...north(1) });
      expect(one('R2.2', data({ lat: null, lon: null }, { facilities }))).toMatchObject({
        outcome: 'onbekend',
        explanation: {
          nl: 'De coördinaten van de locatie ontbreken, dus de afstand tot een basisschool is niet te bepalen.',
        },
      });
      expect(one('R2.3', data({}, { facilities }))).toMatchObject({
        outcome: 'onbekend',
        explanation: {
          nl: 'Er zijn geen huisartsen of GZA-praktijken bekend in Kindkader; lees de voorzieningen in.',
        },
      });
    });

    it('measures great-circle distance', () => {
      // Groningen to Amsterdam (Dam), about 147 km as the crow flies.
      expect(haversineKm({ lat: 53.2194, lon: 6.5665 }, { lat: 52.3731, lon: 4.8922 })).toBeCloseTo(
        146.7,
        1,
      );
    });
  });

  describe('lifetime', () => {
    it('compares the planned closing date with the peildatum plus the minimum in years', () => {
      expect(one('R2.1', data({ openUntil: '2030-07-17' }))).toMatchObject({
        outcome: 'voldoet',
        explanation: {
          nl: 'Gepland open tot 17-07-2030: nog 5 jaar na de peildatum (norm ≥ 5 jaar).',
        },
      });
      expect(one('R2.1', data({ openUntil: '2027-01-01' }))).toMatchObject({
        outcome: 'voldoet_niet',
        explanation: {
          nl: 'Gepland open tot 01-01-2027: nog 1,5 jaar na de peildatum; de norm (≥ 5 jaar) vraagt open tot ten minste 17-07-2030.',
        },
        change: {
          nl: 'de locatie open houden tot ten minste 17-07-2030 (nu gepland tot 01-01-2027)',
        },
      });
      // One day short of five years is short.
      expect(one('R2.1', data({ openUntil: '2030-07-16' })).outcome).toBe('voldoet_niet');
      expect(one('R2.1', data({ openUntil: '2025-01-01' })).explanation.nl).toBe(
        'Gepland open tot 01-01-2025, niet na de peildatum; de norm (≥ 5 jaar) vraagt open tot ten minste 17-07-2030.',
      );
    });

    it('is onbekend without a planned closing date', () => {
      expect(one('R2.1', data({ openUntil: null })).outcome).toBe('onbekend');
    });
  });

  describe('type (R3.1)', () => {
    const nood = (subtype: Period['subtype'], type: Period['type'] = 'noodopvang') => ({
      periods: [{ vanaf: null, type, subtype }],
    });

    it('forbids crisisnoodopvang and the forbidden buildings of any type while children are present', () => {
      expect(one('R3.1', data(nood('sporthal', 'crisisnoodopvang')))).toMatchObject({
        outcome: 'voldoet_niet',
        explanation: {
          nl: 'Type crisisnoodopvang in een sporthal, terwijl er 24 kinderen verblijven; kinderen horen niet in crisisnoodopvang, sporthal, evenementenhal, hotel of schip.',
        },
        change: {
          nl: 'een ander type opvang dan crisisnoodopvang en een ander gebouw dan een sporthal',
        },
      });
      expect(one('R3.1', data(nood('hotel')))).toMatchObject({
        outcome: 'voldoet_niet',
        change: { nl: 'een ander gebouw dan een hotel' },
      });
      expect(one('R3.1', data(nood('kantoor')))).toMatchObject({
        outcome: 'voldoet',
        explanation: { nl: 'Type noodopvang in een kantoor: geen verboden type of gebouw.' },
      });
      expect(one('R3.1', data()).explanation.nl).toBe(
        'Type azc zonder bijzonder gebouw: geen verboden type of gebouw.',
      );
    });

    it('never quotes the child count outside the location', () => {
      const outside = one('R3.1', data(nood('schip')), 'outside');
      expect(outside.outcome).toBe('voldoet_niet');
      expect(outside.explanation.nl).toContain(', terwijl er kinderen verblijven;');
      expect(outside.explanation.nl).not.toMatch(/\d/);
    });

    it('uses the type valid at the peildatum', () => {
      const periods: Period[] = [
        { vanaf: null, type: 'azc', subtype: null },
        { vanaf: '2025-08-01', type: 'noodopvang', subtype: 'sporthal' },
      ];
      expect(typeAt(periods, T)).toEqual(periods[0]);
      expect(typeAt(periods, '2025-08-01')).toEqual(periods[1]);
      expect(one('R3.1', data({ periods })).outcome).toBe('voldoet');
    });

    it('is nvt without children', () => {
      const empty = data(nood('sporthal', 'crisisnoodopvang'), { indicators: table() });
      expect(one('R3.1', empty)).toMatchObject({
        outcome: 'nvt',
        explanation: { nl: 'Op de peildatum verblijven er geen kinderen op deze locatie.' },
      });
    });
  });

  it('is nvt for a norm that does not apply to the location type (R7.1 on a kwv)', () => {
    const kwv = data({ periods: [{ vanaf: null, type: 'kwv', subtype: null }] });
    expect(one('R7.1', kwv)).toMatchObject({
      outcome: 'nvt',
      explanation: { nl: 'Geldt niet voor een locatie van het type kwv.' },
    });
  });

  it('leaves manual norms onbekend until assessed', () => {
    expect(one('R1.4', data())).toMatchObject({
      outcome: 'onbekend',
      explanation: { nl: 'Nog niet beoordeeld: dit oordeelt een beoordelaar, met onderbouwing.' },
    });
  });

  describe('indicator, share', () => {
    const transfers = (atLeast2: number, children: number) =>
      table((raw) => {
        raw.children.count = children;
        raw.transfers12m.distribution = {
          '0': children - atLeast2,
          '1': 0,
          '2': atLeast2,
          '3': 0,
          '4+': 0,
        };
      });

    it('gives the location’s staff the value and the counts behind it', () => {
      expect(one('R2.4', data({}, { indicators: transfers(3, 24) }))).toMatchObject({
        outcome: 'voldoet_niet',
        explanation: {
          nl: 'Aandeel kinderen met twee of meer overplaatsingen in 12 maanden (I3): 12,5% (norm ≤ 10%; 3 van 24 kinderen).',
          en: 'Share of children transferred twice or more in 12 months (I3): 12.5% (norm ≤ 10%; 3 of 24 children).',
        },
        change: {
          nl: 'Aandeel kinderen met twee of meer overplaatsingen in 12 maanden (I3): terugbrengen tot ten hoogste 10% (nu 12,5%)',
        },
        figuresWithheld: false,
      });
    });

    it('shows everyone else the outcome without the numbers', () => {
      const outside = one('R2.4', data({}, { indicators: transfers(3, 24) }), 'outside');
      expect(outside).toMatchObject({
        outcome: 'voldoet_niet',
        explanation: {
          nl: 'Aandeel kinderen met twee of meer overplaatsingen in 12 maanden (I3): voldoet niet (norm ≤ 10%). De cijfers van één locatie zijn alleen voor de eigen medewerkers.',
        },
        change: {
          nl: 'Aandeel kinderen met twee of meer overplaatsingen in 12 maanden (I3): terugbrengen tot ten hoogste 10%',
        },
        figuresWithheld: true,
      });
      for (const e of evaluate(data({}, { indicators: transfers(3, 24) }), 'outside')) {
        for (const text of [e.explanation.nl, e.explanation.en, e.change?.nl ?? '']) {
          expect(text).not.toContain('24');
          expect(text).not.toContain('12,5');
        }
      }
    });

    it('compares exactly: 1 of 10 meets ≤ 10%, 19 of 20 meets ≥ 95%', () => {
      expect(one('R2.4', data({}, { indicators: transfers(1, 10) })).outcome).toBe('voldoet');
      const gza = table((raw) => {
        raw.children.count = 20;
        raw.gzaRegistered.count = 19;
      });
      expect(one('R5.4', data({}, { indicators: gza }))).toMatchObject({
        outcome: 'voldoet',
        explanation: {
          nl: 'Aandeel kinderen ingeschreven bij GZA (I7): 95% (norm ≥ 95%; 19 van 20 kinderen).',
        },
      });
      expect(decimalFraction(0.95)).toEqual({ num: 95n, den: 100n });
      expect(decimalFraction(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
      expect(decimalFraction(150)).toEqual({ num: 150n, den: 1n });
    });

    it('is nvt for a share without denominator', () => {
      expect(one('R6.1', data())).toMatchObject({
        outcome: 'nvt',
        explanation: {
          nl: 'Aandeel alleenstaande minderjarigen met een perspectiefplan vóór 18 (I8): niets te toetsen; er zijn geen alleenstaande minderjarigen die binnen 90 dagen 18 worden.',
        },
      });
    });

    it('counts children out of school for more than 90 days (R5.1, ≤ 0)', () => {
      const out = (n: number) =>
        table((raw) => {
          raw.children.count = 24;
          raw.daysToSchool.notEnrolledOver90 = n;
        });
      expect(one('R5.1', data({}, { indicators: out(0) })).outcome).toBe('voldoet');
      expect(one('R5.1', data({}, { indicators: out(2) }))).toMatchObject({
        outcome: 'voldoet_niet',
        explanation: {
          nl: 'Kinderen van 5–17 jaar die langer dan 90 dagen niet op school staan ingeschreven (I5): 2 (norm ≤ 0).',
        },
      });
    });
  });

  describe('indicator, Kaplan–Meier (R3.2: median ≤ 14 days, partly up to 183)', () => {
    const nood = (times: [number, Subject['outcome']][]) =>
      data(
        { periods: [{ vanaf: null, type: 'noodopvang', subtype: 'overig' }] },
        {
          indicators: table((raw) => {
            raw.children.count = 30;
            raw.daysInNood.km = kaplanMeier(subjects(times));
          }),
        },
      );
    const events = (...days: number[]) => days.map((d): [number, 'event'] => [d, 'event']);

    it('is onbekend for a cohort of fewer than 10 children, for every audience', () => {
      const small = nood(events(1, 2, 3, 4, 5, 6, 7, 8, 9));
      expect(one('R3.2', small)).toMatchObject({
        outcome: 'onbekend',
        explanation: {
          nl: 'Mediane duur in noodopvang (I4, Kaplan–Meier): te weinig kinderen om te toetsen (9, minder dan 10, in het cohort).',
        },
      });
      const outside = one('R3.2', small, 'outside');
      expect(outside.outcome).toBe('onbekend');
      expect(outside.explanation.nl).not.toContain('9,');
    });

    it('is nvt for an empty cohort', () => {
      expect(one('R3.2', nood([])).outcome).toBe('nvt');
    });

    it('compares the median with target and warning band', () => {
      // Events on days 1–12: S reaches 0,5 on day 6.
      expect(one('R3.2', nood(events(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)))).toMatchObject({
        outcome: 'voldoet',
        explanation: {
          nl: 'Mediane duur in noodopvang (I4, Kaplan–Meier): 6 dagen (norm ≤ 14 dagen; tot en met 183 dagen voldoet deels; cohort van 12 kinderen).',
        },
      });
      const later = events(...Array.from({ length: 12 }, (_, i) => 20 + i));
      expect(one('R3.2', nood(later))).toMatchObject({
        outcome: 'voldoet_deels',
        change: {
          nl: 'Mediane duur in noodopvang (I4, Kaplan–Meier): terugbrengen tot ten hoogste 14 dagen (nu 25 dagen)',
        },
      });
      const long = events(...Array.from({ length: 12 }, (_, i) => 190 + i));
      expect(one('R3.2', nood(long)).outcome).toBe('voldoet_niet');
      expect(one('R3.2', nood(long), 'outside')).toMatchObject({
        outcome: 'voldoet_niet',
        figuresWithheld: true,
      });
    });

    it('reads a median not reached by whether S(x) > 0,5 can be estimated', () => {
      // Two events, ten followed until the peildatum on day 100: S(14) is known, S(183) not.
      const short = nood([
        ...events(5, 5),
        ...repeat(10, [100, 'peildatum'] as [number, 'peildatum']),
      ]);
      expect(one('R3.2', short).outcome).toBe('onbekend');
      expect(one('R3.2', short).explanation.nl).toContain('mediaan niet bereikt');
      // Followed for 200 days: S(183) > 0,5 can be estimated, so the median exceeds 183.
      const long = nood([
        ...events(5, 5),
        ...repeat(10, [200, 'peildatum'] as [number, 'peildatum']),
      ]);
      expect(one('R3.2', long).outcome).toBe('voldoet_niet');
      // Followed for 10 days only: not even S(14) is known.
      const brief = nood([...events(5, 5), ...repeat(10, [10, 'exit'] as [number, 'exit'])]);
      expect(one('R3.2', brief).outcome).toBe('onbekend');
    });

    it('reads 1 − S(42) for the JGZ intake (R5.3 ≥ 90%), niet schatbaar included', () => {
      const jgz = (times: [number, Subject['outcome']][]) =>
        data(
          {},
          {
            indicators: table((raw) => {
              raw.children.count = 30;
              raw.daysToJgz.km = kaplanMeier(subjects(times));
            }),
          },
        );
      expect(one('R5.3', jgz([...events(...repeat(9, 10)), [60, 'peildatum']])).outcome).toBe(
        'voldoet',
      );
      expect(
        one('R5.3', jgz([...events(...repeat(8, 10)), [60, 'peildatum'], [60, 'peildatum']])),
      ).toMatchObject({
        outcome: 'voldoet_niet',
        explanation: {
          nl: 'Aandeel met een JGZ-intake binnen 42 dagen (I6, Kaplan–Meier): 80% (norm ≥ 90%; cohort van 10 kinderen).',
        },
      });
      const unknown = jgz(repeat(10, [30, 'peildatum'] as [number, 'peildatum']));
      expect(one('R5.3', unknown).outcome).toBe('onbekend');
      expect(one('R5.3', unknown).explanation.nl).toContain('niet schatbaar');
    });
  });

  describe('a proposed location (locatietoets)', () => {
    const proposed = data(
      { status: 'voorgesteld', capacity: 400, openUntil: '2027-01-01' },
      { indicators: table() },
    );

    it('counts children as present and leaves indicator norms for after opening', () => {
      const evaluations = evaluate(proposed, 'outside');
      expect(norm(evaluations, 'R1.1').outcome).toBe('voldoet_niet');
      expect(norm(evaluations, 'R2.1').outcome).toBe('voldoet_niet');
      expect(norm(evaluations, 'R2.4')).toMatchObject({
        outcome: 'nvt',
        explanation: {
          nl: 'Nog niet te toetsen: een voorgestelde locatie heeft nog geen kinderen. Deze norm geldt zodra er kinderen wonen.',
        },
      });
      expect(countOutcomes(evaluations)).toEqual({
        voldoet: 1,
        voldoet_deels: 0,
        voldoet_niet: 2,
        onbekend: 12,
        nvt: 6,
      });
    });

    it('words a forbidden building as proposed', () => {
      const hotel = data(
        { status: 'voorgesteld', periods: [{ vanaf: null, type: 'noodopvang', subtype: 'hotel' }] },
        { indicators: table() },
      );
      expect(one('R3.1', hotel, 'outside').explanation.nl).toBe(
        'Voorgesteld als noodopvang in een hotel; kinderen horen niet in crisisnoodopvang, sporthal, evenementenhal, hotel of schip.',
      );
    });
  });
});

describe('the evaluation of a municipality', () => {
  function published(fill: (table: PublishedTable) => void = () => {}): PublishedTable {
    const national = emptyRawTable(T, { type: 'all', code: 'all' });
    const raw = emptyRawTable(T, { type: 'gemeente', code: 'GM0014' });
    for (const table of [national, raw]) {
      table.children.count = 120;
      table.children.byType.azc = 120;
      table.children.bySubtype.geen = 120;
      table.children.byUnaccompanied.accompanied = 120;
      table.transfers12m.distribution['0'] = 120;
    }
    const table = structuredClone(publishedSet(T, national, [raw]).municipal.GM0014!);
    fill(table);
    return table;
  }
  const municipality = (overrides: Partial<MunicipalityData> = {}): MunicipalityData => ({
    published: published(),
    facts: {},
    spreidingswetRealisation: null,
    ...overrides,
  });
  const evaluateAll = (d: MunicipalityData) => evaluateMunicipality(framework, d);

  it('evaluates the municipal norms only', () => {
    expect(evaluateAll(municipality()).map((e) => e.norm)).toEqual(['R4.3', 'R8.1', 'R8.2']);
  });

  it('reads facts of the municipality, onbekend while unknown', () => {
    expect(norm(evaluateAll(municipality()), 'R4.3').outcome).toBe('onbekend');
    const open = municipality({ facts: { jeugdregelingen_toegankelijk: true } });
    expect(norm(evaluateAll(open), 'R4.3')).toMatchObject({
      outcome: 'voldoet',
      explanation: {
        nl: 'Gemeentelijke jeugdregelingen die openstaan voor kinderen in de opvang: ja.',
      },
    });
  });

  it('compares the Spreidingswet realisation, onbekend while the share is unknown', () => {
    expect(norm(evaluateAll(municipality()), 'R8.1').outcome).toBe('onbekend');
    expect(
      norm(evaluateAll(municipality({ spreidingswetRealisation: 0.85 })), 'R8.1'),
    ).toMatchObject({
      outcome: 'voldoet_niet',
      explanation: {
        nl: 'Gerealiseerd: 85% van het aandeel volgens de Spreidingswet (norm ≥ 100%).',
      },
    });
    expect(norm(evaluateAll(municipality({ spreidingswetRealisation: 1 })), 'R8.1').outcome).toBe(
      'voldoet',
    );
  });

  it('uses the published figures, and onbekend where a figure is suppressed', () => {
    const housing = (median: number | 'x' | 'niet bereikt', children: number | 'x' = 40) =>
      municipality({
        published: published((table) => {
          table.daysToHousing.km.children = children;
          table.daysToHousing.km.median = median;
          table.daysToHousing.km.oneMinusS98 = 0.3;
        }),
      });
    expect(norm(evaluateAll(housing(70)), 'R8.2')).toMatchObject({
      outcome: 'voldoet',
      explanation: {
        nl: 'Mediane tijd van vergunning tot woning (I10, Kaplan–Meier): 70 dagen (norm ≤ 98 dagen; cohort van 40 kinderen).',
      },
      figuresWithheld: false,
    });
    expect(norm(evaluateAll(housing(120)), 'R8.2').outcome).toBe('voldoet_niet');
    expect(norm(evaluateAll(housing('x')), 'R8.2')).toMatchObject({
      outcome: 'onbekend',
      explanation: {
        nl: 'Mediane tijd van vergunning tot woning (I10, Kaplan–Meier): het cijfer is onderdrukt in de publicatieset (x), dus niet te toetsen (norm ≤ 98 dagen).',
      },
    });
    expect(norm(evaluateAll(housing(70, 'x')), 'R8.2').outcome).toBe('onbekend');
    expect(norm(evaluateAll(housing(70, 7)), 'R8.2').outcome).toBe('onbekend');
    // Not reached, and the published 1 − S(98) shows that S(98) was estimated.
    expect(norm(evaluateAll(housing('niet bereikt')), 'R8.2').outcome).toBe('voldoet_niet');
  });

  it('is nvt when no children stay in the municipality', () => {
    const none = municipality({
      published: published((table) => {
        table.children.count = 0;
      }),
    });
    expect(norm(evaluateAll(none), 'R4.3').outcome).toBe('nvt');
  });
});

describe('Dutch numbers', () => {
  it('groups thousands with a point and uses a decimal comma', () => {
    expect(formatNumber(16623, 'nl')).toBe('16.623');
    expect(formatNumber(3.449, 'nl', 1)).toBe('3,4');
    expect(formatNumber(1234567.5, 'en', 1)).toBe('1,234,567.5');
    expect(formatNumber(2, 'nl', 2)).toBe('2');
  });
});
