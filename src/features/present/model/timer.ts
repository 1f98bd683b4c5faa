/** The presenter's stopwatch as a value: time banked so far and, while running, when it last started. */
export interface TimerState {
  accumulatedMs: number;
  startedAt: number | null;
}

export const TIMER_RESET: TimerState = { accumulatedMs: 0, startedAt: null };

export function startTimer(state: TimerState, now: number): TimerState {
  return state.startedAt === null ? { ...state, startedAt: now } : state;
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  return state.startedAt === null
    ? state
    : { accumulatedMs: state.accumulatedMs + Math.max(0, now - state.startedAt), startedAt: null };
}

export function elapsedMs(state: TimerState, now: number): number {
  return state.accumulatedMs + (state.startedAt === null ? 0 : Math.max(0, now - state.startedAt));
}

/** "4:05", "12:34" or "1:02:03": minutes and seconds, hours only once there are any. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
