/**
 * The tables of the site as spreadsheets: each built from exactly the answer its JSON route
 * gives the same caller, so that a download never shows more than the page. Dutch column names.
 */
import type { z } from 'zod';
import type { Activiteit } from '../../../contracts/activiteiten.js';
import type { AuditRegel } from '../../../contracts/audit.js';
import type { Gemeente } from '../../../contracts/gemeenten.js';
import type { IndicatorTabel } from '../../../contracts/indicatoren.js';
import type { Locatie } from '../../../contracts/locaties.js';
import type { ExportCell, ExportTable } from '../../exports.js';
import type { Gemeentetoetsing } from '../toetsing/schema.js';
import { cell, INDICATOR_COLUMNS, indicatorRows } from './indicator-rows.js';

type Toetsing = z.infer<typeof Gemeentetoetsing>;

const scopeName = (table: Pick<IndicatorTabel, 'scope'>) =>
  table.scope.type === 'all' ? 'landelijk' : table.scope.code;

export function indicatorTable(table: IndicatorTabel): ExportTable {
  return {
    title: 'Indicatoren',
    columns: ['Peildatum', 'Gebied', 'Onderdrukt', ...INDICATOR_COLUMNS],
    rows: indicatorRows(table).map((row) => [
      table.peildatum,
      scopeName(table),
      table.suppressed ? 'ja' : 'nee',
      ...row,
    ]),
  };
}

/** The figures that the site follows month by month (the trend section). */
const SERIES: readonly [string, (t: IndicatorTabel) => unknown][] = [
  ['Kinderen in de opvang (I1)', (t) => t.children.count],
  ['Aandeel kinderen in noodopvang (I2, 0–1)', (t) => t.childrenInNood.shareInNood],
  [
    'Aandeel kinderen met 2 of meer overplaatsingen in 12 maanden (I3, 0–1)',
    (t) => t.transfers12m.shareAtLeast2,
  ],
  ['Aandeel kinderen ingeschreven bij GZA (I7, 0–1)', (t) => t.gzaRegistered.share],
  ['Kinderen met een vergunning die wachten op een woning (I9)', (t) => t.statusWaiting.count],
];

export function seriesTable(items: readonly IndicatorTabel[]): ExportTable {
  return {
    title: 'Ontwikkeling per maand',
    columns: ['Peildatum', 'Gebied', 'Onderdrukt', ...SERIES.map(([label]) => label)],
    rows: items.map((table) => [
      table.peildatum,
      scopeName(table),
      table.suppressed ? 'ja' : 'nee',
      ...SERIES.map(([, pick]) => cell(pick(table))),
    ]),
  };
}

const UITKOMSTEN: Record<string, string> = {
  voldoet: 'Voldoet',
  voldoet_deels: 'Voldoet deels',
  voldoet_niet: 'Voldoet niet',
  onbekend: 'Onbekend',
  nvt: 'N.v.t.',
};

/**
 * The matrix of a municipality, one row per location and norm, then the municipal norms. The
 * explanations are the service's, which quote a location's figures only to its own staff.
 */
export function toetsingTable(toetsing: Toetsing): ExportTable {
  const titles = new Map(toetsing.kader.normen.map((n) => [n.norm.id, n.norm.title.nl]));
  const common = [toetsing.peildatum, toetsing.kader.versie];
  const outcome = (u: Toetsing['gemeentenormen'][number]): ExportCell[] => [
    u.norm,
    titles.get(u.norm) ?? '',
    UITKOMSTEN[u.uitkomst] ?? u.uitkomst,
    u.toelichting.nl,
    u.verandering?.nl ?? '',
  ];
  return {
    title: 'Toetsing',
    columns: [
      'Peildatum',
      'Kaderversie',
      'Niveau',
      'Locatiecode',
      'Locatie',
      'Norm',
      'Normtitel',
      'Uitkomst',
      'Toelichting',
      'Wat moet veranderen',
    ],
    rows: [
      ...toetsing.locaties.flatMap(({ locatie, uitkomsten }) =>
        uitkomsten.map((u) => [...common, 'locatie', locatie.code, locatie.naam, ...outcome(u)]),
      ),
      ...toetsing.gemeentenormen.map((u) => [
        ...common,
        'gemeente',
        toetsing.gemeente.code,
        toetsing.gemeente.naam,
        ...outcome(u),
      ]),
    ],
  };
}

const STATUS: Record<Locatie['status'], string> = {
  voorgesteld: 'Voorgesteld',
  open: 'Open',
  gesloten: 'Gesloten',
};

export function locatiesTable(locaties: readonly Locatie[]): ExportTable {
  return {
    title: 'Locaties',
    columns: [
      'Code',
      'Naam',
      'Gemeentecode',
      'Gemeente',
      'Type',
      'Subtype',
      'Status',
      'Capaciteit',
      'Open sinds',
      'Open tot',
      'Beheerder',
      'Adres',
      'Postcode',
      'Plaats',
    ],
    rows: locaties.map((l) => [
      l.code,
      l.naam,
      l.gemeenteCode,
      l.gemeenteNaam,
      l.type,
      l.subtype,
      STATUS[l.status],
      l.capaciteit,
      l.openSinds,
      l.openTot,
      l.beheerder,
      l.adres,
      l.postcode,
      l.plaats,
    ]),
  };
}

export function gemeentenTable(gemeenten: readonly Gemeente[]): ExportTable {
  return {
    title: 'Gemeenten',
    columns: ['Code', 'Naam', 'Provinciecode', 'Provincie'],
    rows: gemeenten.map((g) => [g.code, g.naam, g.provincieCode, g.provincieNaam]),
  };
}

const ACTOR_SOORT: Record<AuditRegel['actorSoort'], string> = {
  gebruiker: 'gebruiker',
  cli: 'beheer op de server (cli)',
  anoniem: 'niet ingelogd',
  systeem: 'systeem',
};

export function auditTable(regels: readonly AuditRegel[]): ExportTable {
  return {
    title: 'Auditlog',
    columns: [
      'Tijdstip',
      'Soort',
      'Wie',
      'Actie',
      'Objectsoort',
      'Object',
      'Uitkomst',
      'IP-adres',
      'Details',
    ],
    rows: regels.map((r) => [
      r.tijdstip,
      ACTOR_SOORT[r.actorSoort],
      r.actorEmail,
      r.actie,
      r.objectSoort,
      r.objectId,
      r.uitkomst,
      r.ip,
      JSON.stringify(r.details),
    ]),
  };
}

const CATEGORIEEN: Record<Activiteit['categorie'], string> = {
  sport: 'Sport en bewegen',
  kunst: 'Kunst en cultuur',
  spel: 'Spel',
  huiswerk: 'Huiswerkbegeleiding',
  inspraak: 'Inspraak',
  overig: 'Overig',
};

export function activiteitenTable(activiteiten: readonly Activiteit[]): ExportTable {
  return {
    title: 'Activiteiten',
    columns: [
      'Locatiecode',
      'Activiteit',
      'Partner',
      'Categorie',
      'Leeftijd van',
      'Leeftijd tot',
      'Keer per week',
      'Van',
      'Tot',
      'Bereik (kinderen)',
    ],
    rows: activiteiten.map((a) => [
      a.locatie,
      a.naam,
      a.partner,
      CATEGORIEEN[a.categorie],
      a.leeftijdVan,
      a.leeftijdTot,
      a.frequentiePerWeek,
      a.van,
      a.tot,
      a.bereik,
    ]),
  };
}
