import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { type Dispatcher, request } from "undici";
import { UpstreamError } from "./errors.js";

// A finished users export is a gzip-compressed NDJSON file behind a short-lived link (a signed URL,
// not the Management API: no token is sent to it). A page is read by streaming the file — gunzip,
// then line by line — and stops as soon as the page is full, so memory stays flat however large the
// export is; a later page streams the file again from its start.

export interface ExportPage<T> {
  items: T[];
  /** Whether a line follows the page. */
  hasMore: boolean;
}

export interface ExportPageOptions {
  /** Lines skipped before the page. */
  offset: number;
  limit: number;
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
  const lines = createInterface({ input: response.body.pipe(gunzip), crlfDelay: Infinity });
  const items: T[] = [];
  let index = 0;
  let hasMore = false;
  try {
    for await (const line of lines) {
      if (line.trim() === "") continue;
      if (index >= options.offset + options.limit) {
        hasMore = true;
        break;
      }
      if (index >= options.offset) items.push(JSON.parse(line) as T);
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
    lines.close();
    gunzip.destroy();
    response.body.destroy();
  }
  return { items, hasMore };
}
