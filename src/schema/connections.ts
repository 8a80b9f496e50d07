import type { GraphQLResolveInfo } from "graphql";
import { MAX_PER_PAGE, type CheckpointPage, type OffsetPage } from "../upstream/pages.js";
import { graphError } from "./errors.js";
import { selectedFieldNames } from "./selection.js";

// Auth0 pages lists two ways — offset (`page`/`per_page`) and checkpoint (`from`/`take` → `next`) —
// and both become the same forward Relay connection with opaque cursors. A cursor says where to
// resume upstream: an absolute index for offset lists, a checkpoint plus a skip for checkpoint lists.

/** The largest `first`: one upstream page. */
export const MAX_PAGE_SIZE = MAX_PER_PAGE;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Only set when the connection's totalCount was selected (and the upstream reports one). */
  totalCount?: number;
}

type OffsetCursor = { k: "o"; i: number };
type CheckpointCursor = { k: "c"; f: string | null; s: number };

function encodeCursor(cursor: OffsetCursor | CheckpointCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** An edge whose cursor is encoded only if the operation reads it (most select `nodes` only). */
class PositionedEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly position: OffsetCursor | CheckpointCursor,
  ) {}

  get cursor(): string {
    return encodeCursor(this.position);
  }
}

/** The same page with other nodes in the same places (cursors and page info unchanged). */
export function withNodes<T, U>(page: ConnectionResult<T>, nodes: readonly U[]): ConnectionResult<U> {
  return { ...page, edges: page.edges.map((edge, i) => new ReplacedEdge(nodes[i]!, edge)) };
}

class ReplacedEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly original: Edge<unknown>,
  ) {}

  get cursor(): string {
    return this.original.cursor;
  }
}

/** Page info whose cursors are the first and last edges', encoded only if read. */
function pageInfoOf<T>(edges: readonly Edge<T>[], hasNextPage: boolean, hasPreviousPage: boolean): ConnectionResult<T>["pageInfo"] {
  return {
    hasNextPage,
    hasPreviousPage,
    get startCursor() {
      return edges[0]?.cursor ?? null;
    },
    get endCursor() {
      return edges.at(-1)?.cursor ?? null;
    },
  };
}

function decodeCursor<K extends "o" | "c">(raw: string, kind: K): K extends "o" ? OffsetCursor : CheckpointCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  const v = (value ?? {}) as { k?: unknown; i?: unknown; f?: unknown; s?: unknown };
  const valid =
    v.k === kind &&
    (kind === "o"
      ? Number.isInteger(v.i) && (v.i as number) >= 0
      : (v.f === null || typeof v.f === "string") && Number.isInteger(v.s) && (v.s as number) >= 0);
  if (!valid) throw graphError("INVALID_CURSOR", "The `after` cursor is not one this connection gave out.");
  return value as K extends "o" ? OffsetCursor : CheckpointCursor;
}

/** `first`, defaulted and bounded (1–100). */
export function pageSize(args: ConnectionArgs, defaultSize = DEFAULT_PAGE_SIZE): number {
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw graphError("BAD_USER_INPUT", `\`first\` must be between 0 and ${MAX_PAGE_SIZE} (got ${first}).`, { argumentName: "first" });
  }
  return first;
}

export interface OffsetRequest {
  page: number;
  perPage: number;
  includeTotals: boolean;
}

/**
 * The fewest upstream pages that hold items [start, start + count): one page whose size is the
 * smallest `per_page` (≥ count, ≤ 100) that keeps the window inside one aligned page — with a
 * steady `first` that is simply `per_page = first` — else two consecutive pages of `count`.
 */
export function offsetPlan(start: number, count: number, window?: number): { perPage: number; pages: number[] } {
  for (let perPage = Math.max(count, 1); perPage <= MAX_PAGE_SIZE; perPage++) {
    const page = Math.floor(start / perPage);
    const fits = Math.floor((start + count - 1) / perPage) === page;
    if (fits && (window === undefined || (page + 1) * perPage <= window)) return { perPage, pages: [page] };
  }
  const first = Math.floor(start / count);
  return { perPage: count, pages: [first, first + 1] };
}

export interface OffsetConnectionOptions<T> {
  args: ConnectionArgs;
  info: GraphQLResolveInfo;
  fetch(request: OffsetRequest): Promise<OffsetPage<T>>;
  /** Upstream's reachable window (1000 for user search); paging past it is SEARCH_WINDOW_EXCEEDED. */
  window?: number;
  /** What SEARCH_WINDOW_EXCEEDED advises besides narrowing the query. */
  pastWindow?: string;
  defaultSize?: number;
}

/** What a connection's selection asks of upstream: its items (edges, nodes or pageInfo) and/or its total. */
export function connectionWants(selected: ReadonlySet<string>): { items: boolean; total: boolean } {
  return { items: selected.has("edges") || selected.has("nodes") || selected.has("pageInfo"), total: selected.has("totalCount") };
}

/**
 * How many upstream pages `offsetConnection` fetches for these arguments and selection: 0 when it
 * fetches none (or refuses the arguments). The upstream cost estimate counts with it.
 */
export function offsetPageCount(
  args: ConnectionArgs,
  wants: { items: boolean; total: boolean },
  window?: number,
  defaultSize?: number,
): number {
  let count: number;
  let start: number;
  try {
    count = pageSize(args, defaultSize);
    start = args.after ? decodeCursor(args.after, "o").i + 1 : 0;
  } catch {
    return 0;
  }
  const wantsItems = count > 0 && wants.items;
  if (!wantsItems) return wants.total ? 1 : 0;
  if (window !== undefined && start + count > window) return 0;
  return offsetPlan(start, count, window).pages.length;
}

/**
 * How many upstream pages `checkpointConnection` fetches for these arguments when upstream pages
 * are full: resuming mid-page can take a second page.
 */
export function checkpointPageCount(args: ConnectionArgs, defaultSize?: number): number {
  let count: number;
  let skip: number;
  try {
    count = pageSize(args, defaultSize);
    skip = args.after ? decodeCursor(args.after, "c").s : 0;
  } catch {
    return 0;
  }
  if (count === 0) return 0;
  return skip + count > MAX_PAGE_SIZE ? 2 : 1;
}

export async function offsetConnection<T>(options: OffsetConnectionOptions<T>): Promise<ConnectionResult<T>> {
  const count = pageSize(options.args, options.defaultSize);
  const start = options.args.after ? decodeCursor(options.args.after, "o").i + 1 : 0;
  const wants = connectionWants(selectedFieldNames(options.info.fieldNodes, options.info.fragments));
  const wantsTotal = wants.total;
  const wantsItems = count > 0 && wants.items;
  const window = options.window;
  if (window !== undefined && wantsItems && start + count > window) {
    throw graphError(
      "SEARCH_WINDOW_EXCEEDED",
      `Auth0 only pages through the first ${window} results of a search; this page would reach result ` +
        `${start + count}. Narrow the query (or sort it) to see the rest${options.pastWindow ? `, ${options.pastWindow}` : ""}.`,
      { window },
    );
  }
  if (!wantsItems) {
    if (!wantsTotal) return emptyConnection();
    const { total } = await options.fetch({ page: 0, perPage: 1, includeTotals: true });
    return { ...emptyConnection(), ...(total !== undefined ? { totalCount: total } : {}) };
  }

  const plan = offsetPlan(start, count, window);
  const fetchPage = (page: number, i: number) => options.fetch({ page, perPage: plan.perPage, includeTotals: wantsTotal && i === 0 });
  // Mostly one page: awaited alone, without Promise.all's arrays and per-item promises.
  const pages = plan.pages.length === 1 ? [await fetchPage(plan.pages[0]!, 0)] : await Promise.all(plan.pages.map(fetchPage));
  const fetchedFrom = (plan.pages[0] ?? 0) * plan.perPage;
  const fetched = pages.length === 1 ? pages[0]!.items : pages.flatMap((p) => p.items);
  const items = fetched.slice(start - fetchedFrom, start - fetchedFrom + count);
  const total = pages[0]?.total;
  const lastPageFull = (pages.at(-1)?.items.length ?? 0) === plan.perPage;
  const hasNextPage =
    total !== undefined
      ? start + items.length < total
      : items.length === count && (fetched.length > start - fetchedFrom + count || lastPageFull);
  const edges = items.map((node, i) => new PositionedEdge(node, { k: "o", i: start + i }));
  return {
    edges,
    pageInfo: pageInfoOf(edges, hasNextPage, start > 0),
    ...(wantsTotal && total !== undefined ? { totalCount: total } : {}),
  };
}

export interface CheckpointConnectionOptions<T> {
  args: ConnectionArgs;
  fetch(request: { from?: string; take: number }): Promise<CheckpointPage<T>>;
  defaultSize?: number;
}

/**
 * A checkpoint list as a connection. The last edge of an upstream page carries that page's `next`,
 * so forward paging with `after: endCursor` costs one upstream call per page.
 */
export async function checkpointConnection<T>(options: CheckpointConnectionOptions<T>): Promise<ConnectionResult<T>> {
  const count = pageSize(options.args, options.defaultSize);
  const cursor = options.args.after ? decodeCursor(options.args.after, "c") : { k: "c" as const, f: null, s: 0 };
  if (count === 0) return emptyConnection(cursor.f !== null || cursor.s > 0);

  const edges: Edge<T>[] = [];
  let from = cursor.f;
  let skip = cursor.s;
  let hasNextPage = false;
  for (;;) {
    const take = Math.min(MAX_PAGE_SIZE, skip + count - edges.length);
    const page = await options.fetch({ ...(from !== null ? { from } : {}), take });
    const usable = page.items.slice(skip);
    const needed = count - edges.length;
    const used = usable.slice(0, needed);
    used.forEach((node, i) => {
      const consumedAll = skip + i + 1 === page.items.length;
      const position: CheckpointCursor = consumedAll && page.next ? { k: "c", f: page.next, s: 0 } : { k: "c", f: from, s: skip + i + 1 };
      edges.push(new PositionedEdge(node, position));
    });
    const leftover = usable.length > used.length;
    if (edges.length >= count || !page.next) {
      hasNextPage = leftover || Boolean(page.next);
      break;
    }
    skip = 0;
    from = page.next;
  }
  return { edges, pageInfo: pageInfoOf(edges, hasNextPage, cursor.f !== null || cursor.s > 0) };
}

function emptyConnection<T>(hasPreviousPage = false): ConnectionResult<T> {
  return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage, startCursor: null, endCursor: null } };
}
