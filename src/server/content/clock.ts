/** Time as the content layer sees it: injected, so scheduled publishing is tested without waiting. */
export type Clock = {
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
};

export const systemClock: Clock = {
  now: () => Date.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    timer.unref(); // never what keeps the process alive
    return () => clearInterval(timer);
  },
};
