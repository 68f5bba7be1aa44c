/**
 * The locatietoets as a PDF advice for the council: which norms a (proposed) location meets,
 * which it fails and what would have to change, what is not known yet. Dutch, A4, DejaVu Sans
 * (embedded: the PDF standard fonts lack ≤ and ≥), and "Demodata — fictief" on every page in
 * demo mode.
 */
import type { EffectiveFramework } from '../../../domain/framework/adoption.js';
import {
  countOutcomes,
  type Evaluation,
  type Outcome,
} from '../../../domain/framework/evaluate.js';
import { normsOf } from '../../../domain/framework/model.js';
import {
  formatDate,
  formatNumber,
  SUBTYPE_NAMES,
  TYPE_NAMES,
} from '../../../domain/framework/wording.js';
import { LOCATIE_TYPES, SUBTYPES } from '../../../domain/import/locaties.js';
import { stampPages, startPdf } from '../../pdf.js';

const MARGIN = 64;

export interface AdviceInput {
  peildatum: string;
  locatie: {
    code: string;
    naam: string;
    gemeenteNaam: string;
    type: string;
    subtype: string | null;
    status: 'voorgesteld' | 'open' | 'gesloten';
    capaciteit: number;
    openSinds: string | null;
    openTot: string | null;
    adres: string | null;
    postcode: string | null;
    plaats: string | null;
  };
  framework: EffectiveFramework;
  adopted: boolean;
  evaluations: readonly Evaluation[];
  demo: boolean;
}

/** The sections of the advice, in the order a council reads them. */
const SECTIONS: { title: string; outcomes: Outcome[]; empty: string }[] = [
  {
    title: 'Wat moet er veranderen',
    outcomes: ['voldoet_niet', 'voldoet_deels'],
    empty: 'Er is geen norm waaraan de locatie niet voldoet.',
  },
  {
    title: 'Wat is nog onbekend',
    outcomes: ['onbekend'],
    empty: 'Van elke norm die nu te toetsen is, zijn de gegevens bekend.',
  },
  {
    title: 'Waaraan de locatie voldoet',
    outcomes: ['voldoet'],
    empty: 'De locatie voldoet nog aan geen enkele norm.',
  },
  {
    title: 'Nog niet te toetsen of niet van toepassing',
    outcomes: ['nvt'],
    empty: 'Geen.',
  },
];

const OUTCOME_LABELS: Record<Outcome, string> = {
  voldoet: 'voldoet',
  voldoet_deels: 'voldoet deels',
  voldoet_niet: 'voldoet niet',
  onbekend: 'onbekend',
  nvt: 'n.v.t.',
};

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

function typeText(type: string, subtype: string | null): string {
  const name = isOneOf(LOCATIE_TYPES, type) ? TYPE_NAMES[type].nl : type;
  return isOneOf(SUBTYPES, subtype) ? `${name} in een ${SUBTYPE_NAMES[subtype].nl}` : name;
}

function summary(evaluations: readonly Evaluation[]): string {
  const n = countOutcomes(evaluations);
  const assessable = evaluations.length - n.nvt;
  return [
    `Van de ${assessable} normen die nu te toetsen zijn, voldoet de locatie aan ${n.voldoet}`,
    n.voldoet_deels ? `, deels aan ${n.voldoet_deels}` : '',
    `, niet aan ${n.voldoet_niet}, en van ${n.onbekend} is het nog onbekend.`,
    n.nvt ? ` ${n.nvt} normen zijn nog niet te toetsen of niet van toepassing.` : '',
  ].join('');
}

export function advicePdf(input: AdviceInput): Promise<Buffer> {
  const { locatie, framework } = input;
  const { doc, done } = startPdf(
    {
      Title: `Locatietoets ${locatie.naam}`,
      Author: 'Kindkader',
      Subject: `Toetsing aan het kwaliteitskader, versie ${framework.version}`,
    },
    MARGIN,
  );
  const titles = new Map(normsOf(framework).map(({ norm }) => [norm.id, norm.title.nl]));
  const width = doc.page.width - 2 * MARGIN;
  const text = (value: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc
      .font('regular')
      .fontSize(10.5)
      .fillColor('#000')
      .text(value, { width, ...options });
  /** A paragraph under an item, every line indented. */
  const indented = (value: string) => {
    doc
      .font('regular')
      .fontSize(10.5)
      .fillColor('#000')
      .text(value, MARGIN + 12, undefined, {
        width: width - 12,
      });
    doc.x = MARGIN;
  };
  const heading = (value: string, size: number) =>
    doc
      .moveDown(0.6)
      .font('bold')
      .fontSize(size)
      .fillColor('#000')
      .text(value, { width })
      .moveDown(0.3);

  heading(`Locatietoets: ${locatie.naam}`, 18);
  text(
    `Advies aan de gemeenteraad van ${locatie.gemeenteNaam} over ${locatie.status === 'voorgesteld' ? 'de voorgestelde' : 'de'} opvanglocatie ${locatie.naam} (${locatie.code}), getoetst aan het kwaliteitskader voor kindvriendelijke asielopvang, versie ${framework.version}${input.adopted ? ', zoals de gemeente het aannam' : ' (de basisversie: de gemeente heeft nog geen versie aangenomen)'}. Peildatum ${formatDate(input.peildatum, 'nl')}.`,
  );

  heading('De locatie', 13);
  const address = [locatie.adres, [locatie.postcode, locatie.plaats].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const facts: [string, string][] = [
    ['Adres', address || 'niet ingevuld'],
    ['Type opvang', typeText(locatie.type, locatie.subtype)],
    ['Capaciteit', `${formatNumber(locatie.capaciteit, 'nl')} plaatsen`],
    [
      'Geplande periode',
      `${locatie.openSinds ? `vanaf ${formatDate(locatie.openSinds, 'nl')}` : 'begin niet ingevuld'}, ${locatie.openTot ? `tot ${formatDate(locatie.openTot, 'nl')}` : 'einde niet ingevuld'}`,
    ],
    ['Status', locatie.status],
  ];
  for (const [label, value] of facts) {
    doc.font('bold').fontSize(10.5).text(`${label}: `, { continued: true, width });
    doc.font('regular').text(value);
  }

  heading('Samenvatting', 13);
  text(summary(input.evaluations));

  for (const section of SECTIONS) {
    heading(section.title, 13);
    const items = input.evaluations.filter((e) => section.outcomes.includes(e.outcome));
    if (!items.length) text(section.empty);
    for (const item of items) {
      doc
        .font('bold')
        .fontSize(10.5)
        .text(`${item.norm} ${titles.get(item.norm) ?? ''} — ${OUTCOME_LABELS[item.outcome]}`, {
          width,
        });
      if (item.change) indented(`Te veranderen: ${item.change.nl}.`);
      indented(item.explanation.nl);
      doc.moveDown(0.4);
    }
  }

  heading('Over deze toets', 13);
  text(
    'Kindkader toetst elke norm automatisch waar de gegevens dat toelaten. Onbekend betekent dat gegevens ontbreken; dat telt nooit als voldoen. Normen die een beoordelaar toetst, blijven onbekend tot ze beoordeeld zijn. Afstanden zijn hemelsbreed. Dit advies noemt geen cijfers over kinderen van één locatie.',
  );

  stampPages(doc, {
    margin: MARGIN,
    footer: (page, pages) =>
      `Kindkader · locatietoets ${locatie.code} · peildatum ${formatDate(input.peildatum, 'nl')} · pagina ${page} van ${pages}`,
    demo: input.demo,
  });
  doc.end();
  return done;
}
