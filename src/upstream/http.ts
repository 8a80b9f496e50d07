import type { Readable } from "node:stream";
import { Pool, type Dispatcher } from "undici";

/** The wire: one undici keep-alive pool to the tenant's origin, bounded sockets, connect/headers/body timeouts. */

export type WireMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type ResponseHeaders = Record<string, string | string[] | undefined>;

export interface HttpRequest {
  method: WireMethod;
  /** Path and query under the origin, e.g. "/api/v2/users/auth0%7C1?fields=email". */
  path: string;
  headers: Record<string, string>;
  /** JSON text, or a stream sent as it is read (a multipart upload). */
  body?: string | Readable;
  signal: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: ResponseHeaders;
  /** Parsed JSON when the answer is JSON, the text otherwise, undefined when empty. */
  body: unknown;
}

export interface HttpTransportOptions {
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  maxConnections: number;
}

/**
 * A request that got no HTTP answer. `sent` is false only when the connection was never established,
 * so the upstream cannot have seen the request (safe to re-send whatever the method).
 */
export class TransportError extends Error {
  override readonly name = "TransportError";
  constructor(
    readonly kind: "network" | "timeout" | "aborted",
    readonly sent: boolean,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const NOT_CONNECTED = new Set([
  "UND_ERR_CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
]);
const TIMEOUTS = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

function classify(error: unknown, signal: AbortSignal): TransportError {
  if (signal.aborted) return new TransportError("aborted", true, "ABORTED", "request aborted");
  const code = String((error as { code?: unknown })?.code ?? (error as Error)?.name ?? "UNKNOWN");
  const message = (error as Error)?.message ?? String(error);
  if (code === "UND_ERR_CLOSED" || code === "UND_ERR_DESTROYED") {
    return new TransportError("aborted", false, "CLOSED", "the upstream client was closed");
  }
  if (NOT_CONNECTED.has(code)) return new TransportError("network", false, code, `could not connect (${code})`);
  if (TIMEOUTS.has(code)) return new TransportError("timeout", true, code, `${message} (${code})`);
  return new TransportError("network", true, code, `${message} (${code})`);
}

function parseBody(text: string, headers: ResponseHeaders): unknown {
  if (text === "") return undefined;
  const type = String(headers["content-type"] ?? "");
  if (type.includes("json") || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * One request's answer, gathered straight from undici's dispatch callbacks: no response stream is
 * made just to be read to its end (with 150 calls in an operation, that machinery was a visible share
 * of the gateway's CPU). Aborts through the request's signal, at any stage.
 */
class ResponseCollector implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | undefined;
  private status = 0;
  private headers: ResponseHeaders = {};
  private readonly chunks: Buffer[] = [];
  private settled = false;

  constructor(
    private readonly signal: AbortSignal,
    private readonly resolve: (response: HttpResponse) => void,
    private readonly reject: (error: TransportError) => void,
  ) {
    signal.addEventListener("abort", this.onAbort, { once: true });
  }

  private readonly onAbort = () => {
    // Before the request reached a socket there is no controller yet: onRequestStart aborts it then.
    this.controller?.abort(this.abortReason());
    this.fail(this.signal.reason);
  };

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.signal.aborted) controller.abort(this.abortReason());
  }

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number, headers: ResponseHeaders): void {
    this.status = statusCode;
    this.headers = headers;
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    if (this.settled) return;
    this.settled = true;
    this.signal.removeEventListener("abort", this.onAbort);
    const text = this.chunks.length === 1 ? this.chunks[0]!.toString("utf8") : Buffer.concat(this.chunks).toString("utf8");
    this.resolve({ status: this.status, headers: this.headers, body: parseBody(text, this.headers) });
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.fail(error);
  }

  /** undici aborts with an Error. */
  private abortReason(): Error {
    return this.signal.reason instanceof Error ? this.signal.reason : new Error("aborted");
  }

  private fail(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    this.signal.removeEventListener("abort", this.onAbort);
    this.reject(classify(error, this.signal));
  }
}

export class HttpTransport {
  private readonly pool: Pool;

  constructor(
    readonly origin: string,
    options: HttpTransportOptions,
  ) {
    this.pool = new Pool(origin, {
      connections: options.maxConnections,
      pipelining: 1,
      keepAliveTimeout: 10_000,
      keepAliveMaxTimeout: 60_000,
      headersTimeout: options.headersTimeoutMs,
      bodyTimeout: options.bodyTimeoutMs,
      connect: { timeout: options.connectTimeoutMs },
    });
  }

  /** Resolves with any HTTP answer (including 4xx/5xx); rejects with a TransportError when none came. */
  send(request: HttpRequest): Promise<HttpResponse> {
    const { signal } = request;
    if (signal.aborted) return Promise.reject(classify(signal.reason, signal));
    return new Promise<HttpResponse>((resolve, reject) => {
      this.pool.dispatch(
        { method: request.method, path: request.path, headers: request.headers, body: request.body ?? null },
        new ResponseCollector(signal, resolve, reject),
      );
    });
  }

  /** Lets requests in flight finish for up to `graceMs`, then ends them (e.g. one held by a hanging upstream). */
  async close(graceMs = 1_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), graceMs);
    });
    const outcome = await Promise.race([this.pool.close().then(() => "closed" as const), grace]);
    clearTimeout(timer);
    if (outcome === "late") await this.pool.destroy();
  }
}

/** A response header as one string (the first value when repeated). */
export function header(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
