import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from "./otlp-receiver.js";
import { type OpsGateway, startOpsGateway } from "./support.js";

// A caller's W3C trace context, as a router in front of the gateway sends it.
const CALLER_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_SPAN_ID = "00f067aa0ba902b7";
const TRACEPARENT = `00-${CALLER_TRACE_ID}-${CALLER_SPAN_ID}-01`;

const FAN_OUT = "query UsersWithRoles($first: Int!) { users(first: $first) { nodes { id email roles { nodes { name } } } } }";

describe("OpenTelemetry traces (OTLP/HTTP to a receiver on loopback)", () => {
  let receiver: OtlpReceiver;
  let t: OpsGateway;
  let spans: ReceivedSpan[];
  let answer: { status: number; body: any };
  let callerToken: string;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    t = await startOpsGateway({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SERVICE_NAME: "usergraph-test" } });
    expect(t.tracing).toBeDefined();
    callerToken = await t.token();
    answer = await t.post(
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
    expect(answer.body.data.users.nodes).toHaveLength(3);
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
    const emails = (answer.body.data.users.nodes as { email: string | null }[]).map((user) => user.email).filter(Boolean) as string[];
    expect(emails.length).toBeGreaterThan(0);
    const secrets = [callerToken, t.emulator.clientSecret, ...emails, FAN_OUT, "Bearer", "client_secret", "$first", "auth0|"];
    for (const secret of secrets) expect(exported).not.toContain(secret);
    expect(exported).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
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
