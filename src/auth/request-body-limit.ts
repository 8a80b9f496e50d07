import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

type FetchAPI = Parameters<NonNullable<Plugin["onRequestParse"]>>[0]["fetchAPI"];

const tooLarge = () =>
  new GraphQLError("Request body too large", { extensions: { code: "REQUEST_ENTITY_TOO_LARGE", http: { status: 413 } } });
const invalidLength = () =>
  new GraphQLError("Content-Length header is invalid.", { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });

/** Only a single non-negative integer is a valid Content-Length (`1, 2` is a smuggling attempt). */
const CONTENT_LENGTH = /^\d+$/;

/**
 * The request body limit: 413 `REQUEST_ENTITY_TOO_LARGE` once a body passes `limit` bytes, 400 for a
 * malformed Content-Length. It refuses what yoga's `maxRequestBodySize` refuses, but a body with a
 * valid Content-Length is decided by that header alone: Node's HTTP parser delivers exactly that
 * many bytes. Only a chunked body (no Content-Length) is counted as it streams in, so the common case
 * does not pay for piping every body through a stream transform.
 */
export function useRequestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const contentLength = request.headers.get("content-length");
      if (contentLength !== null) {
        if (!CONTENT_LENGTH.test(contentLength)) throw invalidLength();
        if (Number(contentLength) > limit) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((streamed) => requestParser(countingBody(streamed, limit, fetchAPI)));
    },
  };
}

/** The request with a body that errors with 413 once more than `limit` bytes have streamed through. */
function countingBody(request: Request, limit: number, fetchAPI: FetchAPI): Request {
  if (!request.body) return request;
  // A native ReadableStream only pipes into the native TransformStream (graphql-yoga#4583).
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytesRead = 0;
  const body = request.body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        if (bytesRead > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body,
    duplex: "half",
  } as RequestInit);
}
