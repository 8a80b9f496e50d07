import { invalidQuery } from "../errors.js";
import { offsetPage } from "../pagination.js";
import type { Route } from "../route.js";
import type { LogEvent } from "../state.js";

/** Auth0 returns at most 100 log events per request and pages through the first 1000 matches only. */
const MAX_PER_REQUEST = 100;
const PAGEABLE = 1000;

/** Scalar Log fields a user's log events can be sorted by. */
const SORTABLE = new Set([
  "date",
  "type",
  "description",
  "connection",
  "connection_id",
  "client_id",
  "client_name",
  "ip",
  "hostname",
  "user_id",
  "user_name",
  "audience",
  "scope",
  "strategy",
  "strategy_type",
  "log_id",
  "isMobile",
  "user_agent",
]);

function sortOf(raw: string | null): { field: keyof LogEvent; direction: 1 | -1 } {
  if (raw === null || raw === "") return { field: "date", direction: -1 };
  const match = /^([a-zA-Z0-9_.]+):(1|-1)$/.exec(raw);
  if (!match) throw invalidQuery(`'String does not match pattern ^[a-zA-Z0-9_.]+:(1|-1)$: ${raw}' on property sort.`);
  if (!SORTABLE.has(match[1]!)) throw invalidQuery(`'Cannot sort by ${match[1]}' on property sort.`);
  return { field: match[1] as keyof LogEvent, direction: match[2] === "1" ? 1 : -1 };
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  return (a as string | number | boolean) < (b as string | number | boolean) ? -1 : 1;
}

const listUserLogs: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/logs",
  scopes: ["read:logs", "read:logs_users"],
  query: ["page", "per_page", "sort", "include_totals"],
  handle(ctx) {
    const { field, direction } = sortOf(ctx.query.get("sort"));
    // The contract documents no 404 here: an unknown user simply has no log events.
    const events = [...(ctx.state.logs.get(ctx.params.id ?? "") ?? [])].sort((a, b) => {
      const byField = compare(a[field], b[field]);
      // Missing values sort last either way; ties fall back to log_id in the same direction.
      if (byField !== 0) return a[field] == null || b[field] == null ? byField : byField * direction;
      return compare(a.log_id, b.log_id) * direction;
    });
    return offsetPage(ctx, events, {
      key: "logs",
      minPerPage: 1,
      maxPerPage: MAX_PER_REQUEST,
      withLength: true,
      window: PAGEABLE,
      unpagedLimit: MAX_PER_REQUEST,
    });
  },
};

export const logsRoutes: Route[] = [listUserLogs];
