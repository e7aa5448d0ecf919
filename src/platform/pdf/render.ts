import PDFDocument from 'pdfkit';
import { fontData } from './fonts.ts';
import {
  BOLD,
  contentWidth,
  drawItemTable,
  drawKeyValue,
  drawSignatures,
  ensureSpace,
  REGULAR,
} from './layout.ts';
import type { PdfBlock, PdfDoc } from './types.ts';

const MARGINS = { top: 56, bottom: 64, left: 50, right: 50 };

function drawBlock(doc: PDFKit.PDFDocument, block: PdfBlock): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  switch (block.type) {
    case 'heading':
      doc.moveDown(0.5);
      ensureSpace(doc, 48); // keep a heading with the first lines after it
      doc.font(BOLD).fontSize(12).fillColor('#000').text(block.text, left, doc.y, { width });
      doc.moveDown(0.25);
      return;
    case 'paragraph':
      doc
        .font(block.bold ? BOLD : REGULAR)
        .fontSize(block.size ?? 10)
        .fillColor(block.color ?? '#000')
        .text(block.text, left, doc.y, { width, align: block.align ?? 'left', lineGap: 2, lineBreak: true });
      doc.fillColor('#000').moveDown(0.3);
      return;
    case 'keyValue':
      drawKeyValue(doc, block);
      doc.moveDown(0.4);
      return;
    case 'itemTable':
      drawItemTable(doc, block);
      doc.moveDown(0.4);
      return;
    case 'signatures':
      doc.moveDown(0.5);
      drawSignatures(doc, block);
      return;
    case 'spacer':
      doc.y += block.height ?? 10;
      return;
  }
}

/** "第 N 页 / 共 M 页" (and the doc's footer text) at the bottom of every page. */
function drawFooters(doc: PDFKit.PDFDocument, footer: string | undefined): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { left } = doc.page.margins;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not open a new page
    const width = contentWidth(doc);
    const pageLine = `第 ${i - range.start + 1} 页 / 共 ${range.count} 页`;
    doc.font(REGULAR).fontSize(7.5).fillColor('#666');
    if (footer) doc.text(footer, left, doc.page.height - 46, { width, align: 'center', lineBreak: false });
    doc.text(pageLine, left, doc.page.height - 32, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** pdfkit's file id hashes every info entry: an undefined one crashes it, so leave those out. */
function documentInfo(input: PdfDoc, created: Date): PDFKit.DocumentInfo {
  const { title, author, subject, keywords } = input.metadata;
  const info: PDFKit.DocumentInfo = {
    Title: title,
    Author: author,
    Creator: 'Anjia 安家',
    Producer: 'Anjia 安家 (pdfkit)',
    CreationDate: created,
    ModDate: created,
  };
  if (subject) info.Subject = subject;
  if (keywords) info.Keywords = keywords;
  return info;
}

/**
 * Renders a PdfDoc to an A4 PDF with Noto Sans SC embedded (subset). Identical input gives an
 * identical PDF: the creation date and the document id come from doc.metadata.createdAt.
 */
export async function renderPdf(input: PdfDoc): Promise<Buffer> {
  const created = new Date(input.metadata.createdAt);
  if (Number.isNaN(created.getTime())) throw new RangeError('renderPdf: metadata.createdAt is not a date');
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: documentInfo(input, created),
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    doc.registerFont(REGULAR, fontData('regular'));
    doc.registerFont(BOLD, fontData('bold'));
    const width = contentWidth(doc);
    const left = doc.page.margins.left;
    doc.font(BOLD).fontSize(18).text(input.title, left, doc.y, { width, align: 'center' });
    if (input.subtitle) {
      doc.moveDown(0.2);
      doc
        .font(REGULAR)
        .fontSize(9.5)
        .fillColor('#444')
        .text(input.subtitle, left, doc.y, { width, align: 'center' });
      doc.fillColor('#000');
    }
    doc.moveDown(0.8);
    for (const block of input.blocks) drawBlock(doc, block);
    drawFooters(doc, input.footer);
  } catch (err) {
    doc.removeAllListeners('error');
    doc.on('error', () => {}); // the document is abandoned; report the first error only
    throw err;
  }
  doc.end();
  return done;
}
