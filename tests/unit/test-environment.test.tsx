// Checks the jsdom test environment itself (tests/setup.ts), not the app.
import { render, screen } from '@testing-library/react';
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { describe, expect, it } from 'vitest';

const data = [
  { market: 'Japan', value: 12 },
  { market: 'India', value: 8 },
];

describe('test environment', () => {
  it('gives recharts ResponsiveContainer a size so charts render', () => {
    const { container } = render(
      <div style={{ width: 800, height: 400 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer>
            <XAxis dataKey="market" />
            <YAxis />
            <Bar dataKey="value" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>,
    );
    const svg = container.querySelector('svg.recharts-surface');
    expect(svg).not.toBeNull();
    expect(svg).toHaveAttribute('width', '800');
    expect(svg).toHaveAttribute('height', '400');
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
    expect(screen.getByText('Japan')).toBeInTheDocument();
  });

  it('stubs matchMedia', () => {
    expect(window.matchMedia('(prefers-color-scheme: dark)').matches).toBe(false);
  });

  it('starts every test with empty storage (1/2)', () => {
    expect(localStorage.getItem('probe')).toBeNull();
    localStorage.setItem('probe', '1');
  });

  it('starts every test with empty storage (2/2)', () => {
    expect(localStorage.getItem('probe')).toBeNull();
  });
});
