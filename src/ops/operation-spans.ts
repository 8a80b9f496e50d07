import { type Context, context as otelContext, type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { Plugin } from "graphql-yoga";
import type { OperationTraces } from "./operation-trace.js";
import type { Tracing } from "./tracing.js";

interface OperationSpan {
  span: Span;
  /** The caller's context with the operation span in it: the parent of the phases. */
  context: Context;
  execute?: Span;
}

function requestOf(context: unknown): Request | undefined {
  return (context as { request?: Request } | undefined)?.request;
}

/**
 * One span per GraphQL operation, continued from the caller's W3C `traceparent`, with the phases
 * parse, validate and execute as its children. Execution runs with its span active, so the upstream
 * calls that resolvers make (src/ops/tracing.ts) are its children and carry its trace to the tenant.
 * Records the operation's name and type, the cost estimate, the upstream calls made and the outcome;
 * never the query text or variables.
 */
export function useOperationSpans(options: { tracing: Tracing; traces: OperationTraces }): Plugin {
  const { tracing, traces } = options;
  const { tracer } = tracing;
  const operations = new WeakMap<Request, OperationSpan>();

  function phase(request: Request | undefined, name: string): Span | undefined {
    const operation = request && operations.get(request);
    return operation && tracer.startSpan(name, {}, operation.context);
  }

  function endPhase(span: Span | undefined, failed: boolean): void {
    if (!span) return;
    if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  }

  return {
    onParams({ request }) {
      const parent = tracing.extract(request.headers);
      const span = tracer.startSpan("graphql.operation", { kind: SpanKind.SERVER }, parent);
      operations.set(request, { span, context: trace.setSpan(parent, span) });
      if (span.isRecording()) traces.of(request).traceId = span.spanContext().traceId;
    },
    onParse({ context }) {
      const span = phase(requestOf(context), "graphql.parse");
      return ({ result }) => endPhase(span, result instanceof Error);
    },
    onValidate({ context }) {
      const span = phase(requestOf(context), "graphql.validate");
      return ({ valid }) => endPhase(span, !valid);
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const request = requestOf(args.contextValue);
      const operation = request && operations.get(request);
      if (!operation) return;
      const span = tracer.startSpan("graphql.execute", {}, operation.context);
      operation.execute = span;
      const active = trace.setSpan(operation.context, span);
      setExecuteFn((executeArgs) => otelContext.with(active, () => executeFn(executeArgs)));
      return {
        onExecuteDone({ result }) {
          const errors = (result as { errors?: readonly unknown[] }).errors;
          endPhase(span, Array.isArray(errors) && errors.length > 0);
          operation.execute = undefined;
        },
      };
    },
    onResponse({ request, response }) {
      const operation = operations.get(request);
      if (!operation) return;
      operations.delete(request);
      // Execution stopped before it ran (the cost limit refused it): its span ends with the operation.
      operation.execute?.end();
      const { span } = operation;
      const facts = traces.of(request);
      const codes = [...new Set(facts.errorCodes)];
      if (facts.operationType) span.updateName(`${facts.operationType}${facts.operationName ? ` ${facts.operationName}` : ""}`);
      span.setAttributes({
        ...(facts.operationName ? { "graphql.operation.name": facts.operationName } : {}),
        ...(facts.operationType ? { "graphql.operation.type": facts.operationType } : {}),
        ...(facts.costEstimate !== undefined ? { "usergraph.cost.estimate": facts.costEstimate } : {}),
        "usergraph.upstream.calls": facts.upstreamCalls.total,
        "usergraph.outcome": codes.length > 0 ? "error" : "ok",
        ...(codes.length > 0 ? { "usergraph.error_codes": codes } : {}),
        "http.response.status_code": response.status,
      });
      if (codes.length > 0) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}
