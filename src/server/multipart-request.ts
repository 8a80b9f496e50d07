import { Busboy } from "@fastify/busboy";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGraphQLError, type GraphQLParams, type Plugin } from "graphql-yoga";
import type { Logger } from "pino";
import { type SpooledUpload, UploadSpool } from "./upload-spool.js";

// The GraphQL multipart request spec (github.com/jaydenseric/graphql-multipart-request-spec), read
// as a stream. yoga's own parser calls `request.formData()`, which holds every file of the request in
// memory before any resolver runs; this one writes each file to disk as its bytes arrive
// (src/server/upload-spool.ts) and hands resolvers an upload they read back as a stream. The order
// the spec prescribes (operations, map, then the files) is what makes that possible, so it is
// enforced. What yoga checks still holds: CSRF prevention refuses a multipart request without a
// preflight header before its parser runs, and the body limit counts the bytes this parser reads.

const badRequest = (message: string) => createGraphQLError(message, { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
const tooLarge = (message: string) =>
  createGraphQLError(message, { extensions: { code: "REQUEST_ENTITY_TOO_LARGE", http: { status: 413 } } });
const spoolFailed = () =>
  createGraphQLError("The gateway could not store the upload; try again.", {
    extensions: { code: "UPLOAD_NOT_STORED", http: { status: 503 } },
  });

export interface StreamedUploadsOptions {
  /** Where each request's files are spooled (a directory per request, removed once it is answered). */
  spoolDir: string;
  /** The most bytes kept of one file: the largest upload the graph takes. Larger files are only counted. */
  keepLimit: number;
  /** The largest `operations` or `map` field, in bytes. */
  maxFieldBytes: number;
  /** Where a file that could not be stored (a full or unwritable disk) is reported. */
  logger: Logger;
}

/** Parses multipart/form-data GraphQL requests as streams, in place of yoga's in-memory parser. */
export function useStreamedUploads(options: StreamedUploadsOptions): Plugin {
  const spools = new WeakMap<Request, UploadSpool>();
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== "POST" || !isMultipart(request.headers.get("content-type"))) return;
      const spool = new UploadSpool(options.spoolDir, options.keepLimit);
      spools.set(request, spool);
      setRequestParser((streamed) => parseMultipartRequest(streamed, spool, options));
    },
    // Synchronous for every other request: only a request that spooled waits for its files' removal.
    onResponse({ request }) {
      const spool = spools.get(request);
      if (!spool) return;
      spools.delete(request);
      return spool.discard();
    },
  };
}

function isMultipart(contentType: string | null): boolean {
  return (contentType ?? "").split(";", 1)[0]!.trim().toLowerCase() === "multipart/form-data";
}

async function parseMultipartRequest(
  request: Request,
  spool: UploadSpool,
  options: StreamedUploadsOptions,
): Promise<GraphQLParams | GraphQLParams[]> {
  try {
    return await readParts(request, spool, options);
  } catch (error) {
    await spool.discard();
    if (error instanceof Error && (error.name === "GraphQLError" || error.name === "AbortError")) throw error;
    throw badRequest(`POST body sent invalid multipart data: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function readParts(
  request: Request,
  spool: UploadSpool,
  { maxFieldBytes, logger }: StreamedUploadsOptions,
): Promise<GraphQLParams | GraphQLParams[]> {
  const body = request.body;
  if (!body) throw badRequest('Missing multipart form field "operations"');
  const busboy = Busboy({
    headers: { "content-type": request.headers.get("content-type")! },
    limits: { fieldSize: maxFieldBytes },
  });
  let operations: Record<string, unknown> | undefined;
  let map: Map<string, string[]> | undefined;
  const files: Readable[] = [];
  const spooled: Promise<void>[] = [];
  const fail = (error: Error) => busboy.destroy(error);

  busboy.on("field", (name, value, _nameTruncated, valueTruncated) => {
    if (name !== "operations" && name !== "map") return;
    // busboy's handlers must not throw: a refusal ends the parse through `fail`.
    try {
      if (valueTruncated) throw tooLarge(`The multipart field "${name}" is over ${maxFieldBytes} bytes.`);
      if (name === "operations") {
        if (operations !== undefined) throw badRequest('The multipart field "operations" is given twice.');
        const parsed = parseJson(value, "operations");
        if (typeof parsed !== "object" || parsed === null)
          throw badRequest('Multipart form field "operations" must be a JSON object or array');
        operations = parsed as Record<string, unknown>;
        return;
      }
      if (operations === undefined) throw badRequest('The multipart field "map" must follow "operations".');
      if (map !== undefined) throw badRequest('The multipart field "map" is given twice.');
      map = parseMap(parseJson(value, "map"), Array.isArray(operations));
    } catch (error) {
      fail(error as Error);
    }
  });

  busboy.on("file", (name, stream, filename, _encoding, mimeType) => {
    files.push(stream);
    // A part cut short errors after its pipeline may be gone; the parse fails through busboy itself.
    stream.on("error", () => undefined);
    const paths = map?.get(name);
    if (map === undefined) {
      stream.resume();
      return fail(badRequest('The files of a multipart request must follow its "map" field.'));
    }
    // A part the map does not name (or names twice) is read past, not kept.
    if (!paths) return void stream.resume();
    map.delete(name);
    spooled.push(
      spool.spool(stream, filename, mimeType).then(
        (upload) => {
          for (const path of paths) setPath(operations!, path, upload);
        },
        (error: Error) => {
          // A file system error (it names its syscall) is the gateway's; anything else is the request's.
          if (!("syscall" in error)) throw error;
          logger.error({ err: { code: (error as NodeJS.ErrnoException).code, message: error.message } }, "an upload could not be stored");
          throw spoolFailed();
        },
      ),
    );
  });

  try {
    await pipeline(Readable.from(chunksOf(body)), busboy);
  } catch (error) {
    for (const file of files) file.destroy();
    await Promise.allSettled(spooled);
    throw error;
  }
  await Promise.all(spooled);
  if (operations === undefined) throw badRequest('Missing multipart form field "operations"');
  if (map && map.size > 0) {
    throw badRequest(`The multipart request lacks the file${map.size > 1 ? "s" : ""} its map names: ${[...map.keys()].join(", ")}.`);
  }
  return operations as GraphQLParams | GraphQLParams[];
}

/** A web stream's chunks (the request's body may be the native class or @whatwg-node's, which `Readable.fromWeb` refuses). */
async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Buffer> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      // busboy reads its input with Buffer's methods.
      yield Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    }
  } finally {
    reader.releaseLock();
  }
}

function parseJson(value: string, field: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(`Multipart form field "${field}" must be a valid JSON string`);
  }
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * The map: each file field's name → the dotted paths it fills, each into an operation's variables
 * (`variables.file`; `0.variables.files.1` in a batch).
 */
function parseMap(value: unknown, batched: boolean): Map<string, string[]> {
  const invalid = () => badRequest('Multipart form field "map" must map each file field to an array of paths (strings).');
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalid();
  const map = new Map<string, string[]>();
  const variablesAt = batched ? 1 : 0;
  for (const [name, paths] of Object.entries(value)) {
    if (!Array.isArray(paths) || !paths.every((path) => typeof path === "string")) throw invalid();
    for (const path of paths) {
      const keys = path.split(".");
      if (keys[variablesAt] !== "variables" || keys.length <= variablesAt + 1 || keys.some((key) => FORBIDDEN_KEYS.has(key))) {
        throw badRequest(`The map's path ${JSON.stringify(path)} does not lead into an operation's variables.`);
      }
    }
    map.set(name, paths as string[]);
  }
  return map;
}

/** Puts the upload at a dotted path (checked by `parseMap`) of the operations. */
function setPath(operations: Record<string, unknown>, path: string, upload: SpooledUpload): void {
  const keys = path.split(".");
  let current: Record<string, unknown> = operations;
  for (const key of keys.slice(0, -1)) {
    const next = current[key];
    if (typeof next !== "object" || next === null) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  current[keys.at(-1)!] = upload;
}
