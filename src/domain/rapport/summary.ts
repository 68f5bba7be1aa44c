/**
 * The summary of the council report in plain Dutch: sentences made from the published figures.
 * A suppressed figure is never a number in a sentence: the sentence says it is not published
 * ("niet gepubliceerd") and the closing sentence says what that means.
 */
import { formatDate, formatNumber, formatShare } from '../framework/wording.js';
import type { PublishedTable } from '../indicators/suppression.js';
import { SUPPRESSED } from './figures.js';
import type { TrendSource } from './trend.js';

export interface ComplianceSummary {
  locations: number;
  /** Locations with at least one norm they do not (fully) meet. */
  failing: number;
  /** The norms most locations fail, most first. */
  mostFailed: { norm: string; title: string; locations: number }[];
}

export interface ActionSummary {
  open: number;
  overdue: number;
  done: number;
}

export interface SummaryInput {
  gemeente: string;
  peildatum: string;
  municipal: PublishedTable;
  national: PublishedTable;
  /** The municipality's table twelve months before the peildatum, from the series. */
  yearBefore: TrendSource | null;
  /** Null when the reader may not see the evaluation of the locations. */
  compliance: ComplianceSummary | null;
  /** Null when the reader may not see the improvement actions. */
  actions: ActionSummary | null;
}

type Value = number | string | null;

export const NOT_PUBLISHED_MEANING =
  'Niet gepubliceerd betekent: het aantal is kleiner dan 5, of het is afgeschermd zodat een klein aantal niet terug te rekenen is. Zo is geen kind herkenbaar.';
const TOO_FEW =
  'te weinig kinderen of gebeurtenissen om het betrouwbaar en zonder herkenbaarheid te tonen';

const n = (value: number) => formatNumber(value, 'nl');
const pct = (value: number) => formatShare(value, 'nl');
const isNumber = (value: Value): value is number => typeof value === 'number';
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** "12 van hen (9,8%)", "geen van hen", or null when the part is not published. */
function partOf(count: Value, share: Value): string | null {
  if (!isNumber(count)) return null;
  if (count === 0) return 'geen van hen';
  return isNumber(share) ? `${n(count)} van hen (${pct(share)})` : `${n(count)} van hen`;
}

function childrenSentences(input: SummaryInput, place: string, date: string): string[] {
  const { children, childrenInNood } = input.municipal;
  const total = children.count;
  const nood = partOf(childrenInNood.count, childrenInNood.shareInNood);
  if (total === 0) return [`Op ${date} woonden er geen kinderen in de opvang in ${place}.`];
  if (!isNumber(total)) {
    const rest =
      nood === null
        ? ' Ook hoeveel van hen in noodopvang woonden, is niet gepubliceerd.'
        : ` In noodopvang woonden er ${nood.replace(' van hen', '')}.`;
    return [
      `Hoeveel kinderen er op ${date} in de opvang in ${place} woonden, is niet gepubliceerd.${rest}`,
    ];
  }
  const first = `Op ${date} woonden ${n(total)} kinderen in de opvang in ${place}`;
  const sentences = [
    nood === null
      ? `${first}; hoeveel van hen in noodopvang woonden, is niet gepubliceerd.`
      : nood === 'geen van hen'
        ? `${first}; geen van hen woonde in noodopvang.`
        : `${first}; ${nood} in noodopvang.`,
  ];
  const amv = children.byUnaccompanied.unaccompanied;
  const amvNood = partOf(
    childrenInNood.childrenInNoodUnaccompanied,
    childrenInNood.shareInNoodUnaccompanied,
  );
  if (amv === 0) sentences.push('Er woonden geen alleenstaande minderjarigen (amv) onder hen.');
  else if (!isNumber(amv))
    sentences.push(
      'Hoeveel van hen alleenstaande minderjarigen (amv) waren, is niet gepubliceerd.',
    );
  else {
    const start = `${n(amv)} van hen waren alleenstaande minderjarigen (amv)`;
    sentences.push(
      amvNood === null
        ? `${start}; hoeveel amv in noodopvang woonden, is niet gepubliceerd.`
        : amvNood === 'geen van hen'
          ? `${start}; geen van hen woonde in noodopvang.`
          : `${start}; ${amvNood} in noodopvang.`,
    );
  }
  return sentences;
}

function nationalSentence(national: PublishedTable): string | null {
  const total = national.children.count;
  const share = national.childrenInNood.shareInNood;
  if (!isNumber(total) || total === 0) return null;
  return isNumber(share)
    ? `Landelijk woonden op dezelfde dag ${n(total)} kinderen in de opvang, van wie ${pct(share)} in noodopvang.`
    : `Landelijk woonden op dezelfde dag ${n(total)} kinderen in de opvang.`;
}

function trendSentence(input: SummaryInput): string | null {
  const before = input.yearBefore;
  if (!before) return null;
  const then = before.children.count;
  const now = input.municipal.children.count;
  const date = formatDate(before.peildatum, 'nl');
  if (!isNumber(then) || !isNumber(now)) {
    const which = !isNumber(then) && !isNumber(now) ? 'beide aantallen zijn' : 'één van de twee is';
    return `Met een jaar eerder (${date}) is het aantal kinderen niet te vergelijken: ${which} niet gepubliceerd.`;
  }
  if (then === now) return `Een jaar eerder, op ${date}, waren het er evenveel.`;
  const difference = Math.abs(now - then);
  return `Een jaar eerder, op ${date}, waren het er ${n(then)}: nu ${n(difference)} ${now > then ? 'meer' : 'minder'}.`;
}

function transferSentence({ transfers12m }: PublishedTable): string {
  const count = transfers12m.atLeast2;
  if (count === 0)
    return 'Geen enkel kind werd in de afgelopen 12 maanden twee keer of vaker overgeplaatst.';
  if (!isNumber(count))
    return 'Hoeveel kinderen in de afgelopen 12 maanden twee keer of vaker werden overgeplaatst, is niet gepubliceerd.';
  const share = transfers12m.shareAtLeast2;
  return `${n(count)} kinderen${isNumber(share) ? ` (${pct(share)})` : ''} werden in de afgelopen 12 maanden twee keer of vaker overgeplaatst.`;
}

function noodDurationSentence({ daysInNood }: PublishedTable): string | null {
  const median = daysInNood.km.median;
  const who = 'de kinderen die in de afgelopen 12 maanden in noodopvang kwamen';
  if (median === null) return null;
  if (median === SUPPRESSED)
    return `Hoe lang ${who} daar bleven, is niet gepubliceerd: ${TOO_FEW}.`;
  if (median === 'niet bereikt')
    return `Van ${who}, is nog niet de helft doorgeplaatst naar reguliere opvang.`;
  return `Van ${who}, was de helft na ${n(median)} ${plural(median, 'dag', 'dagen')} doorgeplaatst naar reguliere opvang (mediaan, Kaplan–Meier).`;
}

function schoolSentences(input: SummaryInput, date: string): string[] {
  const sentences: string[] = [];
  const share = input.municipal.daysToSchool.km.oneMinusS90;
  const national = input.national.daysToSchool.km.oneMinusS90;
  const who = 'de kinderen van 5–17 jaar die in de afgelopen 12 maanden aankwamen';
  if (share === SUPPRESSED)
    sentences.push(
      `Hoeveel van ${who} binnen 90 dagen op school stonden, is niet gepubliceerd: ${TOO_FEW}.`,
    );
  else if (isNumber(share))
    sentences.push(
      `Van ${who}, stond ${pct(share)} binnen 90 dagen op school${isNumber(national) ? ` (landelijk ${pct(national)})` : ''}.`,
    );
  const late = input.municipal.daysToSchool.notEnrolledOver90;
  if (late === 0)
    sentences.push(
      `Op ${date} stond geen enkel kind van 5–17 jaar langer dan 90 dagen niet op een school ingeschreven.`,
    );
  else if (isNumber(late))
    sentences.push(
      `${n(late)} kinderen van 5–17 jaar stonden op ${date} langer dan 90 dagen niet op een school ingeschreven; de wet vraagt onderwijs binnen drie maanden.`,
    );
  else
    sentences.push(
      'Hoeveel kinderen van 5–17 jaar langer dan 90 dagen niet op een school stonden ingeschreven, is niet gepubliceerd.',
    );
  return sentences;
}

function complianceSentence(summary: ComplianceSummary): string {
  const { locations, failing, mostFailed } = summary;
  if (!locations) return 'De gemeente heeft geen opvanglocaties in Kindkader.';
  const start =
    failing === 0
      ? locations === 1
        ? 'De enige opvanglocatie haalt geen enkele norm niet of maar deels.'
        : `Van de ${n(locations)} opvanglocaties is er geen die een norm niet of maar deels haalt.`
      : failing === locations
        ? `${locations === 1 ? 'De enige opvanglocatie voldoet' : `Alle ${n(locations)} opvanglocaties voldoen`} aan één of meer normen niet (of maar deels).`
        : `Van de ${n(locations)} opvanglocaties ${plural(failing, 'voldoet er', 'voldoen er')} ${n(failing)} aan één of meer normen niet (of maar deels).`;
  if (!mostFailed.length) return start;
  const list = mostFailed
    .map(
      (m) =>
        `${m.norm} ${m.title} (${n(m.locations)} ${plural(m.locations, 'locatie', 'locaties')})`,
    )
    .join(', ');
  return `${start} Het vaakst niet gehaald: ${list}.`;
}

function actionSentence({ open, overdue, done }: ActionSummary): string {
  if (open + done === 0) return 'Er zijn nog geen verbeteracties vastgelegd.';
  const openPart =
    open === 0
      ? 'Er staan geen verbeteracties open'
      : `Er ${plural(open, 'staat', 'staan')} ${n(open)} ${plural(open, 'verbeteractie', 'verbeteracties')} open${overdue ? `, waarvan ${n(overdue)} over de deadline` : ''}`;
  return `${openPart}; ${n(done)} ${plural(done, 'is', 'zijn')} afgerond.`;
}

/** The summary, sentence by sentence. */
export function summarySentences(input: SummaryInput): string[] {
  const date = formatDate(input.peildatum, 'nl');
  const place = `de gemeente ${input.gemeente}`;
  const sentences = childrenSentences(input, place, date);
  const national = nationalSentence(input.national);
  if (national) sentences.push(national);
  const trend = trendSentence(input);
  if (trend) sentences.push(trend);
  if (input.municipal.children.count !== 0) {
    sentences.push(transferSentence(input.municipal));
    const nood = noodDurationSentence(input.municipal);
    if (nood) sentences.push(nood);
    sentences.push(...schoolSentences(input, date));
  }
  if (input.compliance) sentences.push(complianceSentence(input.compliance));
  if (input.actions) sentences.push(actionSentence(input.actions));
  if (sentences.some((s) => s.includes('niet gepubliceerd'))) sentences.push(NOT_PUBLISHED_MEANING);
  return sentences;
}
