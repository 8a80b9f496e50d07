import { createYoga, type YogaInitialContext, type YogaServerInstance } from "graphql-yoga";
import type { Logger } from "pino";
import type { createCallerProtection } from "../auth/caller-protection.js";
import { useUpstreamCostLimit } from "../cost/plugin.js";
import type { GatewayMetrics } from "../ops/metrics.js";
import { useOperationCallsSettlement } from "../ops/operation-calls.js";
import { useOperationTelemetry } from "../ops/operation-telemetry.js";
import { useOperationSpans } from "../ops/operation-spans.js";
import type { OperationTraces } from "../ops/operation-trace.js";
import { useOpsEndpoints, type ReadinessCheck } from "../ops/ops-endpoints.js";
import type { Tracing } from "../ops/tracing.js";
import type { GatewayContext } from "../schema/context.js";
import { useHiddenLiteralValues } from "../schema/hidden-literal-values.js";
import { useHiddenVariableValues } from "../schema/hidden-variable-values.js";
import { schema } from "../schema/index.js";
import { type StreamedUploadsOptions, useStreamedUploads } from "./multipart-request.js";

export const GRAPHQL_ENDPOINT = "/graphql";

export type GatewayYoga = YogaServerInstance<Record<string, never>, GatewayContext>;

export interface GraphiQLOptions {
  /** The operation a new GraphiQL tab opens with. */
  defaultQuery?: string;
  /** Headers pre-filled in GraphiQL's header editor (e.g. a dev token's Authorization). */
  headers?: Record<string, string>;
}

/** The yoga instance: schema, plugins in order, GraphiQL; it knows nothing of sockets (src/server/http-lifecycle.ts). */
export function createGatewayYoga(options: {
  logger: Logger;
  protection: ReturnType<typeof createCallerProtection>;
  context: (initial: YogaInitialContext) => Promise<GatewayContext>;
  traces: OperationTraces;
  metrics: GatewayMetrics;
  readinessChecks: readonly ReadinessCheck[];
  isShuttingDown: () => boolean;
  /** What works in a lesser way without making the gateway unready (see useOpsEndpoints). */
  degraded: () => Record<string, string | undefined>;
  costBudget: number;
  graphiql: false | GraphiQLOptions | undefined;
  /** OpenTelemetry spans of operations, when tracing is on. */
  tracing?: Tracing | undefined;
  /** How multipart requests' files are spooled (src/server/multipart-request.ts). */
  uploads: StreamedUploadsOptions;
}): GatewayYoga {
  const { logger, protection, traces, metrics, graphiql } = options;
  return createYoga<Record<string, never>, GatewayContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    landingPage: false,
    logging: logger.child({ component: "yoga" }),
    maskedErrors: protection.maskedErrors,
    cors: protection.cors,
    batching: protection.batching,
    maxRequestBodySize: protection.maxRequestBodySize,
    // Multipart requests are parsed by useStreamedUploads, never by yoga's in-memory `formData()`.
    multipart: false,
    plugins: [
      useOpsEndpoints({ checks: options.readinessChecks, metrics, isShuttingDown: options.isShuttingDown, degraded: options.degraded }),
      useOperationTelemetry({ traces, logger, metrics, graphqlEndpoint: GRAPHQL_ENDPOINT }),
      ...(options.tracing ? [useOperationSpans({ tracing: options.tracing, traces })] : []),
      // Before the body limit (in protection.plugins), which wraps the parser this sets.
      useStreamedUploads(options.uploads),
      ...protection.plugins,
      useHiddenVariableValues(),
      useHiddenLiteralValues(),
      // Before the cost limit: its report counts the calls made once they have all ended.
      useOperationCallsSettlement(),
      useUpstreamCostLimit({
        budget: options.costBudget,
        onEstimate: (request, estimated) => {
          if (request) traces.of(request).costEstimate = estimated;
        },
      }),
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
    context: options.context,
  });
}
