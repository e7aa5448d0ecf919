import { formatFen } from './format.ts';
import type { PdfCell, PdfItemTable, PdfKeyValueTable, PdfSignatureParty, PdfSignatures } from './types.ts';

/** Font names registered by renderPdf. */
export const REGULAR = 'NotoSansSC';
export const BOLD = 'NotoSansSC-Bold';

const PAD = 4;
const BORDER = '#b8b8b8';
const SHADE = '#f2f2f2';
const BODY = 9.5;

type Doc = PDFKit.PDFDocument;

export const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Starts a new page when `height` points do not fit above the bottom margin. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

type Cell = {
  text: string;
  width: number;
  align: 'left' | 'center' | 'right';
  bold?: boolean;
  shade?: boolean;
};

function cellHeight(doc: Doc, c: Cell): number {
  doc.font(c.bold ? BOLD : REGULAR).fontSize(BODY);
  return doc.heightOfString(c.text || ' ', { width: c.width - 2 * PAD, lineGap: 1 }) + 2 * PAD;
}

/** One bordered row of cells; breaks the page first when it does not fit, then runs onNewPage. */
function drawRow(doc: Doc, cells: readonly Cell[], onNewPage?: () => void): void {
  const height = Math.max(...cells.map((c) => cellHeight(doc, c)));
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    onNewPage?.();
  }
  const top = doc.y;
  let x = doc.page.margins.left;
  for (const c of cells) {
    if (c.shade) doc.rect(x, top, c.width, height).fill(SHADE);
    doc.rect(x, top, c.width, height).lineWidth(0.5).stroke(BORDER);
    doc
      .fillColor('#000')
      .font(c.bold ? BOLD : REGULAR)
      .fontSize(BODY)
      .text(c.text, x + PAD, top + PAD, { width: c.width - 2 * PAD, align: c.align, lineGap: 1 });
    x += c.width;
  }
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}

export function drawKeyValue(doc: Doc, block: PdfKeyValueTable): void {
  const w = contentWidth(doc);
  const labelW = Math.round(w * 0.24);
  for (const row of block.rows) {
    drawRow(doc, [
      { text: row.label, width: labelW, align: 'left', bold: true, shade: true },
      { text: row.value, width: w - labelW, align: 'left' },
    ]);
  }
}

const cellText = (v: PdfCell) => (typeof v === 'number' ? formatFen(v) : v);

export function drawItemTable(doc: Doc, block: PdfItemTable): void {
  const w = contentWidth(doc);
  const total = block.columns.reduce((s, c) => s + c.width, 0);
  const widths = block.columns.map((c) => (c.width / total) * w);
  const width = (i: number) => widths[i] ?? 0;
  const header = () =>
    drawRow(
      doc,
      block.columns.map((c, i) => ({
        text: c.label,
        width: width(i),
        align: c.align ?? (block.rows.some((r) => typeof r[i] === 'number') ? 'right' : 'left'),
        bold: true,
        shade: true,
      })),
    );
  header();
  for (const row of block.rows) {
    const cells = block.columns.map((c, i): Cell => {
      const v = row[i] ?? '';
      return {
        text: cellText(v),
        width: width(i),
        align: c.align ?? (typeof v === 'number' ? 'right' : 'left'),
      };
    });
    drawRow(doc, cells, header);
  }
  const last = block.columns.length - 1;
  for (const t of block.totals ?? []) {
    const labelW = widths.slice(0, last).reduce((s, x) => s + x, 0);
    drawRow(doc, [
      { text: t.label, width: labelW, align: 'right', bold: true },
      { text: cellText(t.value), width: width(last), align: 'right', bold: true },
    ]);
  }
}

/** A PNG/JPEG Buffer, or a data: URL decoded to one (anything else is refused). */
export function imageBuffer(image: Buffer | string): Buffer {
  if (typeof image !== 'string') return image;
  const m = /^data:image\/(?:png|jpeg);base64,([A-Za-z0-9+/=\s]+)$/.exec(image);
  if (!m?.[1]) throw new TypeError('signature image: expected a data:image/png or image/jpeg base64 URL');
  return Buffer.from(m[1], 'base64');
}

const IMAGE_H = 44;

function signatureHeight(p: PdfSignatureParty): number {
  return 16 + IMAGE_H + 4 + 14 + 14 + (p.notes?.length ?? 0) * 12 + 8;
}

/** The parties side by side (one column each); the block never splits across pages. */
export function drawSignatures(doc: Doc, block: PdfSignatures): void {
  const n = Math.max(1, block.parties.length);
  const colW = contentWidth(doc) / n;
  const height = Math.max(...block.parties.map(signatureHeight));
  ensureSpace(doc, height + (block.title ? 24 : 0));
  if (block.title) {
    const width = contentWidth(doc);
    doc.font(BOLD).fontSize(12).fillColor('#000').text(block.title, doc.page.margins.left, doc.y, { width });
    doc.moveDown(0.5);
  }
  const top = doc.y;
  block.parties.forEach((p, i) => {
    const x = doc.page.margins.left + i * colW;
    const inner = colW - 12;
    doc.font(BOLD).fontSize(10).fillColor('#000').text(p.label, x, top, { width: inner, lineBreak: false });
    const imgTop = top + 16;
    if (p.image) {
      doc.image(imageBuffer(p.image), x, imgTop, { fit: [Math.min(inner, 160), IMAGE_H] });
    } else {
      doc
        .moveTo(x, imgTop + IMAGE_H - 2)
        .lineTo(x + Math.min(inner, 150), imgTop + IMAGE_H - 2)
        .lineWidth(0.5)
        .stroke(BORDER);
    }
    let y = imgTop + IMAGE_H + 4;
    const line = (text: string, size: number) => {
      doc.font(REGULAR).fontSize(size).fillColor('#000').text(text, x, y, { width: inner, lineBreak: false });
      y += size + 4;
    };
    line(`姓名：${p.name}`, BODY);
    line(`时间：${p.signedAt || '（未签署）'}`, BODY);
    for (const note of p.notes ?? []) line(note, 8);
  });
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}
