// The headline figures as an SVG panel for export: each card's big figure, label and details as real text.
import type { ChartPanel, MeasureText } from './export-svg';
import { escapeXml, wrapText } from './export-svg';

export interface ExportCard {
  figure: string;
  label: string;
  details: readonly string[];
}

export interface CardColors {
  surface: string;
  border: string;
  figure: string;
  text: string;
  muted: string;
}

const GAP = 16;
const PAD = 16;
const FIGURE = { size: 34, weight: 700, lineHeight: 1.15 };
const LABEL = { size: 15, weight: 700, lineHeight: 1.35 };
const DETAIL = { size: 13, weight: 400, lineHeight: 1.4 };

interface Line {
  text: string;
  size: number;
  weight: number;
  fill: string;
  lineHeight: number;
}

/** Cards in a grid (two columns from 640 px, else one), rows as tall as their tallest card. */
export function cardsPanel(
  cards: readonly ExportCard[],
  width: number,
  measure: MeasureText,
  colors: CardColors,
): ChartPanel {
  const columns = width >= 640 ? 2 : 1;
  const cardWidth = (width - GAP * (columns - 1)) / columns;
  const textWidth = cardWidth - 2 * PAD;
  const blocks = cards.map((card) => {
    const lines: Line[] = [];
    const add = (text: string, style: typeof FIGURE, fill: string) => {
      for (const line of wrapText(text, textWidth, (t) => measure(t, style.size, style.weight)))
        lines.push({
          text: line,
          size: style.size,
          weight: style.weight,
          fill,
          lineHeight: style.lineHeight,
        });
    };
    add(card.figure, FIGURE, colors.figure);
    add(card.label, LABEL, colors.text);
    for (const detail of card.details) add(detail, DETAIL, colors.muted);
    const height = 2 * PAD + lines.reduce((sum, l) => sum + l.size * l.lineHeight, 0);
    return { lines, height };
  });

  const out: string[] = [];
  let y = 0;
  for (let row = 0; row * columns < blocks.length; row++) {
    const rowBlocks = blocks.slice(row * columns, row * columns + columns);
    const rowHeight = Math.max(...rowBlocks.map((b) => b.height));
    rowBlocks.forEach((block, column) => {
      const x = column * (cardWidth + GAP);
      out.push(
        `<rect x="${x}" y="${y}" width="${cardWidth}" height="${rowHeight}" rx="10" fill="${escapeXml(colors.surface)}" stroke="${escapeXml(colors.border)}" stroke-width="1"/>`,
      );
      let lineTop = y + PAD;
      for (const line of block.lines) {
        out.push(
          `<text x="${x + PAD}" y="${Math.round((lineTop + line.size * 0.95) * 100) / 100}" font-size="${line.size}" font-weight="${line.weight}" fill="${escapeXml(line.fill)}">${escapeXml(line.text)}</text>`,
        );
        lineTop += line.size * line.lineHeight;
      }
    });
    y += rowHeight + GAP;
  }
  return { markup: out.join(''), width, height: Math.max(0, y - GAP) };
}
