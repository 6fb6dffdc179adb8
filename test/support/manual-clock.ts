import type { Clock } from '../../src/server/content/clock';

/** A clock that moves only when told to, running its timers as it passes them. */
export function manualClock(start: number) {
  let time = start;
  const timers: { every: number; next: number; tick: () => void }[] = [];
  const clock: Clock & { advance(ms: number): void } = {
    now: () => time,
    every(ms, tick) {
      const timer = { every: ms, next: time + ms, tick };
      timers.push(timer);
      return () => void timers.splice(timers.indexOf(timer), 1);
    },
    advance(ms) {
      const end = time + ms;
      for (;;) {
        const due = timers.filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        time = due.next;
        due.next += due.every;
        due.tick();
      }
      time = end;
    },
  };
  return clock;
}
