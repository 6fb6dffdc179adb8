/** Ends the current task so the browser can paint and handle input; the rest runs in a new task. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
