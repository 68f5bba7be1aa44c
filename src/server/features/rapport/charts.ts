/**
 * Vector charts for the council report, drawn with pdfkit's own paths: horizontal bars and
 * monthly lines. They draw only what the model holds; a missing (suppressed) value is a gap,
 * never an estimate. The second line is dashed as well as coloured, so that it reads in grey.
 */
import { formatNumber } from '../../../domain/framework/wording.js';
import type { Bar } from '../../../domain/rapport/figures.js';
import type { TrendChart } from '../../../domain/rapport/trend.js';

type Doc = PDFKit.PDFDocument;
export interface Box {
  x: number;
  y: number;
  width: number;
}

const INK = '#000';
const MUTED = '#555';
const GRID = '#d0d0d0';
const COLOURS = ['#154273', '#b3004b'];
const DASHES = [null, [4, 2]] as const;

/** 1, 2 or 5 times a power of ten, so that about four steps reach `max`. */
function niceStep(max: number, integer: boolean): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  return integer ? Math.max(1, Math.round(step)) : step;
}

function axis(values: readonly (number | null)[], integer: boolean) {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  if (max === 0) return { top: integer ? 10 : 0.1, step: integer ? 5 : 0.05 };
  const step = niceStep(max, integer);
  return { top: Math.ceil(max / step) * step, step };
}

const tickText = (value: number, unit: 'count' | 'share') =>
  unit === 'share' ? `${formatNumber(value * 100, 'nl', 1)}%` : formatNumber(value, 'nl');

/** One bar per label, the value written at its end; returns the height used. */
export function barChart(doc: Doc, box: Box, bars: readonly Bar[]): number {
  const labelWidth = 130;
  const valueWidth = 48;
  const rowHeight = 15;
  const plotWidth = box.width - labelWidth - valueWidth;
  const { top } = axis(
    bars.map((b) => b.value),
    true,
  );
  bars.forEach((bar, i) => {
    const y = box.y + i * rowHeight;
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(INK)
      .text(bar.label, box.x, y + 2, { width: labelWidth - 8, align: 'right', lineBreak: false });
    const length = bar.value === null ? 0 : (bar.value / top) * plotWidth;
    if (length > 0) {
      doc.rect(box.x + labelWidth, y + 2, length, rowHeight - 4).fill(COLOURS[0]);
    }
    doc
      .font(bar.value === null ? 'bold' : 'regular')
      .fontSize(9)
      .fillColor(INK)
      .text(bar.text, box.x + labelWidth + length + 4, y + 2, {
        width: valueWidth,
        lineBreak: false,
      });
  });
  doc
    .moveTo(box.x + labelWidth, box.y)
    .lineTo(box.x + labelWidth, box.y + bars.length * rowHeight)
    .lineWidth(0.75)
    .strokeColor(MUTED)
    .stroke();
  return bars.length * rowHeight;
}

/** Monthly lines over a grid with a legend; returns the height used. */
export function lineChart(doc: Doc, box: Box, chart: TrendChart): number {
  const height = 115;
  const left = 46;
  const plot = { x: box.x + left, y: box.y + 4, width: box.width - left - 8, height };
  const all = chart.lines.flatMap((l) => l.values);
  const { top, step } = axis(all, chart.unit === 'count');
  const months = chart.months.length;
  const xOf = (i: number) => plot.x + (months > 1 ? (i / (months - 1)) * plot.width : 0);
  const yOf = (v: number) => plot.y + plot.height - (v / top) * plot.height;

  doc.lineWidth(0.5).strokeColor(GRID);
  for (let v = 0; v <= top + step / 2; v += step) {
    doc
      .moveTo(plot.x, yOf(v))
      .lineTo(plot.x + plot.width, yOf(v))
      .stroke();
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(tickText(v, chart.unit), box.x, yOf(v) - 4, {
        width: left - 6,
        align: 'right',
        lineBreak: false,
      });
  }
  chart.months.forEach((month, i) => {
    if ((months - 1 - i) % 3 !== 0) return;
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(month, xOf(i) - 20, plot.y + plot.height + 4, {
        width: 40,
        align: 'center',
        lineBreak: false,
      });
  });

  chart.lines.forEach((line, index) => {
    const colour = COLOURS[index % COLOURS.length]!;
    const dash = DASHES[index % DASHES.length];
    doc.lineWidth(1.6).strokeColor(colour);
    if (dash) doc.dash(dash[0], { space: dash[1] });
    else doc.undash();
    let drawing = false;
    line.values.forEach((v, i) => {
      if (v === null) {
        drawing = false;
        return;
      }
      if (drawing) doc.lineTo(xOf(i), yOf(v));
      else doc.moveTo(xOf(i), yOf(v));
      drawing = true;
    });
    doc.stroke().undash();
    line.values.forEach((v, i) => {
      if (v !== null) doc.circle(xOf(i), yOf(v), 1.6).fill(colour);
    });
  });

  let legendX = plot.x;
  const legendY = plot.y + plot.height + 18;
  chart.lines.forEach((line, index) => {
    const colour = COLOURS[index % COLOURS.length]!;
    const dash = DASHES[index % DASHES.length];
    doc.lineWidth(1.6).strokeColor(colour);
    if (dash) doc.dash(dash[0], { space: dash[1] });
    doc
      .moveTo(legendX, legendY + 4)
      .lineTo(legendX + 22, legendY + 4)
      .stroke()
      .undash();
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(INK)
      .text(line.label, legendX + 27, legendY, { lineBreak: false });
    legendX += 27 + doc.widthOfString(line.label) + 18;
  });
  return plot.height + 34;
}
