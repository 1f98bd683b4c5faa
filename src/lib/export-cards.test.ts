import { describe, expect, it } from 'vitest';
import { cardsPanel } from './export-cards';

const colors = { surface: '#eee', border: '#ccc', figure: '#0072b2', text: '#111', muted: '#555' };
const measure = (text: string, size: number) => [...text].length * size * 0.6;
const card = (n: number) => ({ figure: `¥${n} trillion`, label: `Label ${n}`, details: ['A detail & more'] });

describe('cardsPanel', () => {
  it('lays the cards out two to a row from 640 px, each figure, label and detail as escaped text', () => {
    const panel = cardsPanel([card(1), card(2), card(3)], 800, measure, colors);
    expect(panel.width).toBe(800);
    expect(panel.markup.match(/<rect /g)).toHaveLength(3);
    expect(panel.markup).toContain('>¥1 trillion</text>');
    expect(panel.markup).toContain('>Label 3</text>');
    expect(panel.markup).toContain('>A detail &amp; more</text>');
    expect(panel.markup).toContain('fill="#0072b2"');
    // Two rows: the third card starts below the first.
    const ys = [...panel.markup.matchAll(/<rect x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys[0]).toBe(ys[1]);
    expect(ys[2]).toBeGreaterThan(ys[0]!);
    expect(panel.height).toBeGreaterThan(ys[2]!);
  });

  it('stacks the cards in one column on a narrow screen', () => {
    const panel = cardsPanel([card(1), card(2)], 360, measure, colors);
    const xs = [...panel.markup.matchAll(/<rect x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs).toEqual([0, 0]);
  });
});
