import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { parse as parseCsv } from "csv-parse";
import { type Dispatcher, request } from "undici";
import { UpstreamError } from "./errors.js";
import { csvValue, type ExportFieldSpec, exportedUser, fieldPaths } from "./export-record.js";

// A finished users export is a gzip-compressed file behind a short-lived link (a signed URL, not the
// Management API: no token is sent to it): NDJSON, or CSV with a header row. A page is read by
// streaming the file — gunzip, then line by line (JSON) or record by record (csv-parse) — and stops as
// soon as the page is full, so memory stays flat however large the export is; a later page streams
// the file again from its start. Only the page's own rows are decoded into user objects.

export interface ExportPage<T> {
  items: T[];
  /** Whether a line follows the page. */
  hasMore: boolean;
}

export interface ExportPageOptions {
  /** Users skipped before the page. */
  offset: number;
  limit: number;
  /** The export's format (default json). */
  format?: "json" | "csv";
  /** The export's `fields`, to map each column or key back to its attribute. */
  fields?: readonly ExportFieldSpec[];
  signal?: AbortSignal;
  timeoutMs?: number;
}

const ROUTE = "export file";

export async function readExportPage<T = Record<string, unknown>>(location: string, options: ExportPageOptions): Promise<ExportPage<T>> {
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  const timeout = setTimeout(() => controller.abort(new Error("deadline")), options.timeoutMs ?? 30_000);
  let response: Dispatcher.ResponseData;
  try {
    response = await request(location, { method: "GET", signal });
  } catch (error) {
    clearTimeout(timeout);
    throw new UpstreamError({
      message: `GET ${ROUTE} failed: ${(error as Error).message}`,
      statusCode: 0,
      kind: signal.aborted ? "timeout" : "network",
      method: "GET",
      route: ROUTE,
    });
  }
  if (response.statusCode !== 200) {
    clearTimeout(timeout);
    await response.body.dump();
    throw new UpstreamError({
      message: response.statusCode === 403 ? "The export file's link has expired" : `GET ${ROUTE} answered ${response.statusCode}`,
      statusCode: response.statusCode,
      ...(response.statusCode === 403 ? { errorCode: "link_expired" } : {}),
      kind: "http",
      method: "GET",
      route: ROUTE,
    });
  }
  const gunzip = createGunzip();
  const text = response.body.pipe(gunzip);
  response.body.on("error", (error) => gunzip.destroy(error));
  const rows = options.format === "csv" ? csvRows(text, options.fields) : jsonRows(text, options.fields);
  const items: T[] = [];
  let index = 0;
  let hasMore = false;
  try {
    for await (const row of rows.rows) {
      if (index >= options.offset + options.limit) {
        hasMore = true;
        break;
      }
      if (index >= options.offset) items.push(rows.decode(row) as T);
      index += 1;
    }
  } catch (error) {
    throw new UpstreamError({
      message: `The export file could not be read: ${(error as Error).message}`,
      statusCode: 0,
      kind: "network",
      method: "GET",
      route: ROUTE,
    });
  } finally {
    clearTimeout(timeout);
    rows.close();
    gunzip.destroy();
    response.body.destroy();
  }
  return { items, hasMore };
}

/** The rows of a file, each decoded into a user only when it belongs to the page. */
interface Rows {
  rows: AsyncIterable<unknown>;
  decode(row: unknown): Record<string, unknown>;
  close(): void;
}

function jsonRows(text: Readable, fields: readonly ExportFieldSpec[] | undefined): Rows {
  const paths = fieldPaths(fields);
  const lines = createInterface({ input: text, crlfDelay: Infinity });
  async function* nonEmpty() {
    for await (const line of lines) if (line.trim() !== "") yield line;
  }
  return {
    rows: nonEmpty(),
    decode: (line) => exportedUser(JSON.parse(line as string) as Record<string, unknown>, paths),
    close: () => lines.close(),
  };
}

function csvRows(text: Readable, fields: readonly ExportFieldSpec[] | undefined): Rows {
  const paths = fieldPaths(fields);
  // The header row names the columns (`export_as` or the field's name); each is mapped to its path.
  const parser = parseCsv({ columns: (header: string[]) => header.map((column) => paths.get(column) ?? column), bom: true });
  text.on("error", (error) => parser.destroy(error));
  text.pipe(parser);
  return {
    rows: parser,
    decode: (row) => {
      const cells = Object.entries(row as Record<string, string>).map(([path, cell]) => [path, csvValue(path, cell)]);
      return exportedUser(Object.fromEntries(cells), new Map());
    },
    close: () => parser.destroy(),
  };
}
