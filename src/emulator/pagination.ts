import { ApiError, invalidQuery } from "./errors.js";
import type { RouteContext, RouteResult } from "./route.js";
import { boolParam, intParam } from "./validation.js";

export interface OffsetOptions {
  /** Wrapper key of the list, e.g. "users", "roles", "authenticators". */
  key: string;
  /** per_page when the caller sends none; undefined means "no paging": every item in one answer. */
  defaultPerPage?: number;
  minPerPage?: number;
  maxPerPage?: number;
  maxPage?: number;
  /** Whether the totals wrapper carries `length` (users and logs do). */
  withLength?: boolean;
  /** Auth0 only pages through the first 1000 matches of a search. */
  window?: number;
  /** At most this many items in an unpaged answer (logs: 100 per request). */
  unpagedLimit?: number;
}

/**
 * Offset paging (`page`, `per_page`, `include_totals`): a bare array by default, the
 * `{start, limit, [length], total, <key>}` wrapper with include_totals=true.
 */
export function offsetPage<T>(ctx: RouteContext, items: readonly T[], options: OffsetOptions): RouteResult {
  const maxPerPage = options.maxPerPage ?? 100;
  const perPageParam = intParam(ctx.query, "per_page", { min: options.minPerPage ?? 0, max: maxPerPage });
  const page = intParam(ctx.query, "page", { min: 0, max: options.maxPage }) ?? 0;
  const includeTotals = boolParam(ctx.query, "include_totals") ?? false;
  const paged = perPageParam !== undefined || ctx.query.has("page") || options.defaultPerPage !== undefined;
  const perPage = perPageParam ?? options.defaultPerPage ?? (paged ? 50 : items.length);

  if (options.window !== undefined && paged && (page + 1) * perPage > options.window) {
    throw new ApiError(
      400,
      `You can only page through the first ${options.window} records. See ` +
        `https://auth0.com/docs/users/search/v3/view-search-results-by-page#limitation`,
      "invalid_paging",
    );
  }
  const start = paged ? page * perPage : 0;
  const slice = paged ? items.slice(start, start + perPage) : items.slice(0, options.unpagedLimit ?? items.length);
  if (!includeTotals) return { status: 200, body: slice };
  const body: Record<string, unknown> = { start, limit: paged ? perPage : slice.length };
  if (options.withLength) body.length = slice.length;
  body.total = items.length;
  body[options.key] = slice;
  return { status: 200, body };
}

interface Checkpoint {
  /** The id of the last item already returned. */
  after: string;
  issuedAt: number;
}

const CURSOR_TTL_MS = 24 * 60 * 60 * 1000;

function encodeCursor(checkpoint: Checkpoint): string {
  return Buffer.from(JSON.stringify(checkpoint)).toString("base64url");
}

function decodeCursor(raw: string, now: number): Checkpoint {
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<Checkpoint>;
    if (typeof value.after === "string" && typeof value.issuedAt === "number" && now - value.issuedAt <= CURSOR_TTL_MS) {
      return { after: value.after, issuedAt: value.issuedAt };
    }
  } catch {
    // fall through to the 400
  }
  throw invalidQuery("'The from parameter is invalid or has expired'.");
}

/**
 * Checkpoint paging (`from`, `take` → `{<key>, next?}`): `from` is the opaque `next` of the previous
 * answer, and points after the last item returned, so deletions between pages skip nothing.
 * Pages are in id order.
 */
export function checkpointPage<T>(
  ctx: RouteContext,
  unordered: readonly T[],
  key: string,
  idOf: (item: T) => string,
  /** Largest `take`; some endpoints (effective roles and permissions) set none. */
  maxTake = 100,
): RouteResult {
  const items = [...unordered].sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
  const take = intParam(ctx.query, "take", { min: 1, max: maxTake }) ?? 50;
  const from = ctx.query.get("from");
  let start = 0;
  if (from) {
    const { after } = decodeCursor(from, ctx.now().getTime());
    const index = items.findIndex((item) => idOf(item) === after);
    // The item the cursor points after may be gone: resume after every id that sorts at or
    // before it, which is exactly what was already returned (pages are in id order).
    start = index >= 0 ? index + 1 : items.filter((item) => idOf(item) <= after).length;
  }
  const slice = items.slice(start, start + take);
  const body: Record<string, unknown> = { [key]: slice };
  const last = slice.at(-1);
  if (last !== undefined && start + take < items.length) {
    body.next = encodeCursor({ after: idOf(last), issuedAt: ctx.now().getTime() });
  }
  return { status: 200, body };
}
