import {
  type Context,
  context,
  createContextKey,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from "@opentelemetry/api";
import type { TracingConfig } from "../config.js";
import type { UpstreamSpan, UpstreamTracer } from "../upstream/index.js";

/**
 * OpenTelemetry traces, on only when the OTEL_* variables say so (src/config/tracing.ts). The SDK and
 * the exporter are imported here, lazily: with tracing off the gateway never loads them, and the call
 * sites only test for an absent `Tracing`.
 *
 * What never goes into a span: tokens, secrets, emails, query text or variables, URLs (the upstream
 * route *template* is recorded, never the path with ids, nor the query string).
 */
export interface Tracing {
  tracer: Tracer;
  /** Spans of upstream calls and token grants, for `createManagementClient(config, { tracer })`. */
  upstream: UpstreamTracer;
  /** The caller's trace context from W3C `traceparent`/`tracestate` (the root context when absent). */
  extract(headers: Headers): Context;
  /** Sends the spans ended so far. */
  flush(): Promise<void>;
  /** Flushes, then stops exporting. */
  shutdown(): Promise<void>;
}

type Sampler = import("@opentelemetry/sdk-trace-base").Sampler;

async function samplerOf(config: TracingConfig): Promise<Sampler> {
  const { AlwaysOffSampler, AlwaysOnSampler, ParentBasedSampler, TraceIdRatioBasedSampler } = await import("@opentelemetry/sdk-trace-base");
  const root: Record<TracingConfig["sampler"], () => Sampler> = {
    always_on: () => new AlwaysOnSampler(),
    always_off: () => new AlwaysOffSampler(),
    traceidratio: () => new TraceIdRatioBasedSampler(config.samplerRatio),
    parentbased_always_on: () => new ParentBasedSampler({ root: new AlwaysOnSampler() }),
    parentbased_always_off: () => new ParentBasedSampler({ root: new AlwaysOffSampler() }),
    parentbased_traceidratio: () => new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(config.samplerRatio) }),
  };
  return root[config.sampler]();
}

/** Starts the SDK when `config.enabled`; undefined (and nothing loaded) otherwise. */
export async function startTracing(config: TracingConfig, options: { serviceVersion?: string } = {}): Promise<Tracing | undefined> {
  if (!config.enabled || config.tracesUrl === undefined) return undefined;
  const [
    { BasicTracerProvider, BatchSpanProcessor },
    { AsyncLocalStorageContextManager },
    { OTLPTraceExporter },
    { resourceFromAttributes },
    { W3CTraceContextPropagator },
  ] = await Promise.all([
    import("@opentelemetry/sdk-trace-base"),
    import("@opentelemetry/context-async-hooks"),
    config.protocol === "http/json"
      ? import("@opentelemetry/exporter-trace-otlp-http")
      : import("@opentelemetry/exporter-trace-otlp-proto"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/core"),
  ]);
  // The context manager is process-wide (the active span follows async calls); one set already (a
  // second gateway in the process, a router's SDK) does the same job.
  if (!hasContextManager()) context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const exporter = new OTLPTraceExporter({ url: config.tracesUrl, headers: config.headers });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      ...config.resourceAttributes,
      "service.name": config.serviceName,
      ...(options.serviceVersion ? { "service.version": options.serviceVersion } : {}),
    }),
    sampler: await samplerOf(config),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer("usergraph", options.serviceVersion);
  const propagator = new W3CTraceContextPropagator();
  return {
    tracer,
    upstream: upstreamTracer(tracer, propagator),
    extract: (headers) =>
      propagator.extract(ROOT_CONTEXT, headers, {
        keys: () => [...headers.keys()],
        get: (carrier, key) => carrier.get(key) ?? undefined,
      }),
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}

const PROBE = createContextKey("usergraph.context-manager-probe");

/** Whether a context manager is registered: without one, `context.with` does not make its context active. */
function hasContextManager(): boolean {
  return context.with(ROOT_CONTEXT.setValue(PROBE, true), () => context.active().getValue(PROBE) === true);
}

type Propagator = import("@opentelemetry/core").W3CTraceContextPropagator;

/** The error's type as recorded: an HTTP status or a kind (timeout, network…), never its message (it may quote input). */
function errorType(error: unknown): string {
  const { statusCode, kind } = (error ?? {}) as { statusCode?: unknown; kind?: unknown };
  if (typeof statusCode === "number" && statusCode > 0) return String(statusCode);
  if (typeof kind === "string") return kind;
  return error instanceof Error ? error.name : "error";
}

function rateLimitRemaining(headers: Record<string, string | string[] | undefined>): number | undefined {
  const value = headers["x-ratelimit-remaining"];
  const n = Number(Array.isArray(value) ? value[0] : value);
  return value !== undefined && Number.isFinite(n) ? n : undefined;
}

function upstreamSpan(span: Span, propagator: Propagator): UpstreamSpan {
  let pacerWaitMs = 0;
  let attempts = 0;
  return {
    inject(headers) {
      propagator.inject(trace.setSpan(context.active(), span), headers, {
        set: (carrier, key, value) => {
          carrier[key] = value;
        },
      });
    },
    attempt(n, waitMs) {
      attempts = n;
      pacerWaitMs += waitMs;
    },
    answered(status, headers) {
      span.setAttribute("http.response.status_code", status);
      const remaining = rateLimitRemaining(headers);
      if (remaining !== undefined) span.setAttribute("usergraph.ratelimit.remaining", remaining);
    },
    end(error) {
      span.setAttributes({
        "http.request.resend_count": Math.max(0, attempts - 1),
        "usergraph.pacer.wait_ms": Math.round(pacerWaitMs * 100) / 100,
      });
      if (error !== undefined) {
        span.setAttribute("error.type", errorType(error));
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      span.end();
    },
  };
}

function upstreamTracer(tracer: Tracer, propagator: Propagator): UpstreamTracer {
  return {
    startCall(method, route) {
      const span = tracer.startSpan(`${method} ${route}`, {
        kind: SpanKind.CLIENT,
        attributes: { "http.request.method": method, "url.template": route },
      });
      return upstreamSpan(span, propagator);
    },
    startTokenGrant(route) {
      const span = tracer.startSpan("token grant", {
        kind: SpanKind.CLIENT,
        attributes: { "http.request.method": "POST", "url.template": route, "oauth.grant_type": "client_credentials" },
      });
      return upstreamSpan(span, propagator);
    },
  };
}
