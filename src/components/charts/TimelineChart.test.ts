import { describe, expect, it } from 'vitest';
import { markerLanes } from './TimelineChart';

describe('markerLanes', () => {
  const domain = [2014, 2030] as const;

  it('keeps markers apart on the axis when the width allows, and stacks those that would touch', () => {
    // 1,600 px for 16 years: 100 px a year; markers need 20 px, so 0.1 year apart touch, 0.5 year apart do not.
    const lanes = markerLanes(
      [
        { id: 'a', at: 2023.5 },
        { id: 'b', at: 2023.55 },
        { id: 'c', at: 2024.1 },
        { id: 'd', at: 2023.58 },
      ],
      domain,
      1600,
      20,
    );
    expect(Object.fromEntries(lanes)).toEqual({ a: 0, b: 1, d: 2, c: 0 });
  });

  it('on a phone, events of one year stack, and a lane is reused once it is clear', () => {
    const markers = [2025.0, 2025.1, 2025.2, 2025.5, 2026.9].map((at, i) => ({ id: String(i), at }));
    const lanes = markerLanes(markers, domain, 320, 20);
    // 20 px a year: 2025.0–2025.5 all touch (10 px apart), 2026.9 is clear of them.
    expect([...lanes.values()]).toEqual([0, 1, 2, 3, 0]);
  });
});
