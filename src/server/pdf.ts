/**
 * What every PDF of Kindkader shares: A4, DejaVu Sans embedded (the PDF standard fonts lack ≤
 * and ≥), Dutch metadata, and on every page a footer with the page number and, in demo mode,
 * "Demodata — fictief".
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const resolve = createRequire(import.meta.url).resolve;
const FONTS = {
  regular: resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

export const DEMO_STAMP = 'Demodata — fictief';

export interface PdfInfo {
  Title: string;
  Author: string;
  Subject?: string;
  Keywords?: string;
}

/** A new document with the fonts `regular` and `bold`; `done` resolves to its bytes after `end`. */
export function startPdf(info: PdfInfo, margin: number) {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    bufferPages: true,
    info,
    lang: 'nl-NL',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolveDone, reject) => {
    doc.on('end', () => resolveDone(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  return { doc, done };
}

/** The footer (given the page number and the page count) and the demo stamp on every page. */
export function stampPages(
  doc: PDFKit.PDFDocument,
  options: { margin: number; footer: (page: number, pages: number) => string; demo: boolean },
) {
  const { margin } = options;
  const pages = doc.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i++) {
    doc.switchToPage(i);
    const width = doc.page.width - 2 * margin;
    // Writing in the margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.page.margins.top = 0;
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor('#555')
      .text(options.footer(i + 1, pages.count), margin, doc.page.height - 44, {
        width,
        align: 'center',
        lineBreak: false,
      });
    if (options.demo) {
      doc
        .font('bold')
        .fontSize(10)
        .fillColor('#8a1c1c')
        .text(DEMO_STAMP, margin, 28, { width, align: 'right', lineBreak: false });
    }
  }
}
