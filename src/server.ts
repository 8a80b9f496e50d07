import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { Logger } from "pino";
import { createCallerProtection } from "./auth/caller-protection.js";
import { createTokenVerifier, type TokenVerifier } from "./auth/verify-token.js";
import { defaultSecurityConfig, type CallerAuthConfig, type Config, type SecurityConfig, type UpstreamConfig } from "./config.js";
import { DEFAULT_COST_BUDGET, useUpstreamCostLimit } from "./cost/plugin.js";
import { createLoaders } from "./loaders/index.js";
import { GatewayMetrics } from "./ops/metrics.js";
import { useOperationTelemetry } from "./ops/operation-telemetry.js";
import { OperationTraces } from "./ops/operation-trace.js";
import { useOpsEndpoints, type ReadinessCheck } from "./ops/ops-endpoints.js";
import type { GatewayContext } from "./schema/context.js";
import { schema } from "./schema/index.js";
import { useHiddenVariableValues } from "./schema/hidden-variable-values.js";
import { createManagementClient, type ManagementClient } from "./upstream/client.js";
import { UpstreamError } from "./upstream/errors.js";

const GRAPHQL_ENDPOINT = "/graphql";

export interface GraphiQLOptions {
  /** The operation a new GraphiQL tab opens with. */
  defaultQuery?: string;
  /** Headers pre-filled in GraphiQL's header editor (e.g. a dev token's Authorization). */
  headers?: Record<string, string>;
}

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
}

export interface Gateway {
  yoga: YogaServerInstance<Record<string, never>, GatewayContext>;
  server: Server;
  metrics: GatewayMetrics;
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

/** Runs `work`; a failure is rethrown as `${what}: ${its message}` (an upstream status included). */
async function explained(what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const status = error instanceof UpstreamError && error.statusCode > 0 ? ` (HTTP ${error.statusCode})` : "";
    // fetch's "fetch failed" says why only in its cause (ECONNREFUSED, a DNS failure…).
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}${status}${cause}`);
  }
}

export function defaultReadinessChecks(client: ManagementClient, verifier: TokenVerifier): ReadinessCheck[] {
  return [
    { name: "upstream_token", check: (signal) => explained("no Management API token", () => client.ready({ signal })) },
    { name: "jwks", check: () => explained("the callers' token signing keys (JWKS) could not be loaded", () => verifier.ready()) },
  ];
}

export function createGateway(options: GatewayOptions): Gateway {
  const { client, verifier, logger, graphiql } = options;
  const metrics = options.metrics ?? new GatewayMetrics();
  const traces = new OperationTraces();
  let draining = false;
  const protection = createCallerProtection(verifier, options.security ?? defaultSecurityConfig());
  const costBudget = options.costBudget ?? DEFAULT_COST_BUDGET;

  const yoga = createYoga<Record<string, never>, GatewayContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    landingPage: false,
    logging: logger.child({ component: "yoga" }),
    maskedErrors: protection.maskedErrors,
    cors: protection.cors,
    batching: protection.batching,
    maxRequestBodySize: protection.maxRequestBodySize,
    plugins: [
      useOpsEndpoints({
        checks: options.readinessChecks ?? defaultReadinessChecks(client, verifier),
        metrics,
        isShuttingDown: () => draining,
      }),
      useOperationTelemetry({ traces, logger, metrics, graphqlEndpoint: GRAPHQL_ENDPOINT }),
      ...protection.plugins,
      useHiddenVariableValues(),
      useUpstreamCostLimit({ budget: costBudget }),
    ],
    graphiql:
      graphiql === false
        ? false
        : () => ({
            title: "usergraph",
            defaultQuery: graphiql?.defaultQuery,
            headers: graphiql?.headers ? JSON.stringify(graphiql.headers, null, 2) : undefined,
            defaultEditorToolsVisibility: graphiql?.headers ? "headers" : false,
            shouldPersistHeaders: false,
          }),
    // GraphiQL's inlined bundle is large (~100 MB of heap): load it only when a browser asks for it.
    renderGraphiQL: async (graphiqlOptions) => (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(graphiqlOptions),
    context: async ({ request }): Promise<GatewayContext> => {
      const trace = traces.of(request);
      const caller = await protection.callerOf(request);
      trace.callerSub = caller.sub;
      const upstreamCalls = trace.upstreamCalls;
      // The estimate takes every id read in bulk to exist; ids a search misses cost a call each, so
      // the budget is also enforced call by call.
      const operationClient = client
        .withCallBudget(costBudget)
        .withCallListener((event) => {
          const route = `${event.method} ${event.route}`;
          upstreamCalls.total += 1;
          upstreamCalls.byRoute[route] = (upstreamCalls.byRoute[route] ?? 0) + 1;
        });
      return {
        caller,
        client: operationClient,
        loaders: createLoaders(operationClient),
        requestId: trace.requestId,
        upstreamCalls,
      };
    },
  });

  const sockets = new Set<Socket>();
  const server = createServer(yoga);
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  // Requests in flight, for a graceful shutdown.
  let inFlight = 0;
  let onIdle: (() => void) | undefined;
  server.on("request", (_req, res) => {
    inFlight += 1;
    if (draining) res.setHeader("connection", "close");
    res.on("close", () => {
      inFlight -= 1;
      if (draining) server.closeIdleConnections();
      if (inFlight === 0) onIdle?.();
    });
  });

  return {
    yoga,
    server,
    metrics,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const address = server.address() as AddressInfo;
          const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
          resolve(`http://${shown}:${address.port}`);
        });
      }),
    close: async () => {
      draining = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    shutdown: async (timeoutMs) => {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const drained = await Promise.race([
        new Promise<boolean>((resolve) => {
          onIdle = () => resolve(true);
          if (inFlight === 0) resolve(true);
        }),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await closed;
      return { drained };
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
  options: { logger: Logger; graphiql?: GraphiQLOptions; processMetrics?: boolean },
): AssembledGateway {
  const metrics = new GatewayMetrics({ processMetrics: options.processMetrics ?? false });
  const client = createManagementClient(config.upstream, { logger: options.logger, hooks: metrics.upstreamHooks });
  const verifier = createTokenVerifier(config.auth);
  const gateway = createGateway({
    client,
    verifier,
    logger: options.logger,
    metrics,
    graphiql: config.graphiql ? (options.graphiql ?? {}) : false,
    security: config.security,
    costBudget: config.cost.budget,
  });
  return { gateway, client, verifier, metrics, closeClient: () => client.close() };
}
