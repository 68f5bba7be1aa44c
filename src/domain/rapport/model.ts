/**
 * Everything the council report (raadsrapportage) says, as text and chart data, before any
 * layout: the PDF renderer only places what this model holds. It is built from the published
 * set, the outcomes of the locations for readers outside them, and the improvement actions, so
 * a figure of a single location or a suppressed count cannot reach the page.
 */
import type { Outcome } from '../framework/evaluate.js';
import { formatDate, formatNumber } from '../framework/wording.js';
import type { PublishedTable } from '../indicators/suppression.js';
import {
  ACTION_STATUS_LABELS,
  type ActionItem,
  actionCounts,
  isOverdue,
  sortActions,
} from './actions.js';
import {
  type Bar,
  byTypeBars,
  figureTable,
  formatValue,
  LEGEND,
  type TableRow,
  valueAt,
} from './figures.js';
import { type ComplianceSummary, summarySentences } from './summary.js';
import { countTrend, shareTrend, type TrendChart, type TrendSource } from './trend.js';

/** A location's outcomes as its evaluation for readers outside it gives them. */
export interface LocationOutcomes {
  code: string;
  naam: string;
  type: string | null;
  status: 'voorgesteld' | 'open' | 'gesloten';
  evaluations: readonly { norm: string; outcome: Outcome; change: { nl: string } | null }[];
  /** The titles of the norms of the location's framework, by id. */
  titles: ReadonlyMap<string, string>;
}

/**
 * A part the reader may not see is `hidden`; `partial` when the reader sees only some of the
 * municipality's locations (a location's own staff).
 */
export type Visible<T> = { shown: false } | { shown: true; partial: boolean; items: T[] };

export interface ReportInput {
  gemeente: { code: string; naam: string };
  peildatum: string;
  /** The day the report is made: the actions' state is today's. */
  madeOn: string;
  municipal: PublishedTable;
  national: PublishedTable;
  /** Monthly, oldest first, ending at the peildatum. */
  series: { municipal: readonly TrendSource[]; national: readonly TrendSource[] };
  locations: Visible<LocationOutcomes>;
  actions: Visible<ActionItem>;
  demo: boolean;
}

export interface Headline {
  label: string;
  value: string;
  note: string;
}

export interface LocationBlock {
  title: string;
  facts: string;
  counts: string;
  failing: { norm: string; outcome: string; change: string | null }[];
  unknown: string | null;
}

export interface ActionRow {
  locatie: string;
  norm: string;
  omschrijving: string;
  eigenaar: string;
  deadline: string;
  status: string;
  overdue: boolean;
}

export interface Section {
  heading: string;
  paragraphs: string[];
}

export interface ReportModel {
  info: { title: string; subject: string; author: string; keywords: string };
  cover: { title: string; subtitle: string; lines: string[] };
  summary: string[];
  headlines: Headline[];
  byType: { title: string; bars: Bar[]; note: string };
  trends: TrendChart[];
  trendNote: string;
  table: { rows: TableRow[]; legend: string };
  compliance: { intro: string; locations: LocationBlock[] };
  actions: { intro: string; rows: ActionRow[] };
  sources: Section[];
  footer: string;
  demo: boolean;
}

const OUTCOME_LABELS: Record<Outcome, string> = {
  voldoet: 'voldoet',
  voldoet_deels: 'voldoet deels',
  voldoet_niet: 'voldoet niet',
  onbekend: 'onbekend',
  nvt: 'n.v.t.',
};
const OUTCOME_ORDER = Object.keys(OUTCOME_LABELS) as Outcome[];
const STATUS_LABELS = { voorgesteld: 'voorgesteld', open: 'open', gesloten: 'gesloten' } as const;
const failed = (outcome: Outcome) => outcome === 'voldoet_niet' || outcome === 'voldoet_deels';

const n = (value: number) => formatNumber(value, 'nl');

function headlines(municipal: PublishedTable, national: PublishedTable): Headline[] {
  const figure = (path: string, unit: 'count' | 'share') => ({
    value: formatValue(valueAt(municipal, path), unit),
    note: `landelijk ${formatValue(valueAt(national, path), unit)}`,
  });
  return [
    { label: 'Kinderen in de opvang (I1)', ...figure('children.count', 'count') },
    { label: 'Aandeel in noodopvang (I2)', ...figure('childrenInNood.shareInNood', 'share') },
    {
      label: 'Alleenstaande minderjarigen (I1)',
      ...figure('children.byUnaccompanied.unaccompanied', 'count'),
    },
    {
      label: 'Twee of meer overplaatsingen in 12 maanden (I3)',
      ...figure('transfers12m.shareAtLeast2', 'share'),
    },
  ];
}

function locationBlock(location: LocationOutcomes): LocationBlock {
  const title = (norm: string) => `${norm} ${location.titles.get(norm) ?? ''}`.trim();
  const counts = OUTCOME_ORDER.map(
    (o) => `${n(location.evaluations.filter((e) => e.outcome === o).length)} ${OUTCOME_LABELS[o]}`,
  ).join(' · ');
  const unknown = location.evaluations.filter((e) => e.outcome === 'onbekend');
  return {
    title: `${location.naam} (${location.code})`,
    facts: [location.type ?? 'type onbekend', STATUS_LABELS[location.status]].join(' · '),
    counts,
    failing: location.evaluations
      .filter((e) => failed(e.outcome))
      .map((e) => ({
        norm: title(e.norm),
        outcome: OUTCOME_LABELS[e.outcome],
        change: e.change ? `Te veranderen: ${e.change.nl}.` : null,
      })),
    unknown: unknown.length ? unknown.map((e) => title(e.norm)).join('; ') : null,
  };
}

function complianceSummary(locations: readonly LocationOutcomes[]): ComplianceSummary {
  const perNorm = new Map<string, { title: string; locations: number }>();
  for (const location of locations) {
    for (const e of location.evaluations.filter((x) => failed(x.outcome))) {
      const entry = perNorm.get(e.norm) ?? {
        title: location.titles.get(e.norm) ?? '',
        locations: 0,
      };
      entry.locations++;
      perNorm.set(e.norm, entry);
    }
  }
  return {
    locations: locations.length,
    failing: locations.filter((l) => l.evaluations.some((e) => failed(e.outcome))).length,
    mostFailed: [...perNorm]
      .map(([norm, entry]) => ({ norm, ...entry }))
      .sort((a, b) => b.locations - a.locations || a.norm.localeCompare(b.norm, 'nl'))
      .slice(0, 3),
  };
}

const HIDDEN_NOTE =
  'is alleen te zien voor ingelogde accounts met toegang tot deze gemeente (gemeente, monitor, beheerder) of tot haar locaties. Deze versie van het rapport bevat alleen de gepubliceerde cijfers.';
const PARTIAL_NOTE =
  'Dit rapport toont alleen de locaties waarvoor uw account werkt; andere locaties van de gemeente staan er niet in.';

function complianceIntro(locations: Visible<LocationOutcomes>): string {
  if (!locations.shown) return `De toetsing per locatie ${HIDDEN_NOTE}`;
  if (!locations.items.length) return 'De gemeente heeft geen opvanglocaties in Kindkader.';
  return [
    'Elke locatie is getoetst aan het kwaliteitskader dat de gemeente aannam (of aan de basisversie zolang ze niets aannam), op de peildatum. Een indicatornorm van één locatie toont alleen de uitkomst, zonder de cijfers van de kinderen daar.',
    locations.partial ? PARTIAL_NOTE : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function actionsIntro(actions: Visible<ActionItem>, madeOn: string): string {
  if (!actions.shown) return `Het overzicht van de verbeteracties ${HIDDEN_NOTE}`;
  if (!actions.items.length)
    return 'Er zijn nog geen verbeteracties vastgelegd in de beoordelingen van de locaties.';
  return [
    `De verbeteracties uit de beoordelingen van de locaties, zoals ze op ${formatDate(madeOn, 'nl')} staan: eerst wat nog open staat (de eerste deadline bovenaan), daarna wat is afgerond. Over de deadline: nog open terwijl de deadline voorbij is.`,
    actions.partial ? PARTIAL_NOTE : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function actionRows(actions: readonly ActionItem[], madeOn: string): ActionRow[] {
  return sortActions(actions).map((a) => ({
    locatie: a.locatie.naam,
    norm: a.norm ? `${a.norm.id} ${a.norm.titel}` : 'de beoordeling als geheel',
    omschrijving: a.omschrijving,
    eigenaar: a.eigenaar,
    deadline: formatDate(a.deadline, 'nl'),
    status: ACTION_STATUS_LABELS[a.status],
    overdue: isOverdue(a, madeOn),
  }));
}

function sources(input: ReportInput): Section[] {
  const date = formatDate(input.peildatum, 'nl');
  const first = input.series.municipal[0]?.peildatum;
  return [
    {
      heading: 'Peildatum en populatie',
      paragraphs: [
        `Alle cijfers gelden op de peildatum ${date}, aan het eind van die dag${first ? `; de reeksen kijken per maand terug tot ${formatDate(first, 'nl')}` : ''}.`,
        'Geteld worden minderjarigen (jonger dan 18) die op de peildatum in een opvanglocatie wonen: voor de gemeente de locaties in de gemeente, landelijk alle locaties. Een kind telt op de locatie waar het aan het eind van de dag woont. Noodopvang: de types noodopvang, tgo en crisisnoodopvang.',
        '"In de afgelopen 12 maanden" is de 365 dagen tot en met de peildatum.',
      ],
    },
    {
      heading: 'Bronnen',
      paragraphs: [
        'De reizen van de kinderen (aankomst, verhuizing, vertrek, school, JGZ-intake, GZA-inschrijving, verblijfsvergunning, perspectiefplan) komen uit de gebeurtenissen die de opvangorganisaties in Kindkader laden, gepseudonimiseerd: zonder naam, BSN of V-nummer. De locaties en hun kenmerken komen van de gemeente en het COA.',
        'Gemeenten, hun namen en codes: Bron: CBS, gemeentelijke indeling op 1 januari 2025.',
        'Het kwaliteitskader: de basisversie van Kindkader naar de aanbevelingen van de Werkgroep Kind in azc, zoals de gemeente het aannam.',
        ...(input.demo
          ? [
              'Demodata — fictief: alle cijfers, locaties en acties in dit rapport zijn verzonnen om Kindkader te laten zien.',
            ]
          : []),
      ],
    },
    {
      heading: 'Onderdrukking van kleine aantallen',
      paragraphs: [
        'Dit rapport bevat alleen gepubliceerde cijfers: de landelijke en gemeentelijke tabellen, samen onderdrukt volgens vaste regels, voor iedereen gelijk. Cijfers van de kinderen van één locatie staan er niet in.',
        '1. Een aantal van 1 tot en met 4 wordt niet gepubliceerd (x). Een 0 wel.',
        '2. Zou een niet-gepubliceerd aantal terug te rekenen zijn uit andere aantallen (een totaal min de delen, of het land min de andere gemeenten), dan wordt ook het kleinste andere aantal in die som niet gepubliceerd.',
        '3. Een aandeel wordt niet gepubliceerd als de teller of de noemer niet gepubliceerd is.',
        '4. Een mediaan van minder dan 10 kinderen wordt niet gepubliceerd, net als een Kaplan–Meier-cijfer met minder dan 5 gebeurtenissen ervoor of minder dan 5 kinderen erna.',
        LEGEND,
      ],
    },
    {
      heading: 'De indicatoren',
      paragraphs: [
        'I1 kinderen in de opvang, per type locatie en alleenstaand of niet. I2 kinderen in noodopvang. I3 overplaatsingen in de afgelopen 12 maanden. I4 duur in noodopvang: van wie er nu is, en tot doorplaatsing naar reguliere opvang. I5 tijd tot school voor kinderen van 5–17 jaar, en wie langer dan 90 dagen niet is ingeschreven. I6 tijd tot de intake bij de jeugdgezondheidszorg (JGZ). I7 inschrijving bij een huisarts (GZA). I8 kinderen die binnen 90 dagen 18 worden, en alleenstaanden onder hen met een perspectiefplan. I9 kinderen met een verblijfsvergunning die nog in de opvang wonen, en hoe lang al. I10 tijd van vergunning tot woning.',
        'Kaplan–Meier: bij een duur die nog loopt (een kind is nog niet op school, nog in noodopvang) telt de tijd tot nu mee, in plaats van het kind weg te laten. De mediaan is de dag waarop de helft de gebeurtenis had; "niet bereikt" betekent dat nog niet de helft zo ver is.',
        'Aandelen staan in dit rapport met één decimaal, dagen als hele of halve dagen.',
      ],
    },
    {
      heading: 'De toetsing en de verbeteracties',
      paragraphs: [
        'Voldoet niet of voldoet deels: de locatie haalt de norm niet (helemaal). Onbekend: er ontbreken gegevens, of een beoordelaar moet nog oordelen; dat telt nooit als voldoen. N.v.t.: de norm geldt niet, bijvoorbeeld omdat er geen kinderen wonen.',
        'Verbeteracties leggen de gemeente en de locatie vast in de beoordeling van een locatie, met een eigenaar en een deadline.',
      ],
    },
  ];
}

/** The report's content, from the gathered published figures, outcomes and actions. */
export function reportModel(input: ReportInput): ReportModel {
  const { gemeente, municipal, national } = input;
  const date = formatDate(input.peildatum, 'nl');
  const locations = input.locations.shown ? input.locations.items : null;
  const actions = input.actions.shown ? input.actions.items : null;
  const yearBefore = input.series.municipal.at(-13) ?? null;
  return {
    info: {
      title: `Raadsrapportage kindvriendelijke asielopvang, gemeente ${gemeente.naam}, peildatum ${date}`,
      subject:
        'Kinderen in de asielopvang: de gepubliceerde cijfers, de toetsing aan het kwaliteitskader en de verbeteracties',
      author: 'Kindkader',
      keywords: `${gemeente.code}, raadsrapportage, kwaliteitskader, asielopvang, kinderen`,
    },
    cover: {
      title: 'Raadsrapportage kindvriendelijke asielopvang',
      subtitle: `Gemeente ${gemeente.naam} (${gemeente.code})`,
      lines: [
        `Peildatum ${date}`,
        `Gemaakt op ${formatDate(input.madeOn, 'nl')} met Kindkader`,
        ...(input.demo ? ['Demodata — fictief'] : []),
      ],
    },
    summary: summarySentences({
      gemeente: gemeente.naam,
      peildatum: input.peildatum,
      municipal,
      national,
      yearBefore,
      compliance: locations && complianceSummary(locations),
      actions: actions && actionCounts(actions, input.madeOn),
    }),
    headlines: headlines(municipal, national),
    byType: {
      title: 'Kinderen per type locatie in de gemeente (I1)',
      bars: byTypeBars(municipal),
      note: 'Een type met x heeft een niet-gepubliceerd aantal en dus geen staaf.',
    },
    trends: [
      countTrend(input.series.municipal),
      shareTrend(input.series.municipal, input.series.national),
    ],
    trendNote:
      'Een maand waarin het cijfer niet gepubliceerd is (x), heeft geen punt: de lijn is daar onderbroken.',
    table: { rows: figureTable(municipal, national), legend: LEGEND },
    compliance: {
      intro: complianceIntro(input.locations),
      locations: locations?.map(locationBlock) ?? [],
    },
    actions: {
      intro: actionsIntro(input.actions, input.madeOn),
      rows: actions ? actionRows(actions, input.madeOn) : [],
    },
    sources: sources(input),
    footer: `Kindkader · raadsrapportage ${gemeente.naam} (${gemeente.code}) · peildatum ${date}`,
    demo: input.demo,
  };
}
