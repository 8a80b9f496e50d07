import DataLoader from "dataloader";
import { MAX_PER_PAGE, type OffsetPage, type OffsetPaging } from "../upstream/pages.js";
import { orError } from "./call-loader.js";

/** The items a page request covers: [start, end). */
interface Window {
  start: number;
  end: number;
}

const windowOf = (paging: OffsetPaging): Window => {
  const start = (paging.page ?? 0) * paging.perPage!;
  return { start, end: start + paging.perPage! };
};

/**
 * The one upstream page that covers every window from `start` to `end` without reaching past `end`
 * (each window was a valid request, so a page ending at the last of them is one too — a search
 * window of 1000 stays respected): the smallest `perPage` ≤ 100 that divides `end` and reaches back
 * to `start`. Undefined when no such page exists.
 */
function coveringPage({ start, end }: Window): { page: number; perPage: number } | undefined {
  for (let perPage = Math.max(end - start, 1); perPage <= Math.min(end, MAX_PER_PAGE); perPage++) {
    if (end % perPage === 0) return { page: end / perPage - 1, perPage };
  }
  return undefined;
}

/** Groups windows, in order of their start, into runs that one page each can cover. */
function clusters<W extends Window>(windows: readonly W[]): W[][] {
  const sorted = [...windows].sort((a, b) => a.start - b.start || a.end - b.end);
  const runs: W[][] = [];
  let run: W[] = [];
  let span: Window = { start: 0, end: 0 };
  for (const window of sorted) {
    const widened = { start: Math.min(span.start, window.start), end: Math.max(span.end, window.end) };
    if (run.length > 0 && coveringPage(widened)) {
      run.push(window);
      span = widened;
    } else {
      if (run.length > 0) runs.push(run);
      run = [window];
      span = { start: window.start, end: window.end };
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * A per-operation loader for one offset-paged upstream list. As with callLoader, identical keys share
 * one call; besides, pages of the same list (keys equal but for `page`, `perPage` and `includeTotals`)
 * asked for together share one call when one page of at most 100 items covers them — aliases with
 * `first: 3` and `first: 10`, a `totalCount` beside the items, the next page beside the first — and
 * each gets exactly the slice, and the total, its own call would have answered.
 */
export function offsetPagesLoader<K extends OffsetPaging, T>(
  call: (key: K) => Promise<OffsetPage<T>>,
): DataLoader<K, OffsetPage<T>, string> {
  const settle = (key: K) => orError(call(key));

  return new DataLoader<K, OffsetPage<T>, string>(
    async (keys) => {
      const results: (OffsetPage<T> | Error)[] = new Array(keys.length);
      const lists = new Map<string, { key: K; index: number }[]>();
      const alone: number[] = [];
      keys.forEach((key, index) => {
        if (key.perPage === undefined || key.perPage < 1) {
          alone.push(index);
          return;
        }
        const { page: _page, perPage: _perPage, includeTotals: _totals, ...list } = key;
        const id = JSON.stringify(list);
        const requests = lists.get(id);
        if (requests) requests.push({ key, index });
        else lists.set(id, [{ key, index }]);
      });

      const calls: Promise<void>[] = alone.map(async (index) => {
        results[index] = await settle(keys[index]!);
      });
      for (const requests of lists.values()) {
        if (requests.length === 1) {
          // The usual case (one page of each user's list): nothing to merge, no windows to plan.
          const [{ key, index }] = requests as [{ key: K; index: number }];
          calls.push(
            settle(key).then((page) => {
              results[index] = page;
            }),
          );
          continue;
        }
        const windows = requests.map((request) => ({ ...request, ...windowOf(request.key) }));
        for (const run of clusters(windows)) {
          if (run.length === 1) {
            const [only] = run;
            calls.push(
              settle(only!.key).then((page) => {
                results[only!.index] = page;
              }),
            );
            continue;
          }
          const covering = coveringPage({ start: run[0]!.start, end: Math.max(...run.map((w) => w.end)) })!;
          const includeTotals = run.some((w) => w.key.includeTotals);
          const merged = { ...run[0]!.key, ...covering, includeTotals };
          calls.push(
            settle(merged).then((page) => {
              const from = covering.page * covering.perPage;
              for (const w of run) {
                results[w.index] =
                  page instanceof Error
                    ? page
                    : {
                        items: page.items.slice(w.start - from, w.end - from),
                        start: w.start,
                        limit: w.end - w.start,
                        ...(w.key.includeTotals && page.total !== undefined ? { total: page.total } : {}),
                      };
              }
            }),
          );
        }
      }
      await Promise.all(calls);
      return results;
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}
