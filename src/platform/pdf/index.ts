export { FONT_PATHS } from './fonts.ts';
export { formatFen, formatShanghai } from './format.ts';
export { renderPdf } from './render.ts';
export type {
  PdfBlock,
  PdfCell,
  PdfColumn,
  PdfDoc,
  PdfHeading,
  PdfItemTable,
  PdfKeyValueTable,
  PdfMetadata,
  PdfParagraph,
  PdfSignatureParty,
  PdfSignatures,
  PdfSpacer,
} from './types.ts';
