import { createServer, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import protobuf from "protobufjs";

/** One span as the OTLP/HTTP export carries it, its attributes flattened. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
  status: { code?: number; message?: string };
  serviceName: string | undefined;
  /** The attributes of the resource the span came with. */
  resource: Record<string, unknown>;
}

/** One export request as received: its encoding and headers. */
export interface ReceivedExport {
  contentType: string;
  headers: IncomingHttpHeaders;
}

interface AnyValue {
  stringValue?: string;
  intValue?: string | number;
  doubleValue?: number;
  boolValue?: boolean;
  arrayValue?: { values?: AnyValue[] };
}

type KeyValues = { key: string; value: AnyValue }[];

/** Ids are hex strings in the JSON encoding and bytes in protobuf's. */
type Id = string | Uint8Array;

interface ExportedSpan {
  traceId: Id;
  spanId: Id;
  parentSpanId?: Id;
  name: string;
  kind: number;
  attributes?: KeyValues;
  status?: { code?: number; message?: string };
}

interface ExportTraceServiceRequest {
  resourceSpans?: { resource?: { attributes?: KeyValues }; scopeSpans?: { spans?: ExportedSpan[] }[] }[];
}

// The part of opentelemetry-proto's trace service request this receiver reads (field numbers as upstream);
// protobufjs names the fields in camelCase, as the JSON encoding does.
const TRACE_PROTO = `
syntax = "proto3";
message AnyValue {
  oneof value { string string_value = 1; bool bool_value = 2; int64 int_value = 3; double double_value = 4; ArrayValue array_value = 5; }
}
message ArrayValue { repeated AnyValue values = 1; }
message KeyValue { string key = 1; AnyValue value = 2; }
message Resource { repeated KeyValue attributes = 1; }
message Status { string message = 2; int32 code = 3; }
message Span {
  bytes trace_id = 1; bytes span_id = 2; bytes parent_span_id = 4; string name = 5; int32 kind = 6; repeated KeyValue attributes = 9;
  Status status = 15;
}
message ScopeSpans { repeated Span spans = 2; }
message ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
message ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
`;
const ExportRequest = protobuf.parse(TRACE_PROTO).root.lookupType("ExportTraceServiceRequest");

function decodeProtobuf(body: Buffer): ExportTraceServiceRequest {
  return ExportRequest.toObject(ExportRequest.decode(body), { longs: String }) as ExportTraceServiceRequest;
}

function hex(id: Id | undefined): string | undefined {
  if (id === undefined) return undefined;
  const text = typeof id === "string" ? id : Buffer.from(id).toString("hex");
  return text === "" ? undefined : text;
}

function decodeValue(value: AnyValue | undefined): unknown {
  if (!value) return undefined;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(decodeValue);
  return undefined;
}

function attributesOf(list: KeyValues | undefined): Record<string, unknown> {
  return Object.fromEntries((list ?? []).map(({ key, value }) => [key, decodeValue(value)]));
}

export interface OtlpReceiver {
  /** The base URL (OTEL_EXPORTER_OTLP_ENDPOINT): spans arrive at /v1/traces. */
  url: string;
  spans: ReceivedSpan[];
  /** Every request body received, as sent (to look for secrets; protobuf keeps strings as they are). */
  bodies: string[];
  exports: ReceivedExport[];
  /** Resolves once a received span satisfies `predicate`. */
  waitFor(predicate: (span: ReceivedSpan) => boolean): Promise<ReceivedSpan>;
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A small OTLP/HTTP trace receiver on loopback that decodes both encodings of the export: protobuf and JSON. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const bodies: string[] = [];
  const exports: ReceivedExport[] = [];
  const waiters = new Set<() => void>();
  const server = createServer(async (request, response) => {
    const body = await bodyOf(request);
    const contentType = String(request.headers["content-type"]);
    const encoding = contentType.includes("protobuf") ? "protobuf" : contentType.includes("json") ? "json" : undefined;
    if (request.method !== "POST" || request.url !== "/v1/traces" || encoding === undefined) {
      response.writeHead(415).end();
      return;
    }
    bodies.push(body.toString("utf8"));
    exports.push({ contentType, headers: request.headers });
    const exported = encoding === "protobuf" ? decodeProtobuf(body) : (JSON.parse(body.toString("utf8")) as ExportTraceServiceRequest);
    for (const resourceSpans of exported.resourceSpans ?? []) {
      const resource = attributesOf(resourceSpans.resource?.attributes);
      const serviceName = resource["service.name"] as string | undefined;
      for (const scope of resourceSpans.scopeSpans ?? []) {
        for (const span of scope.spans ?? []) {
          spans.push({
            traceId: hex(span.traceId) ?? "",
            spanId: hex(span.spanId) ?? "",
            parentSpanId: hex(span.parentSpanId),
            name: span.name,
            kind: span.kind,
            attributes: attributesOf(span.attributes),
            status: span.status ?? {},
            serviceName,
            resource,
          });
        }
      }
    }
    // An empty ExportTraceServiceResponse: zero bytes in protobuf, `{}` in JSON.
    if (encoding === "protobuf") response.writeHead(200, { "content-type": "application/x-protobuf" }).end();
    else response.writeHead(200, { "content-type": "application/json" }).end("{}");
    for (const wake of waiters) wake();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    bodies,
    exports,
    waitFor(predicate) {
      return new Promise((resolve) => {
        const check = () => {
          const found = spans.find(predicate);
          if (!found) return;
          waiters.delete(check);
          resolve(found);
        };
        waiters.add(check);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
