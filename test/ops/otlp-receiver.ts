import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** One span as the OTLP/HTTP JSON export carries it, its attributes flattened. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
  status: { code?: number; message?: string };
  serviceName: string | undefined;
}

interface AnyValue {
  stringValue?: string;
  intValue?: string | number;
  doubleValue?: number;
  boolValue?: boolean;
  arrayValue?: { values?: AnyValue[] };
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

function attributesOf(list: { key: string; value: AnyValue }[] | undefined): Record<string, unknown> {
  return Object.fromEntries((list ?? []).map(({ key, value }) => [key, decodeValue(value)]));
}

export interface OtlpReceiver {
  /** The base URL (OTEL_EXPORTER_OTLP_ENDPOINT): spans arrive at /v1/traces. */
  url: string;
  spans: ReceivedSpan[];
  /** Every request body received, as sent (to look for secrets). */
  bodies: string[];
  /** Resolves once a received span satisfies `predicate`. */
  waitFor(predicate: (span: ReceivedSpan) => boolean): Promise<ReceivedSpan>;
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** A small OTLP/HTTP trace receiver on loopback that decodes the JSON export (the exporter's encoding). */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const bodies: string[] = [];
  const waiters = new Set<() => void>();
  const server = createServer(async (request, response) => {
    const body = await bodyOf(request);
    if (request.method !== "POST" || request.url !== "/v1/traces" || !String(request.headers["content-type"]).includes("json")) {
      response.writeHead(415).end();
      return;
    }
    bodies.push(body);
    const exported = JSON.parse(body) as {
      resourceSpans?: {
        resource?: { attributes?: { key: string; value: AnyValue }[] };
        scopeSpans?: { spans?: Record<string, any>[] }[];
      }[];
    };
    for (const resourceSpans of exported.resourceSpans ?? []) {
      const serviceName = attributesOf(resourceSpans.resource?.attributes)["service.name"] as string | undefined;
      for (const scope of resourceSpans.scopeSpans ?? []) {
        for (const span of scope.spans ?? []) {
          spans.push({
            traceId: span.traceId,
            spanId: span.spanId,
            parentSpanId: span.parentSpanId || undefined,
            name: span.name,
            kind: span.kind,
            attributes: attributesOf(span.attributes),
            status: span.status ?? {},
            serviceName,
          });
        }
      }
    }
    response.writeHead(200, { "content-type": "application/json" }).end("{}");
    for (const wake of waiters) wake();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    bodies,
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
