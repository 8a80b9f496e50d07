import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { UpstreamCallEvent, UpstreamHooks } from "../upstream/index.js";

export interface OperationObservation {
  /** query, mutation, subscription, or "unknown" when the document never parsed. */
  operationType: string;
  durationMs: number;
  /** `extensions.code` of each error in the response. */
  errorCodes: readonly string[];
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The gateway's Prometheus metrics, in a registry of its own (one per gateway: tests start many).
 * Labels are bounded: operation type (not the caller-chosen operation name), error code, and the
 * upstream route template (not the URL).
 */
export class GatewayMetrics {
  readonly registry = new Registry();

  private readonly operations = new Counter({
    name: "usergraph_graphql_operations_total",
    help: "GraphQL operations answered, by operation type and outcome (ok, or error when the response carries errors).",
    labelNames: ["operation_type", "outcome"] as const,
    registers: [this.registry],
  });

  private readonly operationDuration = new Histogram({
    name: "usergraph_graphql_operation_duration_seconds",
    help: "Time from request to response of a GraphQL operation.",
    labelNames: ["operation_type"] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  private readonly operationErrors = new Counter({
    name: "usergraph_graphql_errors_total",
    help: "Errors in GraphQL responses, by extensions.code.",
    labelNames: ["code"] as const,
    registers: [this.registry],
  });

  private readonly upstreamRequests = new Counter({
    name: "usergraph_upstream_requests_total",
    help: "Management API requests (each attempt), by method, route template and HTTP status (0: network error or timeout).",
    labelNames: ["method", "route", "status"] as const,
    registers: [this.registry],
  });

  private readonly upstreamDuration = new Histogram({
    name: "usergraph_upstream_request_duration_seconds",
    help: "Duration of each Management API request attempt, by method and route template.",
    labelNames: ["method", "route"] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  private readonly rateLimited = new Counter({
    name: "usergraph_upstream_rate_limited_total",
    help: "429 Too Many Requests answers from the Management API, by route template.",
    labelNames: ["route"] as const,
    registers: [this.registry],
  });

  private readonly retries = new Counter({
    name: "usergraph_upstream_retries_total",
    help: "Management API requests retried, by route template and reason.",
    labelNames: ["route", "reason"] as const,
    registers: [this.registry],
  });

  private readonly tokenRefreshes = new Counter({
    name: "usergraph_upstream_token_refreshes_total",
    help: "Management API access tokens obtained.",
    registers: [this.registry],
  });

  private readonly rateLimiterWait = new Histogram({
    name: "usergraph_upstream_rate_limiter_wait_seconds",
    help: "Time upstream calls waited on the gateway's rate limiter (pacer) before they started.",
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30],
    registers: [this.registry],
  });

  private readonly rateLimitRemaining = new Gauge({
    name: "usergraph_upstream_rate_limit_remaining",
    help: "Requests left in the tenant's Management API rate-limit budget, as its latest answer's x-ratelimit-remaining said.",
    labelNames: ["tenant"] as const,
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: "usergraph_" });
  }

  /**
   * Upstream calls answered but not yet counted. A call's answer is on the critical path of the
   * operation waiting for it, so counting it (label hashing, bucket search) waits for the next turn
   * of the event loop; the exposition counts what is pending first.
   */
  private pendingCalls: UpstreamCallEvent[] = [];
  private flushScheduled = false;

  private readonly flushCalls = () => {
    this.flushScheduled = false;
    const calls = this.pendingCalls;
    this.pendingCalls = [];
    for (const event of calls) {
      this.upstreamRequests.inc({ method: event.method, route: event.route, status: String(event.status) });
      this.upstreamDuration.observe({ method: event.method, route: event.route }, event.durationMs / 1000);
    }
  };

  /** Feed these to `createManagementClient(config, { hooks })`. */
  readonly upstreamHooks: UpstreamHooks = {
    onCall: (event) => {
      this.pendingCalls.push(event);
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(this.flushCalls);
      }
    },
    onRetry: (event) => this.retries.inc({ route: event.route, reason: event.reason }),
    onRateLimited: (event) => this.rateLimited.inc({ route: event.route }),
    onTokenRefresh: () => this.tokenRefreshes.inc(),
    onPacerWait: (ms) => this.rateLimiterWait.observe(ms / 1000),
    onRateLimitRemaining: (event) => this.rateLimitRemaining.set({ tenant: event.origin }, event.remaining),
  };

  observeOperation(observation: OperationObservation): void {
    const operationType = observation.operationType;
    this.operations.inc({ operation_type: operationType, outcome: observation.errorCodes.length > 0 ? "error" : "ok" });
    this.operationDuration.observe({ operation_type: operationType }, observation.durationMs / 1000);
    for (const code of observation.errorCodes) this.operationErrors.inc({ code });
  }

  /** The Prometheus text exposition. */
  render(): Promise<string> {
    this.flushCalls();
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
