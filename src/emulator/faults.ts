export type FaultAction =
  /** `body` is sent as JSON; `text` verbatim (text/html unless `headers` say otherwise), e.g. a proxy's error page. */
  | { status: number; body?: unknown; text?: string; headers?: Record<string, string> }
  /** Answers as usual, with these response headers set over the usual ones (e.g. a rate-limit reset an hour ahead). */
  | { overrideHeaders: Record<string, string> }
  | { hang: true }
  | { drop: true };

export interface FaultRule {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** Route template to match, e.g. "/api/v2/users/{id}" or "/oauth/token"; any when absent. */
  route?: string;
  /** How many matching requests the fault answers before it disarms. */
  count: number;
  action: FaultAction;
}

/** The fault switch: the next `count` requests matching a rule get its action instead of an answer. */
export class FaultSwitch {
  private rules: FaultRule[] = [];

  add(rule: FaultRule): void {
    if (!Number.isInteger(rule.count) || rule.count < 1) throw new Error("fault count must be a positive integer");
    this.rules.push({ ...rule, method: rule.method?.toUpperCase() });
  }

  clear(): void {
    this.rules = [];
  }

  take(method: string, route: string): FaultAction | undefined {
    const rule = this.rules.find((r) => (r.method === undefined || r.method === method) && (r.route === undefined || r.route === route));
    if (!rule) return undefined;
    rule.count -= 1;
    if (rule.count === 0) this.rules = this.rules.filter((r) => r !== rule);
    return rule.action;
  }
}
