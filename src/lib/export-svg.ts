// Pure pieces of chart export: text wrapping, the layout of a title/source frame around the chart, the SVG that
// assembles them, and the pixel size of the PNG. The DOM work (cloning the chart, measuring text) lives elsewhere.

/** Measures a line of text in CSS pixels at a font size and weight. */
export type MeasureText = (text: string, size: number, weight: number) => number;

export interface TextBlock {
  text: string;
  size: number;
  weight: number;
  tone: 'text' | 'muted';
  /** Space above the block, in CSS pixels. */
  gapBefore?: number;
}

export interface ChartPanel {
  /** A heading drawn above the chart (e.g. "Not comparable: ¥"), or none. */
  title?: string;
  /** The chart's SVG children, serialized, with styles already inlined. */
  markup: string;
  width: number;
  height: number;
}

export interface PlacedLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  weight: number;
  tone: 'text' | 'muted';
}

export interface PlacedPanel {
  markup: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  lines: PlacedLine[];
  panels: PlacedPanel[];
}

export const EXPORT_PADDING = 24;
const LINE_HEIGHT = 1.35;
const PANEL_TITLE = { size: 15, weight: 700 };

/** Japanese and Chinese characters may break between any two characters, Latin text only at spaces. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** Characters that must not start a line in Japanese (kinsoku): closing brackets and punctuation, small kana. */
const NO_LINE_START =
  /[、。，．・：；？！）」』】〕〉》”’ー～々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ%),.:;!?]/;
/** Characters that must not end a line: opening brackets. */
const NO_LINE_END = /[（「『【〔〈《“‘(]/;
/** A number and its unit stay together: 1.6兆円, 1兆6,000億円, 2026～2029年, 約55倍. */
const NUMBER_PART = /[\d.,～〜兆億万千円年月日倍%]/;
const KATAKANA = /[\u30a0-\u30ff]/;

function mayBreakBetween(before: string, after: string): boolean {
  if (/\s/.test(after)) return false;
  if (/\s/.test(before)) return true;
  if (!CJK.test(before) && !CJK.test(after)) return false;
  if (NO_LINE_START.test(after) || NO_LINE_END.test(before)) return false;
  if (NUMBER_PART.test(before) && NUMBER_PART.test(after)) return false;
  if (KATAKANA.test(before) && KATAKANA.test(after)) return false;
  return true;
}

/** Splits text into the pieces between which a line may break (a piece keeps its trailing space). */
export function breakOpportunities(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of text) {
    const last = current.at(-1);
    if (last !== undefined && mayBreakBetween(last, ch)) {
      pieces.push(current);
      current = ch;
    } else current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Wraps text into lines no wider than `maxWidth`; a piece wider than a line gets a line of its own. */
export function wrapText(text: string, maxWidth: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of breakOpportunities(text.trim())) {
    const candidate = line + piece;
    if (line && measure(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece;
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * Places the title and subtitle lines above the charts and the notes and source line below them, wrapping each
 * block to the chart's width. The frame is the chart's width plus padding on both sides.
 */
export function layoutExport(
  header: readonly TextBlock[],
  panels: readonly ChartPanel[],
  footer: readonly TextBlock[],
  measure: MeasureText,
): ExportLayout {
  const chartWidth = Math.max(1, ...panels.map((p) => p.width));
  const width = Math.ceil(chartWidth + 2 * EXPORT_PADDING);
  const textWidth = chartWidth;
  const lines: PlacedLine[] = [];
  const placed: PlacedPanel[] = [];
  let y = EXPORT_PADDING;

  const addBlock = (block: TextBlock) => {
    const lineHeight = block.size * LINE_HEIGHT;
    y += block.gapBefore ?? 0;
    for (const text of wrapText(block.text, textWidth, (t) => measure(t, block.size, block.weight))) {
      // The baseline sits about 0.8 of the font size below the line's top; the rest is leading.
      lines.push({
        text,
        x: EXPORT_PADDING,
        y: y + block.size * 1.05,
        size: block.size,
        weight: block.weight,
        tone: block.tone,
      });
      y += lineHeight;
    }
  };

  header.forEach(addBlock);
  for (const panel of panels) {
    y += 12;
    if (panel.title)
      addBlock({ text: panel.title, size: PANEL_TITLE.size, weight: PANEL_TITLE.weight, tone: 'text' });
    placed.push({ markup: panel.markup, x: EXPORT_PADDING, y, width: panel.width, height: panel.height });
    y += panel.height;
  }
  y += 8;
  footer.forEach(addBlock);
  y += EXPORT_PADDING;
  return { width, height: Math.ceil(y), lines, panels: placed };
}

/** Escapes text for an XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

export interface ExportStyle {
  background: string;
  text: string;
  muted: string;
  fontFamily: string;
  lang: string;
  /** The document's title: what a file browser or slide tool shows for the image. */
  title: string;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The export as one standalone SVG document: background, text as real `<text>` (searchable, editable), and each
 * chart as a nested `<svg>`. `pixelSize` sets the rendered size (for the PNG) while the coordinates stay in CSS
 * pixels.
 */
export function composeExportSvg(
  layout: ExportLayout,
  style: ExportStyle,
  pixelSize?: { width: number; height: number },
): string {
  const { width, height } = layout;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(pixelSize?.width ?? width)}" height="${num(pixelSize?.height ?? height)}" viewBox="0 0 ${num(width)} ${num(height)}" lang="${escapeXml(style.lang)}" xml:lang="${escapeXml(style.lang)}" font-family="${escapeXml(style.fontFamily)}">`,
    `<title>${escapeXml(style.title)}</title>`,
    `<rect x="0" y="0" width="${num(width)}" height="${num(height)}" fill="${escapeXml(style.background)}"/>`,
  ];
  for (const line of layout.lines)
    out.push(
      `<text x="${num(line.x)}" y="${num(line.y)}" font-size="${num(line.size)}" font-weight="${line.weight}" fill="${escapeXml(line.tone === 'text' ? style.text : style.muted)}">${escapeXml(line.text)}</text>`,
    );
  for (const panel of layout.panels)
    out.push(
      `<svg x="${num(panel.x)}" y="${num(panel.y)}" width="${num(panel.width)}" height="${num(panel.height)}" viewBox="0 0 ${num(panel.width)} ${num(panel.height)}" overflow="visible">${panel.markup}</svg>`,
    );
  out.push('</svg>');
  return out.join('\n');
}

/** Canvas limits every current browser honours: 16,384 px a side and about 268 million pixels in all. */
const MAX_SIDE = 16_384;
const MAX_AREA = 16_384 * 16_384;

/**
 * The PNG's scale: twice the screen's pixel density (so a chart stays sharp when a slide is enlarged), reduced
 * only if the canvas would exceed the browser's limits.
 */
export function pngScale(width: number, height: number, devicePixelRatio: number): number {
  const wanted = 2 * (Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1);
  const bySide = MAX_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_AREA / Math.max(width * height, 1));
  return Math.min(wanted, bySide, byArea);
}

/** The PNG's size in device pixels for a frame of `width` × `height` CSS pixels at `scale`. */
export function pngSize(width: number, height: number, scale: number): { width: number; height: number } {
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}
