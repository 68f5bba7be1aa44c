import type { SignaalSoort, Signalenlijst } from '../../../contracts/signalen.js';
import type { ExportTable } from '../../exports.js';

/** What each signal is and what its number counts, in the words of the web page. */
const SIGNALEN: Record<SignaalSoort, { naam: string; eenheid: string }> = {
  noodopvang: { naam: 'Lang in noodopvang', eenheid: 'dagen in noodopvang' },
  onderwijs: { naam: 'Niet naar school', eenheid: 'dagen zonder onderwijs' },
  jgz: { naam: 'Geen JGZ-intake', eenheid: 'dagen sinds instroom' },
  overplaatsingen: { naam: 'Vaak overgeplaatst', eenheid: 'overplaatsingen in 12 maanden' },
  perspectiefplan: { naam: 'Bijna 18 zonder perspectiefplan', eenheid: 'dagen tot 18 jaar' },
  huisvesting: { naam: 'Statushouder wacht op woning', eenheid: 'dagen sinds vergunning' },
};

const COLUMNS = [
  'Peildatum',
  'Pseudoniem',
  'Leeftijd',
  'Amv',
  'Locatiecode',
  'Locatie',
  'Signaal',
  'Waarde',
  'Eenheid',
  'Drempel',
];

/** One row per signal, so that a spreadsheet can filter and count them by kind. */
export function signalTable(list: Signalenlijst, names: ReadonlyMap<string, string>): ExportTable {
  return {
    title: 'Signalen',
    columns: COLUMNS,
    rows: list.items.flatMap((kind) =>
      kind.signalen.map((signaal) => [
        list.peildatum,
        kind.pseudoniem,
        kind.leeftijd,
        kind.amv === null ? 'onbekend' : kind.amv ? 'ja' : 'nee',
        kind.locatie,
        names.get(kind.locatie) ?? '',
        SIGNALEN[signaal.soort].naam,
        signaal.waarde,
        SIGNALEN[signaal.soort].eenheid,
        signaal.drempel,
      ]),
    ),
  };
}
