import type { IncomingMessage, ServerResponse } from "node:http";
import { ApiError } from "./errors.js";
import type { RateLimitDecision } from "./rate-limit.js";

const MAX_BODY_BYTES = 1024 * 1024;

/** A JSON answer, already serialized. */
export interface JsonReply {
  status: number;
  headers: Record<string, string>;
  payload: string;
}

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): JsonReply {
  const payload = body === undefined ? "" : JSON.stringify(body);
  return {
    status,
    headers: {
      ...headers,
      ...(payload ? { "content-type": "application/json; charset=utf-8" } : {}),
      "content-length": Buffer.byteLength(payload).toString(),
    },
    payload,
  };
}

export function send(res: ServerResponse, reply: JsonReply): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(reply.status, reply.headers);
  res.end(reply.payload);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(res, jsonReply(status, body, headers));
}

export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  return {
    "x-ratelimit-limit": String(decision.limit),
    "x-ratelimit-remaining": String(decision.remaining),
    "x-ratelimit-reset": String(decision.reset),
  };
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new ApiError(413, `Payload content length greater than maximum allowed: ${MAX_BODY_BYTES}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, `Payload content length greater than maximum allowed: ${MAX_BODY_BYTES}`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function parseJsonBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new ApiError(400, "Invalid request payload JSON format", "invalid_body");
  }
}
