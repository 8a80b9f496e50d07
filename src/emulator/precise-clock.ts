/** Within this much of the earliest moment due, the clock stops sleeping on a timer and polls. */
const POLL_WINDOW_MS = 1;

/**
 * Waits until moments on performance.now()'s clock, to a fraction of a millisecond. Node's timers
 * fire anywhere from a millisecond early to a millisecond late, which at the emulator's 20 ms
 * latency would be a 5–10% error on every answer. One timer sleeps until the earliest moment is
 * within a millisecond, then event-loop turns (setImmediate, which lets I/O through) poll until it
 * has passed; every waiter shares that one timer and loop.
 */
export class PreciseClock {
  /** Pending moments, earliest first. */
  private readonly due: { at: number; resolve: () => void }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private polling = false;

  /** Resolves at performance.now() `at` or later (at once if it has passed). */
  until(at: number): Promise<void> {
    if (at <= performance.now()) return Promise.resolve();
    return new Promise((resolve) => {
      let index = this.due.length;
      while (index > 0 && this.due[index - 1]!.at > at) index -= 1;
      this.due.splice(index, 0, { at, resolve });
      this.schedule();
    });
  }

  /** Stops the timer and resolves every waiter now (the server is closing). */
  release(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    for (const waiter of this.due.splice(0)) waiter.resolve();
  }

  private schedule(): void {
    const next = this.due[0];
    if (!next || this.polling) return;
    const left = next.at - performance.now();
    if (left <= POLL_WINDOW_MS) {
      this.polling = true;
      setImmediate(() => this.poll());
      return;
    }
    const wakeAt = next.at - POLL_WINDOW_MS;
    if (this.timer && this.timerAt <= wakeAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = wakeAt;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Number.POSITIVE_INFINITY;
        this.schedule();
      },
      Math.floor(left - POLL_WINDOW_MS),
    );
  }

  private poll(): void {
    this.polling = false;
    const now = performance.now();
    while (this.due.length > 0 && this.due[0]!.at <= now) this.due.shift()!.resolve();
    this.schedule();
  }
}
