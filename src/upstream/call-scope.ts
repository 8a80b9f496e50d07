import { setMaxListeners } from "node:events";
import { ScopeDeadlineExceeded } from "./errors.js";

export interface CallScopeOptions {
  /** Whose calls these are (e.g. a caller's `sub`): the pacer serves different keys in turn. */
  key: string;
  /** The longest the scope's calls may take together, from now; cancelled after it. */
  deadlineMs: number;
}

/**
 * The calls of one unit of work (a GraphQL operation): one lane in the pacer's fair queue, one
 * signal that cancels them all — when the work's answer is settled and nothing more is needed, or
 * at its deadline — and a count of those still running, so that whoever reports on the work can wait
 * until every call it made has ended.
 */
export class CallScope {
  readonly key: string;
  readonly deadlineMs: number;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private running = 0;
  private idle: (() => void)[] = [];

  constructor(options: CallScopeOptions) {
    this.key = options.key;
    this.deadlineMs = options.deadlineMs;
    this.timer = setTimeout(() => this.controller.abort(new ScopeDeadlineExceeded(options.deadlineMs)), options.deadlineMs);
    this.timer.unref();
    // Each call in flight listens to the scope (src/upstream/call-signal.ts); a fan-out has hundreds.
    setMaxListeners(0, this.controller.signal);
  }

  /** Aborts when the scope is cancelled or its deadline passes. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get cancelled(): boolean {
    return this.controller.signal.aborted;
  }

  /** Counts `call` as running until it settles. */
  track<T>(call: Promise<T>): Promise<T> {
    this.running += 1;
    const done = () => {
      this.running -= 1;
      if (this.running === 0) for (const resolve of this.idle.splice(0)) resolve();
    };
    call.then(done, done);
    return call;
  }

  /**
   * Cancels every call still waiting or in flight (none is started after this), and resolves once
   * all of them have ended, so every call made has been reported.
   */
  settle(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.cancelled) this.controller.abort(new ScopeSettled());
    return this.running === 0 ? Promise.resolve() : new Promise((resolve) => this.idle.push(resolve));
  }
}

/** The reason a settled scope's calls were cancelled: nobody needs their answers any more. */
export class ScopeSettled extends Error {
  override readonly name = "ScopeSettled";
  constructor() {
    super("the work these calls were for is settled");
  }
}
