import { describe, expect, it } from 'vitest';
import type { ChartPanel, TextBlock } from './export-svg';
import {
  EXPORT_PADDING,
  breakOpportunities,
  composeExportSvg,
  escapeXml,
  layoutExport,
  pngScale,
  pngSize,
  wrapText,
} from './export-svg';

/** Every character 10 px wide: easy sums. */
const tenEach = (text: string) => [...text].length * 10;

describe('breakOpportunities', () => {
  it('breaks Latin text after spaces only', () => {
    expect(breakOpportunities('Sources: the article')).toEqual(['Sources: ', 'the ', 'article']);
  });

  it('keeps a Japanese number with its unit and a period with its year mark', () => {
    const pieces = breakOpportunities('マイクロソフトの2026～2029年の計画は1.6兆円');
    expect(pieces).toContain('2026～2029年');
    expect(pieces.some((p) => p.includes('1.6兆円'))).toBe(true);
    // Katakana words stay whole.
    expect(pieces[0]).toBe('マイクロソフト');
  });

  it('never starts a piece with closing punctuation or ends one with an opening bracket', () => {
    const pieces = breakOpportunities('記事「概要」です。');
    expect(pieces.some((p) => /^[」。]/.test(p))).toBe(false);
    expect(pieces.some((p) => /「$/.test(p))).toBe(false);
    expect(pieces.join('')).toBe('記事「概要」です。');
  });
});

describe('wrapText', () => {
  it('fills lines up to the width and keeps all the text', () => {
    const lines = wrapText('aa bb cc dd', 55, tenEach);
    expect(lines).toEqual(['aa bb', 'cc dd']);
  });

  it('gives a piece wider than the line a line of its own', () => {
    expect(wrapText('a verylongword b', 50, tenEach)).toEqual(['a', 'verylongword', 'b']);
  });

  it('wraps Japanese between characters', () => {
    const lines = wrapText('日本への投資額はAWSが最大', 60, tenEach);
    expect(lines.join('')).toBe('日本への投資額はAWSが最大');
    for (const line of lines) expect(tenEach(line)).toBeLessThanOrEqual(60);
  });
});

describe('layoutExport', () => {
  const panel: ChartPanel = { markup: '<rect/>', width: 600, height: 300 };
  const title: TextBlock = { text: 'Title', size: 20, weight: 700, tone: 'text' };
  const source: TextBlock = { text: 'Sources: x', size: 12, weight: 400, tone: 'muted' };

  it('frames the chart: its width plus padding, the title above and the source below', () => {
    const layout = layoutExport([title], [panel], [source], (t) => tenEach(t));
    expect(layout.width).toBe(600 + 2 * EXPORT_PADDING);
    const [titleLine, sourceLine] = layout.lines;
    const [placed] = layout.panels;
    expect(titleLine!.y).toBeLessThan(placed!.y);
    expect(sourceLine!.y).toBeGreaterThan(placed!.y + placed!.height);
    expect(layout.height).toBeGreaterThan(sourceLine!.y);
    expect(layout.height).toBeGreaterThan(300 + 2 * EXPORT_PADDING + 20 + 12);
  });

  it('stacks several panels, each under its own title', () => {
    const layout = layoutExport(
      [title],
      [
        { ...panel, title: 'Yen' },
        { ...panel, title: 'Dollars', height: 200 },
      ],
      [],
      (t) => tenEach(t),
    );
    expect(layout.panels).toHaveLength(2);
    const yenTitle = layout.lines.find((l) => l.text === 'Yen')!;
    const dollarTitle = layout.lines.find((l) => l.text === 'Dollars')!;
    expect(yenTitle.y).toBeLessThan(layout.panels[0]!.y);
    expect(dollarTitle.y).toBeGreaterThan(layout.panels[0]!.y + 300);
    expect(dollarTitle.y).toBeLessThan(layout.panels[1]!.y);
  });

  it('wraps a long source line to the chart width', () => {
    const long = { ...source, text: Array.from({ length: 30 }, () => 'word').join(' ') };
    const layout = layoutExport([], [{ ...panel, width: 200 }], [long], (t) => tenEach(t));
    expect(layout.lines.length).toBeGreaterThan(1);
    for (const line of layout.lines) expect(tenEach(line.text)).toBeLessThanOrEqual(200);
  });
});

describe('composeExportSvg', () => {
  const layout = layoutExport(
    [{ text: 'R&D <growth>', size: 20, weight: 700, tone: 'text' }],
    [{ markup: '<rect width="10" height="10"/>', width: 400, height: 200 }],
    [{ text: '出典：記事', size: 12, weight: 400, tone: 'muted' }],
    (t) => tenEach(t),
  );
  const style = {
    background: 'rgb(255, 255, 255)',
    text: 'rgb(26, 26, 26)',
    muted: 'rgb(85, 91, 99)',
    fontFamily: '"Hiragino Sans", sans-serif',
    lang: 'ja',
    title: 'R&D <growth>',
  };

  it('is a standalone SVG with real, escaped text, the language and the font stack', () => {
    const svg = composeExportSvg(layout, style);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title>R&amp;D &lt;growth&gt;</title>');
    expect(svg).toContain('>R&amp;D &lt;growth&gt;</text>');
    expect(svg).toContain('fill="rgb(85, 91, 99)">出典：記事</text>');
    expect(svg).toContain('lang="ja"');
    expect(svg).toContain('font-family="&quot;Hiragino Sans&quot;, sans-serif"');
    expect(svg).toContain('<rect width="10" height="10"/>');
    expect(svg).toContain(`fill="rgb(255, 255, 255)"`);
    expect(svg).toContain(`width="${layout.width}" height="${layout.height}"`);
  });

  it('renders at a pixel size without changing its coordinates', () => {
    const svg = composeExportSvg(layout, style, { width: layout.width * 4, height: layout.height * 4 });
    expect(svg).toContain(`width="${layout.width * 4}" height="${layout.height * 4}"`);
    expect(svg).toContain(`viewBox="0 0 ${layout.width} ${layout.height}"`);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('pngScale and pngSize', () => {
  it('is twice the device pixel ratio', () => {
    expect(pngScale(800, 600, 1)).toBe(2);
    expect(pngScale(800, 600, 2)).toBe(4);
    expect(pngScale(800, 600, 1.5)).toBe(3);
  });

  it('treats a missing or odd ratio as 1', () => {
    expect(pngScale(800, 600, 0)).toBe(2);
    expect(pngScale(800, 600, Number.NaN)).toBe(2);
  });

  it('shrinks only to keep the canvas within browser limits', () => {
    const scale = pngScale(9000, 500, 2);
    expect(9000 * scale).toBeLessThanOrEqual(16_384);
    expect(scale).toBeLessThan(4);
  });

  it('rounds the pixel size', () => {
    expect(pngSize(100.4, 50.6, 2)).toEqual({ width: 201, height: 101 });
  });
});
