/** Offset-paged lists (`page`/`per_page`), normalised from Auth0's two wire shapes. */
export interface OffsetPage<T> {
  items: T[];
  /** All matches; only when the call asked for totals. */
  total?: number;
  /** Index of the first item (page × perPage). */
  start: number;
  /** Page size. */
  limit: number;
}

/** Checkpoint-paged lists (`from`/`take`): pass `next` as the following call's `from`. */
export interface CheckpointPage<T> {
  items: T[];
  /** Absent on the last page. */
  next?: string;
}

/** The most items Auth0 answers in one page (`per_page`). */
export const MAX_PER_PAGE = 100;

export interface OffsetPaging {
  /** 0-based. */
  page?: number;
  perPage?: number;
  /** Ask for the wrapper object so `total` is known. */
  includeTotals?: boolean;
}

export interface CheckpointPaging {
  from?: string;
  take?: number;
}

/** The query parameters of an offset page; `include_totals` only when asked for. */
export function offsetQuery(paging: OffsetPaging | undefined): { page?: number; per_page?: number; include_totals?: boolean } {
  return {
    ...(paging?.page !== undefined ? { page: paging.page } : {}),
    ...(paging?.perPage !== undefined ? { per_page: paging.perPage } : {}),
    ...(paging?.includeTotals ? { include_totals: true } : {}),
  };
}

export function checkpointQuery(paging: CheckpointPaging | undefined): { from?: string; take?: number } {
  return {
    ...(paging?.from !== undefined ? { from: paging.from } : {}),
    ...(paging?.take !== undefined ? { take: paging.take } : {}),
  };
}

type OffsetWrapper<K extends string, T> = { start?: number; limit?: number; total?: number } & { [P in K]?: T[] };

/** Either a bare array (`include_totals=false`) or `{start, limit, total, <key>: [...]}`. */
export function toOffsetPage<T, K extends string>(
  body: T[] | OffsetWrapper<K, T> | undefined,
  key: K,
  paging: OffsetPaging | undefined,
): OffsetPage<T> {
  const requestedStart = (paging?.page ?? 0) * (paging?.perPage ?? 0);
  if (Array.isArray(body) || body === undefined) {
    const items = body ?? [];
    return { items, start: requestedStart, limit: paging?.perPage ?? items.length };
  }
  const items = (body[key] as T[] | undefined) ?? [];
  return {
    items,
    ...(typeof body.total === "number" ? { total: body.total } : {}),
    start: body.start ?? requestedStart,
    limit: body.limit ?? paging?.perPage ?? items.length,
  };
}

export function toCheckpointPage<T, K extends string>(
  body: ({ next?: string } & { [P in K]?: T[] }) | undefined,
  key: K,
): CheckpointPage<T> {
  const items = (body?.[key] as T[] | undefined) ?? [];
  const next = body?.next;
  return { items, ...(typeof next === "string" && next !== "" ? { next } : {}) };
}
