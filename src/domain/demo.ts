/**
 * The national demo data set (data-formats.md, "Demo data"): fictitious locations in real
 * municipalities and fictitious children, deterministic for a seed, calibrated on the published
 * figures of the seed document — 16.623 children, one third in NOOD, half of the unaccompanied
 * minors in NOOD — at the demo peildatum. Produced as rows of the import formats, so that the
 * demo exercises the real import path.
 */
import { ageOn, fromDay, toDay } from './dates.js';
import type { LocatieType, Subtype } from './import/locaties.js';

export const DEMO_PEILDATUM = '2025-07-17';
export const DEMO_CHILDREN = 16_623;
/** Unaccompanied share among the children in reception (fictitious, of plausible size). */
const UNACCOMPANIED_SHARE = 0.25;
/** Municipality of the demo gemeente account; several demo locations lie there. */
export const DEMO_MUNICIPALITY = 'GM0014';

export type Row = Record<string, string>;

/** mulberry32: small, fast and deterministic. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface DemoLocation {
  code: string;
  type: LocatieType;
  subtype: Subtype | null;
  municipality: string;
  capacity: number;
  nood: boolean;
}

const MIX: {
  type: LocatieType;
  count: number;
  capacity: [number, number];
  subtypes?: Subtype[];
}[] = [
  { type: 'azc', count: 110, capacity: [250, 900] },
  { type: 'kleinschalig', count: 30, capacity: [60, 150] },
  { type: 'gezinslocatie', count: 8, capacity: [100, 300] },
  { type: 'col', count: 3, capacity: [400, 1200] },
  { type: 'pol', count: 6, capacity: [200, 600] },
  { type: 'kwv', count: 45, capacity: [16, 20] },
  {
    type: 'noodopvang',
    count: 65,
    capacity: [80, 500],
    subtypes: ['hotel', 'schip', 'paviljoen', 'kantoor', 'overig'],
  },
  { type: 'tgo', count: 30, capacity: [40, 250], subtypes: ['hotel', 'kantoor', 'overig'] },
  {
    type: 'crisisnoodopvang',
    count: 5,
    capacity: [50, 200],
    subtypes: ['sporthal', 'evenementenhal', 'hotel', 'schip'],
  },
];

const NOOD: ReadonlySet<LocatieType> = new Set(['noodopvang', 'tgo', 'crisisnoodopvang']);
const PARTNERS = [
  'KunstLab (De Vrolijkheid)',
  'TeamUp (Save the Children)',
  'Time4You (VluchtelingenWerk)',
  'gemeente',
  'overig',
];

export interface DemoSet {
  peildatum: string;
  locations: Row[];
  /** Generated lazily: the ten-fold set has a million rows. */
  events: () => Generator<Row>;
  activities: Row[];
  /** Codes for the demo locatie account: locations in the demo municipality with children. */
  demoLocations: string[];
  expectedChildren: number;
}

export function generateDemo(options: {
  seed: number;
  scale: 1 | 10;
  municipalities: readonly string[];
  /**
   * A point inside each municipality, `[lon, lat]`: a location is placed near it, so that a map
   * shows it in its own municipality. Without one, anywhere in the Netherlands.
   */
  centres?: ReadonlyMap<string, readonly [number, number]>;
}): DemoSet {
  const rnd = random(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const t = toDay(DEMO_PEILDATUM);

  // Locations: spread over many municipalities in every province; a few in the demo municipality.
  const locations: DemoLocation[] = [];
  const others = options.municipalities.filter((m) => m !== DEMO_MUNICIPALITY);
  let n = 0;
  for (const kind of MIX) {
    for (let i = 0; i < kind.count; i++) {
      n++;
      const inDemo =
        (kind.type === 'azc' && i < 2) ||
        (kind.type === 'noodopvang' && i < 1) ||
        (kind.type === 'kwv' && i < 1);
      const subtype = kind.subtypes ? pick(kind.subtypes) : null;
      locations.push({
        code: `DEMO-${kind.type.toUpperCase().slice(0, 3)}-${String(n).padStart(3, '0')}`,
        type: kind.type,
        subtype,
        municipality: inDemo ? DEMO_MUNICIPALITY : pick(others),
        capacity: between(kind.capacity[0], kind.capacity[1]) * options.scale,
        nood: NOOD.has(kind.type),
      });
    }
  }
  const regular = locations.filter((l) => !l.nood && l.type !== 'kwv');
  const kwv = locations.filter((l) => l.type === 'kwv');
  const nood = locations.filter((l) => l.nood);
  const entry = locations.filter((l) => l.type === 'col' || l.type === 'pol');
  const weighted = (list: DemoLocation[]) => {
    const total = list.reduce((s, l) => s + l.capacity, 0);
    return () => {
      let r = rnd() * total;
      for (const l of list) {
        r -= l.capacity;
        if (r < 0) return l;
      }
      return list.at(-1)!;
    };
  };
  const pickRegular = weighted(regular);
  const pickNood = weighted(nood);
  const pickKwv = weighted(kwv);
  const demoMunicipalityLocations = locations.filter((l) => l.municipality === DEMO_MUNICIPALITY);

  // Within about 400 m of the municipality's point; two draws either way, so the rest of the
  // set stays the same whether or not centres are given.
  const position = (municipality: string, u: number, v: number) => {
    const centre = options.centres?.get(municipality);
    const [lon, lat] = centre
      ? [centre[0] + (v - 0.5) * 0.008, centre[1] + (u - 0.5) * 0.005]
      : [3.5 + v * 3.5, 50.8 + u * 2.6];
    return { lat: lat.toFixed(4), lon: lon.toFixed(4) };
  };

  const locationRows: Row[] = locations.map((l, i) => ({
    code: l.code,
    naam: `${label(l.type)} ${l.code.slice(-3)} (fictief)`,
    gemeente: l.municipality,
    type: l.type,
    subtype: l.subtype ?? '',
    status: 'open',
    capaciteit: String(l.capacity),
    open_sinds: fromDay(t - between(400, 3000)),
    open_tot: l.nood ? fromDay(t + between(30, 400)) : fromDay(t + between(365, 4000)),
    beheerder: l.type === 'tgo' || l.type === 'crisisnoodopvang' ? 'gemeente' : 'coa',
    ...position(l.municipality, rnd(), rnd()),
    aparte_slaapruimte_kinderen: l.nood ? pick(['nee', 'nee', '']) : pick(['ja', 'ja', 'nee', '']),
    zelf_koken: l.nood ? 'nee' : pick(['ja', 'ja', 'nee']),
    afsluitbare_woonruimte_gezinnen: l.nood ? pick(['nee', '']) : 'ja',
    gescheiden_sanitair: pick(['ja', 'ja', 'nee', '']),
    terugtrekplek_kinderen: pick(['ja', 'nee', '']),
    speelvoorziening: l.nood ? pick(['ja', 'nee']) : 'ja',
    contactpersoon_kind: i % 9 === 0 ? 'nee' : 'ja',
    kinderraad: pick(['ja', 'nee', 'nee']),
    school_buiten_locatie: l.nood ? pick(['ja', 'nee']) : 'ja',
  }));

  const present = DEMO_CHILDREN * options.scale;
  const unaccompanied = Math.round(present * UNACCOMPANIED_SHARE);
  const noodTotal = Math.round(present / 3);
  const noodUnaccompanied = Math.round(unaccompanied / 2);
  const leavers = Math.round(present * 0.2);

  function* events(): Generator<Row> {
    const gen = random(options.seed ^ 0x9e3779b9);
    const r = () => gen();
    const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    let family = 0;
    for (let i = 0; i < present + leavers; i++) {
      const isPresent = i < present;
      const amv = isPresent ? i < unaccompanied : r() < UNACCOMPANIED_SHARE;
      const inNood =
        isPresent &&
        (amv ? i < noodUnaccompanied : i - unaccompanied < noodTotal - noodUnaccompanied);
      const childId = `DEMO-K${String(i + 1).padStart(7, '0')}`;
      const familyId = amv ? '' : `DEMO-G${String(++family).padStart(7, '0')}`;
      // Ages at t: unaccompanied mostly 14–17, others 0–17; a few about to turn 18.
      const ageMonths = amv ? int(13 * 12, 17 * 12 + 11) : int(0, 17 * 12 + 11);
      const birthDay = toDay(`${DEMO_PEILDATUM.slice(0, 8)}01`) - Math.round(ageMonths * 30.44);
      const birthMonth = fromDay(birthDay).slice(0, 7);
      const base = {
        kind_id: childId,
        geboortemaand: birthMonth,
        amv: amv ? 'ja' : 'nee',
        gezin_id: familyId,
      };
      const row = (gebeurtenis: string, day: number, locatie = '', soort = ''): Row => ({
        ...base,
        gebeurtenis,
        datum: fromDay(day),
        locatie,
        soort,
      });

      const end = isPresent ? t : t - int(10, 300);
      const arrival = Math.max(end - int(5, 900), toDay(`${birthMonth}-01`) + 1);
      const final = isPresent
        ? inNood
          ? pickNood()
          : amv
            ? r() < 0.6
              ? pickKwv()
              : pickRegular()
            : pickRegular()
        : pickRegular();
      // Transfers: from 0 up to 8 in a year; most children few, some many.
      const years = Math.max((end - arrival) / 365, 0.1);
      const wanted = Math.min(
        Math.floor(-Math.log(1 - r() * 0.999) * 1.4 * years),
        Math.floor(4 * years),
      );
      const last = end - (isPresent ? 0 : 1);
      const moves = Math.min(wanted, Math.max(last - arrival, 0));
      // One move in each of `moves` equal stretches of the stay: never more than 8 in a year.
      const stretch = (last - arrival) / Math.max(moves, 1);
      const moveDays: number[] = [];
      for (let m = 0; m < moves; m++) {
        const from = Math.max(
          arrival + 1 + Math.floor(m * stretch),
          (moveDays.at(-1) ?? arrival) + 1,
        );
        const upper = Math.max(from, arrival + Math.floor((m + 1) * stretch));
        moveDays.push(Math.min(int(from, upper), last));
      }
      // The path ends at the final location; each step differs from the next.
      const path: DemoLocation[] = new Array(moves + 1);
      path[moves] = final;
      for (let m = moves - 1; m >= 0; m--) {
        let previous = m === 0 && r() < 0.7 ? pick(entry) : r() < 0.35 ? pickNood() : pickRegular();
        while (previous === path[m + 1]) previous = pick(regular);
        path[m] = previous;
      }
      const rows: Row[] = [row('instroom', arrival, path[0]!.code)];
      moveDays.forEach((day, m) => {
        rows.push(row('verhuizing', day, path[m + 1]!.code));
      });
      // Milestones, with realistic delays; some never happen before t.
      const jgz = arrival + Math.round(-Math.log(1 - r()) * 25);
      if (jgz <= end) rows.push(row('jgz_intake', jgz));
      if (r() < 0.9) {
        const gza = arrival + int(0, 60);
        if (gza <= end) rows.push(row('gza_inschrijving', gza));
      }
      const schoolStart = Math.max(arrival, birthDay + 5 * 365 + 2);
      if (ageOn(birthMonth, fromDay(end)) >= 5 && r() < 0.93) {
        const day = schoolStart + Math.round(-Math.log(1 - r()) * 45);
        const age = ageOn(birthMonth, fromDay(Math.min(day, end)));
        if (day <= end && age <= 17)
          rows.push(
            row(
              'onderwijs_start',
              day,
              '',
              age < 12 ? pick(['po', 'po', 'so']) : pick(['isk', 'isk', 'vo']),
            ),
          );
      }
      const turning18Soon = ageOn(birthMonth, fromDay(t + 90)) >= 18;
      if (amv && turning18Soon && isPresent && r() < 0.55)
        rows.push(row('perspectiefplan_18', t - int(0, 60)));
      if (r() < (isPresent ? 0.12 : 0.5)) {
        const permit = Math.max(arrival + 1, end - int(1, 250));
        if (permit <= end) rows.push(row('vergunning', permit));
      }
      if (!isPresent) {
        const last = rows
          .map((e) => e.datum!)
          .sort()
          .at(-1)!;
        const leave = Math.max(toDay(last), end);
        rows.push(row('uitstroom', leave, '', pick(['woning', 'woning', 'vertrek', 'overig'])));
      }
      rows.sort((a, b) => (a.datum! < b.datum! ? -1 : a.datum! > b.datum! ? 1 : 0));
      yield* rows;
    }
  }

  const activities: Row[] = locations.flatMap((l, i) =>
    (l.type === 'col' ? [] : [0, 1, 2].slice(0, 1 + (i % 3))).map((k) => ({
      locatie: l.code,
      naam: `${pick(['Voetbal', 'Knutselen', 'Huiswerkklas', 'Muziek', 'Kinderraad', 'Dans'])} ${k + 1}`,
      partner: pick(PARTNERS),
      categorie: pick(['sport', 'kunst', 'spel', 'huiswerk', 'inspraak']),
      ...ages(pick([4, 6, 8, 12]), between(2, 8)),
      frequentie_per_week: pick(['1', '2', '0.5']),
      van: fromDay(t - between(30, 600)),
      tot: '',
      bereik: String(between(5, 40)),
    })),
  );

  return {
    peildatum: DEMO_PEILDATUM,
    locations: locationRows,
    events,
    activities,
    demoLocations: demoMunicipalityLocations.filter((l) => l.type !== 'kwv').map((l) => l.code),
    expectedChildren: present,
  };
}

function ages(from: number, span: number): { leeftijd_van: string; leeftijd_tot: string } {
  return { leeftijd_van: String(from), leeftijd_tot: String(Math.min(from + span, 17)) };
}

function label(type: LocatieType): string {
  const names: Record<LocatieType, string> = {
    azc: 'Azc',
    col: 'Centrale ontvangstlocatie',
    pol: 'Proces-opvanglocatie',
    kwv: 'Kleinschalige woonvoorziening',
    gezinslocatie: 'Gezinslocatie',
    kleinschalig: 'Kleinschalige opvang',
    noodopvang: 'Noodopvang',
    tgo: 'Tijdelijke gemeentelijke opvang',
    crisisnoodopvang: 'Crisisnoodopvang',
  };
  return names[type];
}
