export interface CallStatsSnapshot {
  total: number;
  /** Calls by "METHOD /route/{template}". */
  byRoute: Record<string, number>;
}

/** Call accounting: every Management API and token request that reaches the emulator. */
export class CallStats {
  private byRoute = new Map<string, number>();
  private total = 0;

  record(method: string, template: string): void {
    const key = `${method} ${template}`;
    this.byRoute.set(key, (this.byRoute.get(key) ?? 0) + 1);
    this.total += 1;
  }

  snapshot(): CallStatsSnapshot {
    return { total: this.total, byRoute: Object.fromEntries([...this.byRoute].sort(([a], [b]) => a.localeCompare(b))) };
  }

  reset(): void {
    this.byRoute.clear();
    this.total = 0;
  }
}
