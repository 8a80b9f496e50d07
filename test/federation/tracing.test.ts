import { openTelemetrySetup } from "@graphql-hive/gateway/opentelemetry/setup";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printedSubgraphSchema } from "../../src/schema/print.js";
import { type OtlpReceiver, startOtlpReceiver } from "../ops/otlp-receiver.js";
import { type OpsGateway, startOpsGateway } from "../ops/support.js";
import { type Router, startRouter } from "./router.js";

// Hive Gateway with its own OpenTelemetry tracing routes to usergraph, which exports to an OTLP
// receiver: the router's span is the parent of usergraph's operation span, in one trace.

const CLIENT_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
const CLIENT_TRACEPARENT = `00-${CLIENT_TRACE_ID}-b7ad6b7169203331-01`;

describe("a trace through Hive Gateway", () => {
  let routerSpans: InMemorySpanExporter;
  let receiver: OtlpReceiver;
  let t: OpsGateway;
  let router: Router;

  beforeAll(async () => {
    routerSpans = new InMemorySpanExporter();
    openTelemetrySetup({ contextManager: new AsyncLocalStorageContextManager(), traces: { exporter: routerSpans, batching: false } });
    receiver = await startOtlpReceiver();
    t = await startOpsGateway({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } });
    router = await startRouter([{ name: "usergraph", url: `${t.url}/graphql`, sdl: printedSubgraphSchema() }], { openTelemetry: true });
  });
  afterAll(async () => {
    await router?.close();
    await t?.close();
    await receiver?.close();
  });

  it("continues the router's traceparent in usergraph's operation span", async () => {
    const response = await fetch(router.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await t.token()}`, traceparent: CLIENT_TRACEPARENT },
      body: JSON.stringify({ query: "query ViaRouter { users(first: 2) { nodes { id } } }" }),
    });
    const body = (await response.json()) as { data?: { users: { nodes: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.users.nodes).toHaveLength(2);

    await t.tracing!.flush();
    const operation = await receiver.waitFor((span) => span.kind === 2 && span.attributes["graphql.operation.type"] === "query");
    // The client's trace, continued by Hive Gateway (its request's spans; it also traces its own start-up), then by usergraph.
    const hive = routerSpans
      .getFinishedSpans()
      .map((span) => span.spanContext())
      .filter((span) => span.traceId === CLIENT_TRACE_ID);
    expect(hive.length).toBeGreaterThan(0);
    expect(operation.traceId).toBe(CLIENT_TRACE_ID);
    // Its parent is one of the router's spans (the subgraph call), not the client's span.
    expect(hive.map((span) => span.spanId)).toContain(operation.parentSpanId);
  });
});
