import { getOperationAST, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "pino";
import type { GatewayMetrics } from "./metrics.js";
import type { OperationTrace, OperationTraces } from "./operation-trace.js";

interface ResultLike {
  errors?: readonly { extensions?: Record<string, unknown> }[];
}

/** Longest operation name logged: callers choose it (one sent a 300 KB name). */
export const MAX_LOGGED_OPERATION_NAME = 100;

const loggedName = (name: string | undefined) =>
  name === undefined ? null : name.length > MAX_LOGGED_OPERATION_NAME ? `${name.slice(0, MAX_LOGGED_OPERATION_NAME)}…` : name;

function errorCodesOf(result: unknown): string[] {
  const results: unknown[] = Array.isArray(result) ? result : [result];
  const codes: string[] = [];
  for (const one of results) {
    // A stream (subscriptions, @defer) is not inspected; its first part was already counted.
    if (!one || typeof one !== "object" || Symbol.asyncIterator in one) continue;
    for (const error of (one as ResultLike).errors ?? []) {
      const code = error.extensions?.code;
      codes.push(typeof code === "string" ? code : "INTERNAL_SERVER_ERROR");
    }
  }
  return codes;
}

/**
 * One structured log line and the operation metrics per GraphQL request, and its request id in the
 * `x-request-id` response header. Never logs the query text, variables or headers (they carry
 * passwords and tokens).
 */
export function useOperationTelemetry(options: {
  traces: OperationTraces;
  logger: Logger;
  metrics: GatewayMetrics;
  graphqlEndpoint: string;
}): Plugin {
  const { traces, logger, metrics, graphqlEndpoint } = options;
  return {
    onRequest({ request, url }) {
      if (url.pathname === graphqlEndpoint) traces.start(request);
    },
    onParams({ request, params }) {
      const trace = traces.of(request);
      trace.isOperation = true;
      if (typeof params.operationName === "string" && params.operationName) trace.operationName = params.operationName;
    },
    onParse({ context }) {
      const request = (context as { request?: Request }).request;
      const wanted = (context as { params?: { operationName?: string } }).params?.operationName;
      return ({ result }) => {
        if (!request || result instanceof Error || !result) return;
        const operation = getOperationAST(result as DocumentNode, wanted);
        if (!operation) return;
        const trace = traces.of(request);
        trace.operationType = operation.operation;
        trace.operationName ??= operation.name?.value;
      };
    },
    onResultProcess({ request, result }) {
      traces.of(request).errorCodes.push(...errorCodesOf(result));
    },
    onResponse({ request, response }) {
      const trace = traces.of(request);
      response.headers.set("x-request-id", trace.requestId);
      if (!trace.isOperation) return;
      const durationMs = Math.round((performance.now() - trace.startedAt) * 10) / 10;
      const status = response.status;
      // The metrics and the log line wait until the answer is on its way: off the caller's critical path.
      // The answer is settled: calls still running are cancelled, and the line counts every call made.
      setImmediate(() => {
        const settled = trace.calls?.settle();
        if (settled) void settled.then(() => record(trace, status, durationMs));
        else record(trace, status, durationMs);
      });
    },
  };

  function record(trace: OperationTrace, status: number, durationMs: number): void {
    metrics.observeOperation({ operationType: trace.operationType ?? "unknown", durationMs, errorCodes: trace.errorCodes });
    const fields = {
      requestId: trace.requestId,
      ...(trace.traceId ? { trace_id: trace.traceId } : {}),
      operationName: loggedName(trace.operationName),
      operationType: trace.operationType ?? null,
      caller: trace.callerSub ?? null,
      status,
      durationMs,
      upstreamCalls: trace.upstreamCalls.total,
      errorCodes: [...new Set(trace.errorCodes)],
    };
    const internal = trace.errorCodes.includes("INTERNAL_SERVER_ERROR");
    logger[internal ? "error" : "info"](fields, "graphql operation");
  }
}
