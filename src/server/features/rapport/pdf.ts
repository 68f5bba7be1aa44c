/**
 * The council report as an A4 PDF: cover and summary, headline figures with charts, the I1–I10
 * table, the evaluation per location, the improvement actions, sources and definitions. It lays
 * out the report model and computes no figure of its own.
 */
import type { ReportModel } from '../../../domain/rapport/model.js';
import { stampPages, startPdf } from '../../pdf.js';
import { barChart, lineChart } from './charts.js';

const MARGIN = 56;
const ACCENT = '#154273';
const MUTED = '#555';
const SHADE = '#eef2f7';

export function rapportPdf(model: ReportModel): Promise<Buffer> {
  const { doc, done } = startPdf(
    {
      Title: model.info.title,
      Author: model.info.author,
      Subject: model.info.subject,
      Keywords: model.info.keywords,
    },
    MARGIN,
  );
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN;

  /** Starts a new page when fewer than `height` points are left on this one. */
  const room = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const text = (value: string, options: PDFKit.Mixins.TextOptions = {}, size = 10) =>
    doc
      .font('regular')
      .fontSize(size)
      .fillColor('#000')
      .text(value, MARGIN, undefined, { width, ...options });
  const heading = (value: string, size = 15) => {
    room(size * 4);
    doc
      .font('bold')
      .fontSize(size)
      .fillColor(ACCENT)
      .text(value, MARGIN, undefined, { width })
      .moveDown(0.4);
  };
  const subheading = (value: string) => {
    room(60);
    doc
      .moveDown(0.5)
      .font('bold')
      .fontSize(11)
      .fillColor('#000')
      .text(value, MARGIN, undefined, { width })
      .moveDown(0.2);
  };
  const bullet = (value: string) => {
    room(28);
    const y = doc.y;
    doc.font('regular').fontSize(10.5).fillColor(ACCENT).text('•', MARGIN, y, { width: 12 });
    doc
      .fillColor('#000')
      .text(value, MARGIN + 14, y, { width: width - 14 })
      .moveDown(0.35);
  };

  // Cover and summary.
  doc.rect(MARGIN, MARGIN, width, 4).fill(ACCENT);
  doc.y = MARGIN + 24;
  doc
    .font('bold')
    .fontSize(22)
    .fillColor(ACCENT)
    .text(model.cover.title, MARGIN, undefined, { width });
  doc
    .moveDown(0.3)
    .font('bold')
    .fontSize(15)
    .fillColor('#000')
    .text(model.cover.subtitle, { width });
  doc.moveDown(0.4);
  for (const line of model.cover.lines) text(line, { lineGap: 2 }, 11);
  doc.moveDown(1.2);
  heading('Samenvatting');
  for (const sentence of model.summary) bullet(sentence);

  // Headline figures and charts.
  doc.addPage();
  heading('Kerncijfers');
  const boxWidth = (width - 3 * 8) / 4;
  const top = doc.y;
  model.headlines.forEach((h, i) => {
    const x = MARGIN + i * (boxWidth + 8);
    doc.rect(x, top, boxWidth, 86).fill(SHADE);
    doc
      .font('bold')
      .fontSize(20)
      .fillColor(ACCENT)
      .text(h.value, x + 8, top + 8, { width: boxWidth - 16, lineBreak: false });
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor('#000')
      .text(h.label, x + 8, top + 36, { width: boxWidth - 16 });
    doc
      .fontSize(8)
      .fillColor(MUTED)
      .text(h.note, x + 8, top + 72, { width: boxWidth - 16, lineBreak: false });
  });
  doc.x = MARGIN;
  doc.y = top + 100;
  subheading(model.byType.title);
  doc.y += barChart(doc, { x: MARGIN, y: doc.y + 4, width }, model.byType.bars) + 8;
  text(model.byType.note, {}, 8.5);
  for (const chart of model.trends) {
    room(230);
    subheading(chart.title);
    doc.y += lineChart(doc, { x: MARGIN, y: doc.y + 4, width }, chart);
    doc.x = MARGIN;
  }
  text(model.trendNote, {}, 8.5);

  // The I1–I10 table.
  doc.addPage();
  heading('De cijfers I1–I10');
  text(
    'De gemeente naast het land, op de peildatum. Alleen gepubliceerde cijfers, met kleine aantallen onderdrukt.',
  );
  doc.moveDown(0.6);
  const columns = { indicator: 30, value: 84 };
  const labelWidth = width - columns.indicator - 2 * columns.value;
  const row = (
    cells: [string, string, string, string],
    options: { bold?: boolean; shade?: boolean; part?: boolean },
  ) => {
    const font = options.bold ? 'bold' : 'regular';
    const labelX = MARGIN + columns.indicator + (options.part ? 10 : 0);
    const labelW = labelWidth - (options.part ? 10 : 0) - 6;
    doc.font(font).fontSize(8.5);
    const height = Math.max(13, doc.heightOfString(cells[1], { width: labelW }) + 4);
    room(height);
    const y = doc.y;
    if (options.shade) doc.rect(MARGIN, y, width, height).fill(SHADE);
    doc
      .font(font)
      .fontSize(8.5)
      .fillColor(options.part ? MUTED : '#000');
    doc.text(cells[0], MARGIN + 2, y + 2, { width: columns.indicator - 2, lineBreak: false });
    doc.text(cells[1], labelX, y + 2, { width: labelW });
    doc.fillColor('#000');
    const valueX = MARGIN + columns.indicator + labelWidth;
    doc.text(cells[2], valueX, y + 2, {
      width: columns.value - 6,
      align: 'right',
      lineBreak: false,
    });
    doc.text(cells[3], valueX + columns.value, y + 2, {
      width: columns.value - 6,
      align: 'right',
      lineBreak: false,
    });
    doc.x = MARGIN;
    doc.y = y + height;
  };
  row(['', 'Indicator', 'Gemeente', 'Landelijk'], { bold: true });
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .lineWidth(0.75)
    .strokeColor(MUTED)
    .stroke();
  let lastIndicator = '';
  let shade = false;
  for (const r of model.table.rows) {
    if (r.indicator !== lastIndicator) shade = !shade;
    row([r.indicator === lastIndicator ? '' : r.indicator, r.label, r.gemeente, r.landelijk], {
      shade,
      part: r.part,
    });
    lastIndicator = r.indicator;
  }
  doc.moveDown(0.6);
  text(model.table.legend, {}, 8.5);

  // The evaluation per location.
  doc.addPage();
  heading('Toetsing per locatie');
  text(model.compliance.intro);
  for (const location of model.compliance.locations) {
    room(80);
    subheading(location.title);
    text(`${location.facts}  —  ${location.counts}`, {}, 9);
    for (const f of location.failing) {
      room(30);
      doc.moveDown(0.15);
      text(`${f.norm}: ${f.outcome}`, {}, 9.5);
      if (f.change) {
        doc
          .font('regular')
          .fontSize(9)
          .fillColor('#000')
          .text(f.change, MARGIN + 12, undefined, { width: width - 12 });
        doc.x = MARGIN;
      }
    }
    if (location.unknown) {
      doc.moveDown(0.15);
      text(`Nog onbekend: ${location.unknown}.`, {}, 9);
    }
  }

  // The improvement actions: on the same page when there was no evaluation to show.
  if (model.compliance.locations.length) doc.addPage();
  else doc.moveDown(1.5);
  heading('Verbeteracties');
  text(model.actions.intro);
  doc.moveDown(0.5);
  for (const action of model.actions.rows) {
    const detail = `${action.locatie} · ${action.norm}`;
    const state = `${action.status}${action.overdue ? ', over de deadline' : ''} · deadline ${action.deadline} · eigenaar: ${action.eigenaar}`;
    doc.font('bold').fontSize(9.5);
    const needed =
      doc.heightOfString(action.omschrijving, { width: width - 12 }) +
      doc.heightOfString(detail, { width: width - 12 }) +
      doc.heightOfString(state, { width: width - 12 }) +
      10;
    room(needed);
    const y = doc.y;
    doc.rect(MARGIN, y, 4, needed - 6).fill(action.overdue ? '#b3004b' : ACCENT);
    doc
      .font('bold')
      .fontSize(9.5)
      .fillColor('#000')
      .text(action.omschrijving, MARGIN + 12, y, { width: width - 12 });
    doc
      .font('regular')
      .fontSize(9)
      .text(detail, MARGIN + 12, undefined, { width: width - 12 });
    doc
      .fillColor(action.overdue ? '#8a1c1c' : MUTED)
      .text(state, MARGIN + 12, undefined, { width: width - 12 });
    doc.x = MARGIN;
    doc.y = y + needed;
  }

  // Sources and definitions.
  doc.addPage();
  heading('Bronnen en definities');
  for (const section of model.sources) {
    subheading(section.heading);
    for (const paragraph of section.paragraphs) text(paragraph, { paragraphGap: 4 }, 9.5);
  }

  stampPages(doc, {
    margin: MARGIN,
    footer: (page, pages) => `${model.footer} · pagina ${page} van ${pages}`,
    demo: model.demo,
  });
  doc.end();
  return done;
}
