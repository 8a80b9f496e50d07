import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphQLAnswer } from "../support/graphql-answer.js";
import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from "./otlp-receiver.js";
import { startOpsGateway, startMain, type OpsGateway } from "./support.js";

// A caller's W3C trace context, as a router in front of the gateway sends it.
const CALLER_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_SPAN_ID = "00f067aa0ba902b7";
const TRACEPARENT = `00-${CALLER_TRACE_ID}-${CALLER_SPAN_ID}-01`;

/** An export header's value: an API key, which nothing may log or echo. */
const API_KEY = `otlp-key-${randomUUID()}`;
const RESOURCE_ATTRIBUTES = "deployment.environment.name=test,service.namespace=identity%2Caccess";

interface UsersData {
  users: { nodes: { id: string; email: string | null }[] };
}

const FAN_OUT = "query UsersWithRoles($first: Int!) { users(first: $first) { nodes { id email roles { nodes { name } } } } }";

describe("OpenTelemetry traces (OTLP/HTTP protobuf, the default, to a receiver on loopback)", () => {
  let receiver: OtlpReceiver;
  let t: OpsGateway;
  let spans: ReceivedSpan[];
  let answer: { status: number; body: GraphQLAnswer<UsersData> };
  let callerToken: string;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    t = await startOpsGateway({
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_SERVICE_NAME: "usergraph-test",
        OTEL_EXPORTER_OTLP_HEADERS: `x-api-key=${API_KEY}`,
        OTEL_RESOURCE_ATTRIBUTES: RESOURCE_ATTRIBUTES,
      },
    });
    expect(t.tracing).toBeDefined();
    callerToken = await t.token();
    answer = await t.post<UsersData>(
      { query: FAN_OUT, operationName: "UsersWithRoles", variables: { first: 3 } },
      { token: callerToken, headers: { traceparent: TRACEPARENT } },
    );
    await t.tracing!.flush();
    await receiver.waitFor((span) => span.name === "query UsersWithRoles");
    spans = receiver.spans.filter((span) => span.traceId === CALLER_TRACE_ID);
  });

  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  const named = (name: string) => spans.filter((span) => span.name === name);
  const one = (name: string) => {
    const found = named(name);
    expect(found, name).toHaveLength(1);
    return found[0]!;
  };

  it("answers the operation", () => {
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.users.nodes).toHaveLength(3);
  });

  it("exports protobuf with the OTEL_EXPORTER_OTLP_HEADERS, under a resource with the OTEL_RESOURCE_ATTRIBUTES", () => {
    expect(receiver.exports.length).toBeGreaterThan(0);
    for (const received of receiver.exports) {
      expect(received.contentType).toBe("application/x-protobuf");
      expect(received.headers["x-api-key"]).toBe(API_KEY);
    }
    for (const span of spans) {
      expect(span.resource).toMatchObject({
        "service.name": "usergraph-test",
        "deployment.environment.name": "test",
        "service.namespace": "identity,access",
      });
    }
  });

  it("makes the span tree operation → parse, validate, execute → upstream calls, under the caller's traceparent", () => {
    const operation = one("query UsersWithRoles");
    expect(operation.parentSpanId).toBe(CALLER_SPAN_ID);
    expect(operation.kind).toBe(2); // SERVER
    expect(operation.serviceName).toBe("usergraph-test");
    for (const phase of ["graphql.parse", "graphql.validate", "graphql.execute"]) expect(one(phase).parentSpanId).toBe(operation.spanId);
    const execute = one("graphql.execute");
    const search = one("GET /users");
    const roles = named("GET /users/{id}/roles");
    expect(roles).toHaveLength(3);
    for (const call of [search, ...roles]) {
      expect(call.parentSpanId).toBe(execute.spanId);
      expect(call.kind).toBe(3); // CLIENT
    }
  });

  it("records the operation's name, type, cost estimate, upstream calls and outcome", () => {
    expect(one("query UsersWithRoles").attributes).toMatchObject({
      "graphql.operation.name": "UsersWithRoles",
      "graphql.operation.type": "query",
      "usergraph.cost.estimate": 4,
      "usergraph.upstream.calls": 4,
      "usergraph.outcome": "ok",
      "http.response.status_code": 200,
    });
  });

  it("records each upstream call's method, route template, status, retries, pacer wait and rate-limit remaining", () => {
    for (const call of [one("GET /users"), ...named("GET /users/{id}/roles")]) {
      expect(call.attributes).toMatchObject({
        "http.request.method": "GET",
        "http.response.status_code": 200,
        "http.request.resend_count": 0,
      });
      expect(call.attributes["url.template"]).toBe(call.name.slice("GET ".length));
      expect(call.attributes["usergraph.pacer.wait_ms"]).toBeGreaterThanOrEqual(0);
      expect(call.attributes["usergraph.ratelimit.remaining"]).toEqual(expect.any(Number));
    }
  });

  it("makes a span of the token grant, in the trace of the call that needed it", () => {
    const grant = one("token grant");
    expect(grant.attributes).toMatchObject({ "url.template": "/oauth/token", "http.response.status_code": 200 });
    expect(spans.map((span) => span.spanId)).toContain(grant.parentSpanId);
  });

  it("sends each upstream call's span as the tenant's parent (traceparent)", () => {
    const calls = new Map([...named("GET /users"), ...named("GET /users/{id}/roles"), ...named("token grant")].map((s) => [s.spanId, s]));
    const received = t.emulator.requests().filter((request) => request.traceparent?.includes(CALLER_TRACE_ID));
    expect(received).toHaveLength(5);
    for (const request of received) {
      const [, traceId, parentId] = request.traceparent!.split("-");
      expect(traceId).toBe(CALLER_TRACE_ID);
      expect(calls.has(parentId!)).toBe(true);
    }
  });

  it("puts no token, secret, email or variable in any span", () => {
    const exported = receiver.bodies.join("\n");
    const emails = answer.body.data!.users.nodes.map((user) => user.email).filter((email) => email !== null);
    expect(emails.length).toBeGreaterThan(0);
    const secrets = [callerToken, t.emulator.clientSecret, API_KEY, ...emails, FAN_OUT, "Bearer", "client_secret", "$first", "auth0|"];
    for (const secret of secrets) expect(exported).not.toContain(secret);
    expect(exported).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
  });

  it("never logs the export headers (at trace level)", () => {
    expect(t.log.text().length).toBeGreaterThan(0);
    expect(t.log.text()).not.toContain(API_KEY);
  });

  it("puts the trace id in the operation's log line", async () => {
    await expect.poll(() => t.log.records().find((r) => r.msg === "graphql operation")).toBeDefined();
    const line = t.log.records().find((r) => r.msg === "graphql operation")!;
    expect(line.trace_id).toBe(CALLER_TRACE_ID);
    const upstreamLines = t.log.records().filter((r) => r.msg === "upstream call");
    expect(upstreamLines.length).toBeGreaterThan(0);
    for (const record of upstreamLines) expect(record.trace_id).toBe(CALLER_TRACE_ID);
  });
});

describe("OTLP/HTTP JSON, and the traces-specific variables", () => {
  it("exports JSON to OTEL_EXPORTER_OTLP_TRACES_ENDPOINT with OTEL_EXPORTER_OTLP_TRACES_HEADERS winning header by header", async () => {
    const receiver = await startOtlpReceiver();
    const t = await startOpsGateway({
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:9/unused",
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces`,
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: "http/json",
        OTEL_EXPORTER_OTLP_HEADERS: `x-api-key=general,x-team=identity`,
        OTEL_EXPORTER_OTLP_TRACES_HEADERS: `x-api-key=${API_KEY}`,
        OTEL_RESOURCE_ATTRIBUTES: "service.name=from-attributes",
      },
    });
    try {
      const answer = await t.post({ query: "query One { users(first: 1) { nodes { id } } }" }, { headers: { traceparent: TRACEPARENT } });
      expect(answer.status).toBe(200);
      await t.tracing!.flush();
      const operation = await receiver.waitFor((span) => span.name === "query One");
      expect(operation.traceId).toBe(CALLER_TRACE_ID);
      expect(operation.serviceName).toBe("from-attributes");
      expect(receiver.exports.length).toBeGreaterThan(0);
      for (const received of receiver.exports) {
        expect(received.contentType).toBe("application/json");
        expect(received.headers).toMatchObject({ "x-api-key": API_KEY, "x-team": "identity" });
      }
      expect(t.log.text()).not.toContain(API_KEY);
    } finally {
      await t.close();
      await receiver.close();
    }
  });
});

describe("a gateway process exporting traces", () => {
  it("sends the export headers to the collector, and writes them nowhere (LOG_LEVEL=trace)", async () => {
    const receiver = await startOtlpReceiver();
    const main = await startMain({
      LOG_LEVEL: "trace",
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_HEADERS: `x-api-key=${API_KEY}`,
      OTEL_RESOURCE_ATTRIBUTES: RESOURCE_ATTRIBUTES,
    });
    try {
      const response = await fetch(`${main.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${main.devToken}`, traceparent: TRACEPARENT },
        body: JSON.stringify({ query: "query Process { users(first: 2) { nodes { id } } }" }),
      });
      expect(response.status).toBe(200);
      // SIGTERM: the shutdown exports the last spans before the process ends.
      main.child.kill("SIGTERM");
      expect((await main.exited).code).toBe(0);
      const operation = await receiver.waitFor((span) => span.name === "query Process");
      expect(operation.resource).toMatchObject({ "deployment.environment.name": "test", "service.namespace": "identity,access" });
      for (const received of receiver.exports) expect(received.headers["x-api-key"]).toBe(API_KEY);
      expect(main.stdout().length).toBeGreaterThan(0);
      expect(main.stdout() + main.stderr()).not.toContain(API_KEY);
    } finally {
      main.kill();
      await receiver.close();
    }
  });
});

describe("tracing off", () => {
  it("starts no span, sends no traceparent and logs no trace id when no OTLP endpoint is set", async () => {
    const t = await startOpsGateway();
    try {
      expect(t.tracing).toBeUndefined();
      const answer = await t.post({ query: "{ users(first: 1) { nodes { id } } }" }, { headers: { traceparent: TRACEPARENT } });
      expect(answer.status).toBe(200);
      expect(t.emulator.requests().some((request) => request.traceparent !== undefined)).toBe(false);
      await expect.poll(() => t.log.records().find((r) => r.msg === "graphql operation")).toBeDefined();
      expect(t.log.records().some((r) => "trace_id" in r)).toBe(false);
    } finally {
      await t.close();
    }
  });
});
