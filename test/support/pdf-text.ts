import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/**
 * PDF checks through poppler-utils (`apt-get install poppler-utils`; CI installs it). Tests that
 * need it use `it.skipIf(!hasPdftotext)` and name `PDFTOTEXT_MISSING` as the reason.
 */
const which = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

export const hasPdftotext = which('pdftotext');
export const hasPdftoppm = which('pdftoppm');
export const PDFTOTEXT_MISSING = 'SKIPPED: pdftotext not installed (apt-get install poppler-utils)';

function withTempPdf<T>(pdf: Buffer, fn: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'anjia-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return fn(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text in layout mode (`pdftotext -layout file -`). */
export function pdfText(pdf: Buffer): string {
  return withTempPdf(pdf, (file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
}

/** Number of pages, from `pdfinfo`. */
export function pdfPages(pdf: Buffer): number {
  const info = withTempPdf(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Renders page 1 to `<outDir>/<name>.png` at 60 dpi (for looking at it); returns the PNG path. */
export function renderFirstPage(pdf: Buffer, outDir: string, name: string): string {
  mkdirSync(outDir, { recursive: true });
  const prefix = path.join(outDir, name);
  withTempPdf(pdf, (file) =>
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, prefix]),
  );
  return `${prefix}.png`;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A 240×72 grayscale PNG with a pen-like squiggle: a stand-in for a drawn signature. */
export function samplePng(width = 240, height = 72): Buffer {
  const rows: Buffer[] = [];
  const ink = (x: number) => height / 2 + Math.sin(x / 11) * (height / 4) + Math.cos(x / 5) * 5;
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1, 255);
    row[0] = 0; // filter: none
    for (let x = 8; x < width - 8; x++) if (Math.abs(ink(x) - y) < 2) row[x + 1] = 20;
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit grayscale
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
