import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Noto Sans SC shipped from npm (@expo-google-fonts/noto-sans-sc), never an OS font, so a PDF
 * looks the same on every machine. Each TTF is ~10 MB: read once per process, then pdfkit embeds
 * only the glyphs used (a PDF is ~20–60 KB).
 */
const require = createRequire(import.meta.url);

export const FONT_PATHS = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;

export type FontWeight = keyof typeof FONT_PATHS;

const cache = new Map<FontWeight, Buffer>();

export function fontData(weight: FontWeight): Buffer {
  let data = cache.get(weight);
  if (!data) {
    data = readFileSync(FONT_PATHS[weight]);
    cache.set(weight, data);
  }
  return data;
}
