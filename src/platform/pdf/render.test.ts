import { describe, expect, it } from 'vitest';
import { hasPdftotext, PDFTOTEXT_MISSING, pdfPages, pdfText } from '../../../test/support/pdf-text.ts';
import { FONT_PATHS, formatFen, formatShanghai, type PdfDoc, renderPdf } from './index.ts';

const skipped = hasPdftotext ? '' : ` — ${PDFTOTEXT_MISSING}`;
const sentence = '本合同由各方在平等自愿、协商一致的基础上签订，各方应当诚实守信，全面履行合同约定的义务。';
const doc = (blocks: PdfDoc['blocks']): PdfDoc => ({
  title: '测试文档',
  subtitle: '副标题',
  metadata: { title: '测试文档', author: '安家', createdAt: '2025-03-01T02:00:00Z' },
  footer: '页脚文字',
  blocks,
});

describe('formatFen', () => {
  it('prints integer fen as yuan with thousands separators', () => {
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(2_000)).toBe('¥20.00');
    expect(formatFen(123_456)).toBe('¥1,234.56');
    expect(formatFen(100_000_000)).toBe('¥1,000,000.00');
    expect(formatFen(-2_050)).toBe('-¥20.50');
    expect(() => formatFen(1.5)).toThrow(RangeError);
  });
});

describe('formatShanghai', () => {
  it('shows instants in Asia/Shanghai', () => {
    expect(formatShanghai('2025-03-01T02:20:00Z')).toBe('2025-03-01 10:20');
    expect(formatShanghai('2025-03-01T17:20:00Z', true)).toBe('2025-03-02');
  });
});

describe('renderPdf', () => {
  it('embeds the Noto Sans SC fonts shipped from npm, not an OS font', () => {
    expect(FONT_PATHS.regular).toMatch(/node_modules\/@expo-google-fonts\/noto-sans-sc\/.*Regular\.ttf$/);
    expect(FONT_PATHS.bold).toMatch(/node_modules\/@expo-google-fonts\/noto-sans-sc\/.*Bold\.ttf$/);
  });

  it.skipIf(!hasPdftotext)(`wraps long Chinese paragraphs and numbers every page${skipped}`, async () => {
    const long = sentence.repeat(6);
    const pdf = await renderPdf(
      doc([
        { type: 'heading', text: '第一条' },
        { type: 'paragraph', text: long },
        ...Array.from({ length: 40 }, (_, i) => ({
          type: 'paragraph' as const,
          text: `第 ${i + 1} 段：${sentence}`,
        })),
      ]),
    );
    const text = pdfText(pdf);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(1);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(long); // all of it, in order
    const lines = text.split('\n').filter((l) => l.includes('协商一致') || l.includes('全面履行'));
    expect(lines.length).toBeGreaterThan(6); // the long paragraph took several lines
    for (let n = 1; n <= pages; n++) expect(flat).toContain(`第${n}页/共${pages}页`);
    expect(flat.split('页脚文字').length - 1).toBe(pages);
  });

  it.skipIf(!hasPdftotext)(`prints tables with money right-aligned${skipped}`, async () => {
    const pdf = await renderPdf(
      doc([
        { type: 'keyValue', rows: [{ label: '客户', value: '张丽华' }] },
        {
          type: 'itemTable',
          columns: [
            { label: '项目', width: 4 },
            { label: '金额', width: 2 },
          ],
          rows: [
            ['保洁', 15_000],
            ['优惠', -2_000],
          ],
          totals: [{ label: '合计', value: 13_000 }],
        },
      ]),
    );
    const text = pdfText(pdf);
    expect(text).toMatch(/客户\s+张丽华/);
    expect(text).toMatch(/保洁\s+¥150\.00/);
    expect(text).toMatch(/合计\s+¥130\.00/);
    const col = (s: string) => {
      const line = text.split('\n').find((l) => l.includes(s)) ?? '';
      return line.indexOf(s) + s.length;
    };
    expect(Math.abs(col('¥150.00') - col('-¥20.00'))).toBeLessThanOrEqual(1); // right edges line up
  });

  it('gives identical bytes for identical input', async () => {
    const input = doc([{ type: 'paragraph', text: sentence }]);
    const [a, b] = await Promise.all([renderPdf(input), renderPdf(structuredClone(input))]);
    expect(a.equals(b)).toBe(true);
  });

  it('refuses a signature image that is not a PNG/JPEG data URL', async () => {
    const bad = doc([
      { type: 'signatures', parties: [{ label: '签字', name: '张', image: 'https://x/y.png' }] },
    ]);
    await expect(renderPdf(bad)).rejects.toThrow(/data:image/);
  });
});
