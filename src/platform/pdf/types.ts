/**
 * A small structured document for renderPdf: no business rules, just the shapes a printed form
 * needs (headings, paragraphs, tables, signature blocks). Text is Chinese-first; money arrives as
 * integer fen and is printed with formatFen.
 */

export type PdfMetadata = {
  title: string;
  author: string;
  subject?: string;
  keywords?: string;
  /** ISO timestamp or Date; fixes the PDF's CreationDate (and document id) so output is repeatable. */
  createdAt: string | Date;
};

export type PdfHeading = { type: 'heading'; text: string };

export type PdfParagraph = {
  type: 'paragraph';
  text: string;
  /** Font size in points (default 10). */
  size?: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  color?: string;
};

/** Two columns: label | value. */
export type PdfKeyValueTable = {
  type: 'keyValue';
  rows: readonly { label: string; value: string }[];
};

export type PdfColumn = {
  label: string;
  /** Relative width (the columns share the content width in proportion). */
  width: number;
  align?: 'left' | 'center' | 'right';
};

/** A numeric cell is money in fen: printed with formatFen and right-aligned. */
export type PdfCell = string | number;

export type PdfItemTable = {
  type: 'itemTable';
  columns: readonly PdfColumn[];
  rows: readonly (readonly PdfCell[])[];
  /** Summary rows (e.g. 合计) printed in bold: a label spanning the leading columns and a value. */
  totals?: readonly { label: string; value: PdfCell }[];
};

export type PdfSignatureParty = {
  /** 甲方（客户）签字 */
  label: string;
  name: string;
  /** Already formatted, e.g. "2025-03-01 10:20（北京时间）"; empty or missing = not signed yet. */
  signedAt?: string;
  /** Extra small lines under the name (e.g. "签署 IP：203.0.113.7"). */
  notes?: readonly string[];
  /** A drawn signature: PNG/JPEG Buffer or a data: URL. */
  image?: Buffer | string;
};

/** Signature columns side by side; `title` is kept on the same page as the signatures. */
export type PdfSignatures = { type: 'signatures'; title?: string; parties: readonly PdfSignatureParty[] };

export type PdfSpacer = { type: 'spacer'; height?: number };

export type PdfBlock =
  | PdfHeading
  | PdfParagraph
  | PdfKeyValueTable
  | PdfItemTable
  | PdfSignatures
  | PdfSpacer;

export type PdfDoc = {
  title: string;
  subtitle?: string;
  metadata: PdfMetadata;
  blocks: readonly PdfBlock[];
  /** Printed at the bottom of every page, before "第 N 页 / 共 M 页". */
  footer?: string;
};
