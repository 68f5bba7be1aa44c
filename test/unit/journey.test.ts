import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, birthdayOf, fromDay, isIsoDate, toDay } from '../../src/domain/dates.js';
import {
  EVENT_TYPES,
  type JourneyEvent,
  locationOn,
  noodEpisodes,
  replayJourney,
  typedStays,
} from '../../src/domain/journey.js';

let order = 0;
const ev = (
  type: JourneyEvent['type'],
  date: string,
  location: string | null = null,
): JourneyEvent => ({
  type,
  date,
  location,
  order: order++,
});

describe('dates', () => {
  it('counts days and checks calendar dates', () => {
    expect(toDay('2026-03-01') - toDay('2026-02-28')).toBe(1);
    expect(fromDay(toDay('2024-02-29'))).toBe('2024-02-29');
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-12-31')).toBe(true);
  });

  it('computes ages from the first day of the birth month', () => {
    expect(ageOn('2008-11', '2026-10-31')).toBe(17);
    expect(ageOn('2008-11', '2026-11-01')).toBe(18);
    expect(birthdayOf('2008-11', 18)).toBe('2026-11-01');
  });
});

describe('replayJourney', () => {
  it('derives stays, a transfer and an open period', () => {
    const j = replayJourney([
      ev('instroom', '2025-01-10', 'A'),
      ev('verhuizing', '2025-03-01', 'B'),
    ]);
    expect(j.stays).toEqual([
      { location: 'A', start: '2025-01-10', end: '2025-03-01' },
      { location: 'B', start: '2025-03-01', end: null },
    ]);
    expect(j.transfers).toEqual(['2025-03-01']);
    expect(j.periods).toEqual([{ start: '2025-01-10', end: null }]);
    expect(j.issues).toEqual([]);
    expect(locationOn(j.stays, '2025-02-28')).toBe('A');
    expect(locationOn(j.stays, '2025-03-01')).toBe('B');
  });

  it('ignores a location entered and left on the same date', () => {
    const j = replayJourney([
      ev('instroom', '2025-01-10', 'A'),
      ev('verhuizing', '2025-02-01', 'B'),
      ev('verhuizing', '2025-02-01', 'A'),
    ]);
    expect(j.stays).toEqual([{ location: 'A', start: '2025-01-10', end: null }]);
    expect(j.transfers).toEqual([]);
  });

  it('treats an uitstroom followed by an instroom on the same date as one period', () => {
    const j = replayJourney([
      ev('instroom', '2025-01-10', 'A'),
      ev('uitstroom', '2025-02-01', 'A'),
      ev('instroom', '2025-02-01', 'B'),
      ev('uitstroom', '2025-05-01'),
    ]);
    expect(j.periods).toEqual([
      { start: '2025-01-10', end: '2025-05-01', exit: { from: 'B', soort: null } },
    ]);
    expect(j.transfers).toEqual(['2025-02-01']);
    expect(j.stays.at(-1)).toEqual({ location: 'B', start: '2025-02-01', end: '2025-05-01' });
  });

  it('reports sequence errors and a move to the current location', () => {
    const j = replayJourney([
      ev('verhuizing', '2025-01-01', 'A'),
      ev('instroom', '2025-01-10', 'A'),
      ev('instroom', '2025-01-11', 'B'),
      ev('verhuizing', '2025-01-12', 'A'),
      ev('uitstroom', '2025-01-13', 'C'),
    ]);
    expect(j.issues.map((i) => i.code)).toEqual([
      'no-open-stay',
      'stay-open',
      'move-to-current',
      'other-location',
    ]);
    expect(j.stays).toEqual([{ location: 'A', start: '2025-01-10', end: null }]);
  });

  it('puts milestones after the movements of their date: in reception on arrival and departure days', () => {
    const j = replayJourney([
      ev('jgz_intake', '2025-01-10'),
      ev('instroom', '2025-01-10', 'A'),
      ev('gza_inschrijving', '2025-02-01'),
      ev('uitstroom', '2025-02-01'),
      ev('vergunning', '2025-02-02'),
    ]);
    expect(j.issues).toEqual([
      expect.objectContaining({ code: 'milestone-outside-reception', order: order - 1 }),
    ]);
  });

  it('never throws and keeps stays consistent for any sequence of events', () => {
    const event = fc.record({
      type: fc.constantFrom(...EVENT_TYPES),
      date: fc.integer({ min: 0, max: 60 }).map((d) => fromDay(toDay('2025-01-01') + d)),
      location: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (raw) => {
        const j = replayJourney(raw.map((e, i) => ({ ...e, order: i })));
        for (let k = 1; k < j.stays.length; k++) {
          expect(j.stays[k - 1]!.end).not.toBeNull();
          expect(j.stays[k - 1]!.end! <= j.stays[k]!.start).toBe(true);
        }
        for (const stay of j.stays) expect(stay.end === null || stay.start < stay.end).toBe(true);
      }),
    );
  });
});

describe('NOOD episodes', () => {
  const periods: Record<string, { vanaf: string | null; value: boolean }[]> = {
    AZC: [{ vanaf: null, value: false }],
    NO1: [{ vanaf: null, value: true }],
    TGO: [{ vanaf: null, value: true }],
    // A noodopvang that becomes a regular azc on 2025-05-01.
    WISSEL: [
      { vanaf: null, value: true },
      { vanaf: '2025-05-01', value: false },
    ],
  };
  const periodsOf = (code: string) => periods[code]!;

  it('joins NOOD stays across locations into one episode and ends it at regular reception', () => {
    const j = replayJourney([
      ev('instroom', '2025-01-01', 'NO1'),
      ev('verhuizing', '2025-02-01', 'TGO'),
      ev('verhuizing', '2025-03-01', 'AZC'),
      ev('verhuizing', '2025-04-01', 'NO1'),
    ]);
    expect(noodEpisodes(j.stays, periodsOf)).toEqual([
      { start: '2025-01-01', end: '2025-03-01' },
      { start: '2025-04-01', end: null },
    ]);
  });

  it('ends an episode when the location itself stops being NOOD', () => {
    const j = replayJourney([ev('instroom', '2025-03-01', 'WISSEL')]);
    expect(noodEpisodes(j.stays, periodsOf)).toEqual([{ start: '2025-03-01', end: '2025-05-01' }]);
    expect(typedStays(j.stays, periodsOf).map((p) => [p.start, p.end, p.value])).toEqual([
      ['2025-03-01', '2025-05-01', true],
      ['2025-05-01', null, false],
    ]);
  });
});
