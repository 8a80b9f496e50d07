/**
 * One upstream call's cancellation: its own deadline, and its caller's signal (the operation's call
 * scope) when there is one.
 *
 * Not `AbortSignal.any`: Node keeps a signal made by `any` linked to its sources until it is
 * collected, so settling an operation's scope after a fan-out of 50 calls dispatched 50 abort events
 * to calls long finished (a tenth of the gateway's CPU on operation 3). Here the link to the caller is
 * one listener, removed when the call ends.
 */
export class CallSignal {
  /** performance.now() of the deadline. */
  readonly deadlineAt: number;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private deadlinePassed = false;
  private readonly onCallerAbort = () => this.controller.abort(this.caller?.reason);

  constructor(
    deadlineMs: number,
    readonly caller?: AbortSignal,
  ) {
    this.deadlineAt = performance.now() + deadlineMs;
    this.timer = setTimeout(() => {
      this.deadlinePassed = true;
      this.controller.abort(new Error("deadline"));
    }, deadlineMs);
    if (caller?.aborted) this.controller.abort(caller.reason);
    else caller?.addEventListener("abort", this.onCallerAbort, { once: true });
  }

  /** Aborts on the deadline or the caller's signal. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The call's own deadline passed (rather than its caller cancelling it). */
  get timedOut(): boolean {
    return this.deadlinePassed;
  }

  /** The call has ended: no more timer, no more listening to the caller. */
  dispose(): void {
    clearTimeout(this.timer);
    this.caller?.removeEventListener("abort", this.onCallerAbort);
  }
}
