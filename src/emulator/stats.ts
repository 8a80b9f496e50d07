export interface CallStatsSnapshot {
  total: number;
  /** Calls by "METHOD /route/{template}". */
  byRoute: Record<string, number>;
  /** Answers by HTTP status ("200", "429"…); requests not answered (held, dropped) are not counted. */
  byStatus: Record<string, number>;
}

/** A request as it reached the emulator: method and request-target (path and query string). */
export interface RecordedRequest {
  method: string;
  url: string;
  /** performance.now() when it arrived. */
  receivedAt: number;
  /** The W3C `traceparent` it carried, if any (a traced gateway sends its span's). */
  traceparent?: string;
  /** Milliseconds from its arrival to its answer (the latency included); undefined until answered. */
  answeredInMs?: number;
  /** The answer's HTTP status; undefined until answered. */
  status?: number;
}

/** The newest requests kept for `requests()`. */
const KEPT_REQUESTS = 1000;

/** Call accounting: every Management API and token request that reaches the emulator. */
export class CallStats {
  private byRoute = new Map<string, number>();
  private byStatus = new Map<string, number>();
  private total = 0;
  private recent: RecordedRequest[] = [];

  /** Counts a request; `answered(status)` then records its status and how long its answer took. */
  record(method: string, template: string, url: string, traceparent?: string): { answered(status: number): void } {
    const key = `${method} ${template}`;
    this.byRoute.set(key, (this.byRoute.get(key) ?? 0) + 1);
    this.total += 1;
    const request: RecordedRequest = { method, url, receivedAt: performance.now(), ...(traceparent ? { traceparent } : {}) };
    this.recent.push(request);
    if (this.recent.length > KEPT_REQUESTS) this.recent.splice(0, this.recent.length - KEPT_REQUESTS);
    return {
      answered: (status) => {
        request.answeredInMs = performance.now() - request.receivedAt;
        request.status = status;
        this.byStatus.set(String(status), (this.byStatus.get(String(status)) ?? 0) + 1);
      },
    };
  }

  /** The latest requests (at most 1000), oldest first, since the last reset. */
  requests(): RecordedRequest[] {
    return this.recent.map((request) => ({ ...request }));
  }

  snapshot(): CallStatsSnapshot {
    return {
      total: this.total,
      byRoute: Object.fromEntries([...this.byRoute].sort(([a], [b]) => a.localeCompare(b))),
      byStatus: Object.fromEntries([...this.byStatus].sort(([a], [b]) => a.localeCompare(b))),
    };
  }

  reset(): void {
    this.byRoute.clear();
    this.byStatus.clear();
    this.total = 0;
    this.recent = [];
  }
}
