import { FairQueue } from "./fair-queue.js";
import { header, type ResponseHeaders } from "./http.js";
import { rateLimitResetAt, rateLimitWaitMs } from "./retry.js";
import type { SharedLease, SharedRateBudget } from "./shared-rate-budget.js";

/**
 * The per-tenant limiter: every attempt to the Management API takes a permit and gives it back with the
 * answer's headers. It caps calls in flight and follows the tenant's token bucket as Auth0 reports it
 * (`x-ratelimit-limit` = bucket size, `-remaining`, `-reset` = epoch seconds when requests are next
 * added), so a burst of calls drains at the tenant's rate instead of running into 429s.
 *
 * Budget: after each answer, requests that may still spend the bucket are subtracted from the reported
 * `remaining` — the calls still in flight (counted as unspent, which errs on the safe side) and those
 * started since. When the budget is spent, the next call waits for the refill: at the refill rate
 * learnt from earlier answers (a lower bound, so never early), or else until `reset`, where one call
 * goes alone to read the new budget. Until the first answer only one call goes. A 429 holds every new
 * call until the reset. Each client has one pacer: a client talks to one tenant.
 *
 * Waiters queue by key (the caller) and are served round-robin across keys (see FairQueue), first
 * come first served within a key: a caller flooding the tenant waits behind its own calls.
 *
 * No hold outlasts `maxHoldMs`: a reset an hour ahead (a gateway whose clock is behind the tenant's
 * sees one) would otherwise stall every call until then. Once a hold has lasted `maxHoldMs`, one
 * call goes alone as a probe and its answer tells the budget again; `held()` reports a tenant that
 * asks for longer waits than that, for /readyz.
 *
 * With a shared budget (REDIS_URL) the replicas draw from one bucket: while it answers, it decides
 * when calls start instead (in batches: one round trip admits as many as the bucket allows), and the
 * local accounting above keeps learning so that it can take over whenever the store does not answer.
 */

export interface PacerOptions {
  maxConcurrency: number;
  /** Longest hold (after a 429, or waiting for a refill or a reset); then one probe call goes. */
  maxHoldMs: number;
  /** A call that could not start on arrival started after waiting `ms`. */
  onWait?: (ms: number) => void;
  /** The replicas' shared bucket, consulted while available. */
  shared?: SharedRateBudget;
}

export interface Permit {
  /** Gives the permit back with the answer's status and headers (none when no answer came). */
  release(answer?: { status: number; headers: ResponseHeaders }): void;
}

interface Waiter {
  key: string;
  enqueuedAt: number;
  /** Given a permit (or rejected): no longer in the queue. */
  done: boolean;
  /** Not admitted on arrival: it listens for its signal's abort while it waits. */
  held: boolean;
  resolve(permit: Permit): void;
  reject(error: unknown): void;
  signal: AbortSignal;
  onAbort(): void;
}

interface Observation {
  /** Reported remaining requests after this answer's request was counted. */
  remaining: number;
  limit: number;
  /** Wall-clock epoch ms of the next refill, as reported. */
  resetAt: number | undefined;
  /** performance.now() when the answer arrived. */
  at: number;
  /** Calls still in flight at that moment (may not be counted in `remaining` yet). */
  pending: number;
}

/** Learnt refill rates are a lower bound, shaded further for safety. */
const RATE_SAFETY = 0.9;
/** Rate samples span at least this long, so the rounding of `remaining` weighs little. */
const RATE_WINDOW_MS = 1_000;
const FALLBACK_HOLD_MS = 1_000;

/** A tenant whose reported rate limit holds calls for longer than the pacer waits. */
export interface PacerHold {
  /** How long the tenant's last answers ask every call to wait, in ms. */
  askedMs: number;
  /** The longest the pacer waits before it sends one probe call. */
  maxHoldMs: number;
}

export class Pacer {
  private inFlight = 0;
  private readonly queue = new FairQueue<Waiter>();
  private observation: Observation | undefined;
  /** Calls started since the last observation. */
  private startedSince = 0;
  /** Wall-clock epoch ms before which no call starts (after a 429); capped at maxHoldMs. */
  private holdUntil = 0;
  /** Wall-clock epoch ms the latest 429 asked to wait until, uncapped (for `held()`). */
  private askedUntil = 0;
  /** performance.now() since when the queue's head has been held by the rate limit (not by concurrency). */
  private holdStartedAt: number | undefined;
  /** True when the tenant answers without rate-limit headers: only the concurrency cap applies. */
  private unmetered = false;
  /** Learnt refill rate, requests per ms. */
  private ratePerMs: number | undefined;
  /** The answer rates are learnt from: its `remaining`, when its call started, when its answer came. */
  private rateAnchor: { remaining: number; startedAt: number; answeredAt: number } | undefined;
  /** Calls answered since the anchor's answer: when each started and when its answer came. */
  private answeredSinceAnchor: { startedAt: number; answeredAt: number }[] = [];
  /** Permits issued so far; each carries its number. */
  private issued = 0;
  /** Number of the latest-started call whose answer was observed. */
  private newestObserved = 0;
  /** The metered answers of the last minute: when each was observed (performance.now) and its call's number, oldest first. */
  private readonly answers: { at: number; seq: number }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  /** A request to the shared budget is on its way. */
  private asking = false;

  constructor(private readonly options: PacerOptions) {}

  /**
   * Waits for a permit; rejects with the signal's reason when it aborts. Calls of one `key` (a
   * caller) are served first come, first served; different keys take turns.
   */
  acquire(signal: AbortSignal, key = ""): Promise<Permit> {
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<Permit>((resolve, reject) => {
      const waiter: Waiter = {
        key,
        enqueuedAt: performance.now(),
        done: false,
        held: false,
        resolve,
        reject,
        signal,
        onAbort: () => {
          if (!this.queue.remove(waiter.key, waiter)) return;
          waiter.done = true;
          reject(signal.reason);
          this.pump();
        },
      };
      this.queue.push(key, waiter);
      this.pump();
      if (!waiter.done) {
        waiter.held = true;
        signal.addEventListener("abort", waiter.onAbort, { once: true });
      }
    });
  }

  /**
   * The tenant's rate limit as last reported asks every call to wait longer than `maxHoldMs` (calls
   * then go one probe at a time); undefined when it does not.
   */
  held(): PacerHold | undefined {
    const wait = this.rateLimitWait();
    const askedMs = Math.max(this.askedUntil - Date.now(), Number.isFinite(wait) ? wait : 0);
    return askedMs > this.options.maxHoldMs ? { askedMs, maxHoldMs: this.options.maxHoldMs } : undefined;
  }

  /** Stops timers and rejects the calls still waiting with `reason`. */
  close(reason: unknown): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
    for (const waiter of this.queue.drain()) {
      waiter.done = true;
      waiter.signal.removeEventListener("abort", waiter.onAbort);
      waiter.reject(reason);
    }
  }

  private permit(lease?: SharedLease): Permit {
    let released = false;
    const seq = ++this.issued;
    const startedAt = performance.now();
    return {
      release: (answer) => {
        if (released) return;
        released = true;
        this.inFlight -= 1;
        lease?.release(answer);
        if (answer) this.observe(answer.status, answer.headers, seq, startedAt);
        this.pump();
      },
    };
  }

  /** How many calls started before call `seq` were answered since `time` (its start); forgets answers over a minute old. */
  private overtakenBy(seq: number, time: number): number {
    const answers = this.answers;
    let forget = 0;
    while (forget < answers.length && answers[forget]!.at < time - 60_000) forget += 1;
    if (forget > 0) answers.splice(0, forget);
    let count = 0;
    for (let i = answers.length - 1; i >= 0 && answers[i]!.at >= time; i -= 1) if (answers[i]!.seq < seq) count += 1;
    return count;
  }

  /** Budget left now according to the current observation. */
  private budget(): number {
    const obs = this.observation!;
    const refill = this.ratePerMs !== undefined ? this.ratePerMs * (performance.now() - obs.at) : 0;
    return Math.min(obs.limit, obs.remaining + refill) - obs.pending - this.startedSince;
  }

  private observe(status: number, headers: ResponseHeaders, seq: number, startedAt: number): void {
    const remainingHeader = header(headers, "x-ratelimit-remaining");
    const now = performance.now();
    if (status === 429) {
      const wait = rateLimitWaitMs(headers) ?? FALLBACK_HOLD_MS;
      this.holdUntil = Math.max(this.holdUntil, Date.now() + Math.min(wait, this.options.maxHoldMs));
      this.askedUntil = Math.max(this.askedUntil, Date.now() + wait);
    } else if (seq > this.newestObserved) {
      this.askedUntil = 0;
    }
    if (remainingHeader === undefined || !Number.isFinite(Number(remainingHeader))) {
      if (!this.observation && status >= 200 && status < 300) this.unmetered = true;
      return;
    }
    this.unmetered = false;
    const remaining = status === 429 ? 0 : Math.max(0, Math.floor(Number(remainingHeader)));
    const limitHeader = Number(header(headers, "x-ratelimit-limit"));
    const limit = Number.isFinite(limitHeader) && limitHeader > 0 ? limitHeader : Math.max(remaining + 1, this.observation?.limit ?? 0);
    // Calls started before this one and answered since it started may have reached the tenant after
    // it (calls overtake each other on the way): they count as spent, as its `remaining` may miss them.
    // (Calls started after it do not matter: an answer of theirs observed first was the newer reading.)
    const pending = this.inFlight + this.overtakenBy(seq, startedAt);
    this.answers.push({ at: now, seq });
    const observation: Observation = { remaining, limit, resetAt: rateLimitResetAt(headers), at: now, pending };
    // An answer to a call started before one already answered may predate it upstream (answers can
    // overtake each other): it may only lower the budget.
    const fresh = seq > this.newestObserved;
    if (fresh || !this.observation || remaining - pending < this.budget()) {
      this.observation = observation;
      this.startedSince = 0;
    }
    if (fresh) this.newestObserved = seq;
    if (status !== 429) this.learnRate(remaining, startedAt, now, fresh);
  }

  /**
   * Between two answers the bucket went from r1 to r2 while n requests spent it: refill ≥ r2 − r1 + n − 1
   * (the −1 absorbs the rounding of `remaining`). Only what is certain counts, so that answers delayed
   * or overtaking each other (a busy process, many calls in flight) never make the rate look faster:
   * n counts the calls certainly counted between the two readings — started after the first answer
   * came and answered before the second call started (the second included, if it started after the
   * first answer) — and the time is the longest the readings can be apart, from the first call's
   * start to the second answer's arrival.
   */
  private learnRate(remaining: number, startedAt: number, now: number, fresh: boolean): void {
    const anchor = this.rateAnchor;
    if (!anchor) {
      if (fresh) this.resetRateAnchor(remaining, startedAt, now);
      return;
    }
    if (!fresh || now - anchor.startedAt < RATE_WINDOW_MS) {
      this.answeredSinceAnchor.push({ startedAt, answeredAt: now });
      return;
    }
    let spent = startedAt > anchor.answeredAt ? 1 : 0;
    for (const call of this.answeredSinceAnchor) {
      if (call.startedAt > anchor.answeredAt && call.answeredAt < startedAt) spent += 1;
    }
    const refilled = remaining - anchor.remaining + spent - 1;
    if (refilled > 0) this.ratePerMs = (refilled / (now - anchor.startedAt)) * RATE_SAFETY;
    this.resetRateAnchor(remaining, startedAt, now);
  }

  private resetRateAnchor(remaining: number, startedAt: number, answeredAt: number): void {
    this.rateAnchor = { remaining, startedAt, answeredAt };
    this.answeredSinceAnchor = [];
  }

  /** 0 when the head of the queue may start now, a delay in ms, or Infinity to wait for a release. */
  private waitForNext(): number {
    if (this.inFlight >= this.options.maxConcurrency) return Infinity;
    const wait = this.rateLimitWait();
    if (wait === 0 || wait === Infinity) return wait;
    const now = performance.now();
    this.holdStartedAt ??= now;
    const capAt = this.holdStartedAt + this.options.maxHoldMs;
    // The hold has lasted its longest: one call goes alone, and its answer tells the budget anew.
    if (now >= capAt) return this.inFlight === 0 ? 0 : Infinity;
    return Math.min(wait, Math.max(1, Math.ceil(capAt - now)));
  }

  /** What the rate limit alone asks of the next call: 0 (go), a delay in ms, or Infinity (wait for an answer). */
  private rateLimitWait(): number {
    const held = this.holdUntil - Date.now();
    if (held > 0) return held;
    if (this.unmetered) return 0;
    const obs = this.observation;
    if (!obs) return this.inFlight === 0 ? 0 : Infinity;

    if (this.budget() >= 1) return 0;
    const elapsed = performance.now() - obs.at;
    const spent = obs.pending + this.startedSince;

    const untilReset = obs.resetAt === undefined ? FALLBACK_HOLD_MS : obs.resetAt - Date.now();
    // Past the reset, one call goes alone and its answer tells the new budget.
    if (untilReset <= 0) return this.inFlight === 0 ? 0 : Infinity;
    // Refill never lifts the budget above the bucket size; then the reset or an answer will.
    const untilRefill =
      this.ratePerMs !== undefined && obs.limit >= spent + 1 ? Math.ceil((spent + 1 - obs.remaining) / this.ratePerMs - elapsed) : Infinity;
    const wait = Math.min(untilReset, untilRefill);
    return Math.max(1, wait);
  }

  private pump(): void {
    if (this.options.shared?.available) {
      this.pumpShared(this.options.shared);
      return;
    }
    while (this.queue.size > 0) {
      const wait = this.waitForNext();
      if (wait > 0) {
        if (Number.isFinite(wait)) this.wakeIn(wait);
        return;
      }
      this.start(this.queue.shift()!);
    }
    this.holdStartedAt = undefined;
  }

  private start(waiter: Waiter, lease?: SharedLease): void {
    waiter.done = true;
    this.holdStartedAt = undefined;
    this.inFlight += 1;
    this.startedSince += 1;
    if (waiter.held) {
      waiter.signal.removeEventListener("abort", waiter.onAbort);
      this.options.onWait?.(performance.now() - waiter.enqueuedAt);
    }
    waiter.resolve(this.permit(lease));
  }

  /**
   * Asks the shared bucket for as many calls as are waiting (and the cap allows), one request at a
   * time; the shared bucket holds after a 429 (capped at maxHoldMs when it is recorded).
   */
  private pumpShared(shared: SharedRateBudget): void {
    const room = this.options.maxConcurrency - this.inFlight;
    if (this.asking || this.queue.size === 0 || room <= 0) return;
    const held = this.holdUntil - Date.now();
    if (held > 0) {
      this.wakeIn(held);
      return;
    }
    this.asking = true;
    void shared.take(Math.min(room, this.queue.size)).then((grant) => {
      this.asking = false;
      if (!grant) {
        // The store did not answer: these calls are paced locally.
        this.pump();
        return;
      }
      for (const lease of grant.leases) {
        const waiter = this.queue.shift();
        if (waiter) this.start(waiter, lease);
        else lease.release();
      }
      if (grant.retryInMs > 0) this.wakeIn(grant.retryInMs);
      else this.pump();
    });
  }

  private wakeIn(ms: number): void {
    const at = performance.now() + ms;
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      this.pump();
    }, ms);
  }
}
