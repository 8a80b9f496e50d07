export interface CallStatsSnapshot {
  total: number;
  /** Calls by "METHOD /route/{template}". */
  byRoute: Record<string, number>;
}

/** A request as it reached the emulator: method and request-target (path and query string). */
export interface RecordedRequest {
  method: string;
  url: string;
}

/** The newest requests kept for `requests()`. */
const KEPT_REQUESTS = 1000;

/** Call accounting: every Management API and token request that reaches the emulator. */
export class CallStats {
  private byRoute = new Map<string, number>();
  private total = 0;
  private recent: RecordedRequest[] = [];

  record(method: string, template: string, url?: string): void {
    const key = `${method} ${template}`;
    this.byRoute.set(key, (this.byRoute.get(key) ?? 0) + 1);
    this.total += 1;
    if (url !== undefined) {
      this.recent.push({ method, url });
      if (this.recent.length > KEPT_REQUESTS) this.recent.splice(0, this.recent.length - KEPT_REQUESTS);
    }
  }

  /** The latest requests (at most 1000), oldest first, since the last reset. */
  requests(): RecordedRequest[] {
    return [...this.recent];
  }

  snapshot(): CallStatsSnapshot {
    return { total: this.total, byRoute: Object.fromEntries([...this.byRoute].sort(([a], [b]) => a.localeCompare(b))) };
  }

  reset(): void {
    this.byRoute.clear();
    this.total = 0;
    this.recent = [];
  }
}
