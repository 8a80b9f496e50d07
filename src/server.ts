import type { Server } from "node:http";
import { tmpdir } from "node:os";
import type { Logger } from "pino";
import { createCallerProtection } from "./auth/caller-protection.js";
import { createTokenVerifier, type TokenVerifier } from "./auth/verify-token.js";
import { defaultSecurityConfig, type CallerAuthConfig, type Config, type SecurityConfig, type UpstreamConfig } from "./config.js";
import { DEFAULT_COST_BUDGET } from "./cost/plugin.js";
import { GatewayMetrics } from "./ops/metrics.js";
import { OperationTraces } from "./ops/operation-trace.js";
import { MAX_IMPORT_FILE_BYTES } from "./schema/import-file-check.js";
import type { ReadinessCheck } from "./ops/ops-endpoints.js";
import type { Tracing } from "./ops/tracing.js";
import { createContextFactory } from "./server/context.js";
import { createHttpLifecycle, type HttpLifecycle } from "./server/http-lifecycle.js";
import { defaultReadinessChecks } from "./server/readiness.js";
import { createGatewayYoga, type GatewayYoga, type GraphiQLOptions } from "./server/yoga.js";
import { createManagementClient, type ManagementClient } from "./upstream/client.js";
import { JobWatch } from "./upstream/job-watch.js";

export { defaultReadinessChecks } from "./server/readiness.js";
export type { GraphiQLOptions } from "./server/yoga.js";

const DEFAULT_OPERATION_TIMEOUT_MS = 30_000;

export interface GatewayOptions {
  client: ManagementClient;
  verifier: TokenVerifier;
  logger: Logger;
  /** GraphiQL at /graphql for browsers; false turns it off. */
  graphiql?: false | GraphiQLOptions;
  /**
   * Where operation metrics go and /metrics reads from. Pass the one whose `upstreamHooks` the
   * client was created with to see upstream metrics too; a fresh one (operations only) otherwise.
   */
  metrics?: GatewayMetrics;
  /** What /readyz checks; by default that a Management API token can be had and the JWKS loads. */
  readinessChecks?: readonly ReadinessCheck[];
  /** Abuse limits, CORS, introspection, trusted documents; development defaults when absent. */
  security?: SecurityConfig;
  /** Most Management API calls one operation may make, estimated before it runs (src/cost) and counted as it runs; 250 when absent. */
  costBudget?: number;
  /** Deadline of one operation's upstream calls together (OPERATION_TIMEOUT_MS); 30000 when absent. */
  operationTimeoutMs?: number;
  /** How often a watched job (`Subscription.jobProgress`) is polled; 1000 ms when absent. */
  jobPollIntervalMs?: number;
  /** OpenTelemetry spans of operations (src/ops/tracing.ts); none when absent. */
  tracing?: Tracing;
  /** Where uploads are spooled while their request runs (UPLOAD_DIR); the OS temp directory when absent. */
  uploadDir?: string;
}

export interface Gateway {
  yoga: GatewayYoga;
  server: Server;
  metrics: GatewayMetrics;
  /** Job polls running for `jobProgress` subscribers (one per job watched, however many watch it). */
  activeJobPolls(): number;
  /** Starts listening; resolves with the origin, e.g. http://127.0.0.1:4000. */
  listen(port: number, host: string): Promise<string>;
  /** Stops at once: open connections are cut. */
  close(): Promise<void>;
  /**
   * Stops gracefully: no new connections, /readyz answers 503, requests in flight get up to
   * `timeoutMs` to finish, then every connection is closed. `drained` is false if some were cut.
   */
  shutdown(timeoutMs: number): Promise<{ drained: boolean }>;
}

/** Wires the yoga instance (src/server/yoga.ts), its context factory and the HTTP server around it. */
export function createGateway(options: GatewayOptions): Gateway {
  const { client, verifier, logger } = options;
  const metrics = options.metrics ?? new GatewayMetrics();
  const traces = new OperationTraces();
  const security = options.security ?? defaultSecurityConfig();
  const protection = createCallerProtection(verifier, security);
  const costBudget = options.costBudget ?? DEFAULT_COST_BUDGET;
  const operationTimeoutMs = options.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS;
  // Job progress polls are shared by every subscriber of a job, whatever operation they came from.
  const jobWatch = new JobWatch(client, options.jobPollIntervalMs !== undefined ? { intervalMs: options.jobPollIntervalMs } : {});
  // The HTTP server is made after yoga (it serves it), but yoga's /readyz asks it whether it drains.
  let http: HttpLifecycle | undefined;

  const yoga = createGatewayYoga({
    logger,
    protection,
    context: createContextFactory({ client, protection, traces, costBudget, operationTimeoutMs, jobWatch }),
    traces,
    metrics,
    readinessChecks: options.readinessChecks ?? defaultReadinessChecks(client, verifier),
    isShuttingDown: () => http?.isDraining() ?? false,
    degraded: () => ({ redis: client.degraded() }),
    costBudget,
    graphiql: options.graphiql,
    tracing: options.tracing,
    uploads: {
      spoolDir: options.uploadDir ?? tmpdir(),
      keepLimit: MAX_IMPORT_FILE_BYTES,
      maxFieldBytes: security.maxBodyBytes,
      logger,
    },
  });
  http = createHttpLifecycle(yoga);

  const lifecycle = http;
  return {
    yoga,
    server: lifecycle.server,
    metrics,
    activeJobPolls: () => jobWatch.active,
    listen: lifecycle.listen,
    close: () => {
      jobWatch.close();
      return lifecycle.close();
    },
    shutdown: (timeoutMs) => {
      jobWatch.close();
      return lifecycle.shutdown(timeoutMs);
    },
  };
}

/** A configuration whose upstream and callers' issuer are known (tenant mode, or embedded once the emulator runs). */
export type ResolvedConfig = Config & { upstream: UpstreamConfig; auth: CallerAuthConfig };

export interface AssembledGateway {
  gateway: Gateway;
  client: ManagementClient;
  verifier: TokenVerifier;
  metrics: GatewayMetrics;
  /** Closes the upstream client's sockets (after the gateway has stopped). */
  closeClient(): Promise<void>;
}

/** Wires a gateway from the configuration: client with metrics hooks, caller verification, GraphiQL. */
export function assembleGateway(
  config: ResolvedConfig,
  options: { logger: Logger; graphiql?: GraphiQLOptions; processMetrics?: boolean; tracing?: Tracing },
): AssembledGateway {
  const metrics = new GatewayMetrics({ processMetrics: options.processMetrics ?? false });
  const { tracing } = options;
  const client = createManagementClient(config.upstream, {
    logger: options.logger,
    hooks: metrics.upstreamHooks,
    ...(tracing ? { tracer: tracing.upstream } : {}),
  });
  const verifier = createTokenVerifier(config.auth);
  const gateway = createGateway({
    client,
    verifier,
    logger: options.logger,
    metrics,
    graphiql: config.graphiql ? (options.graphiql ?? {}) : false,
    security: config.security,
    costBudget: config.cost.budget,
    operationTimeoutMs: config.operationTimeoutMs,
    ...(tracing ? { tracing } : {}),
    ...(config.uploadDir !== undefined ? { uploadDir: config.uploadDir } : {}),
  });
  return { gateway, client, verifier, metrics, closeClient: () => client.close() };
}
