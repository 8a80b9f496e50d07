export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** UNIX epoch seconds at which the bucket next gains a request, as Auth0 sends it. */
  reset: number;
}

/** The tenant's token bucket: `burst` requests at most, refilled at `ratePerSecond`. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly ratePerSecond: number,
    readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.updatedAt = now();
  }

  take(): RateLimitDecision {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.updatedAt) / 1000) * this.ratePerSecond);
    this.updatedAt = now;
    const allowed = this.tokens >= 1;
    if (allowed) this.tokens -= 1;
    const msToNextToken = this.tokens >= this.burst ? 0 : ((1 - (this.tokens % 1)) / this.ratePerSecond) * 1000;
    return {
      allowed,
      limit: this.burst,
      remaining: Math.floor(this.tokens),
      reset: Math.ceil((now + msToNextToken) / 1000),
    };
  }
}
