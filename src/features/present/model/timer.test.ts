import { describe, expect, it } from 'vitest';
import { TIMER_RESET, elapsedMs, formatElapsed, pauseTimer, startTimer } from './timer';

describe('presenter timer', () => {
  it('counts while running, keeps the time while paused, and resumes', () => {
    let state = startTimer(TIMER_RESET, 1_000);
    expect(elapsedMs(state, 4_000)).toBe(3_000);
    state = pauseTimer(state, 5_000);
    expect(elapsedMs(state, 60_000)).toBe(4_000);
    state = startTimer(state, 10_000);
    expect(startTimer(state, 11_000)).toBe(state);
    expect(elapsedMs(state, 12_500)).toBe(6_500);
    expect(pauseTimer(pauseTimer(state, 13_000), 99_000).accumulatedMs).toBe(7_000);
  });

  it('never runs backwards when the clock does', () => {
    expect(elapsedMs(startTimer(TIMER_RESET, 5_000), 4_000)).toBe(0);
  });

  it('formats minutes and seconds, then hours', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(5_999)).toBe('0:05');
    expect(formatElapsed(754_000)).toBe('12:34');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-10)).toBe('0:00');
  });
});
