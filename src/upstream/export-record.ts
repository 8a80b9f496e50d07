// A row of a users export file back in the shape of Auth0's user object. An export with `fields`
// writes each field under its `export_as` name (or its own name, a path such as `user_metadata.country`
// or `identities[0].connection`); the row is mapped back to those paths so the same user attributes
// resolve whether the export was JSON or CSV, with or without `fields`.

export interface ExportFieldSpec {
  name: string;
  export_as?: string;
}

/** The column (CSV) or key (JSON) of each exported field, mapped to the field's path. */
export function fieldPaths(fields: readonly ExportFieldSpec[] | undefined): Map<string, string> {
  return new Map((fields ?? []).map((field) => [field.export_as ?? field.name, field.name]));
}

function pathSegments(path: string): (string | number)[] {
  return path
    .split(/\.|(?=\[)/)
    .filter((segment) => segment !== "")
    .map((segment) => {
      const index = /^\[(\d+)\]$/.exec(segment);
      return index ? Number(index[1]) : segment;
    });
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = pathSegments(path);
  let node: Record<string | number, unknown> = target;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      node[segment] = value;
      return;
    }
    const next = node[segment];
    if (next === null || typeof next !== "object") node[segment] = typeof segments[i + 1] === "number" ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
}

/** The user of one row: each column or key set at its field's path; absent values are left out. */
export function exportedUser(row: Record<string, unknown>, paths: Map<string, string>): Record<string, unknown> {
  const user: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (value === undefined) continue;
    setAt(user, paths.get(column) ?? column, value);
  }
  return user;
}

const BOOLEAN_PATHS = new Set(["email_verified", "phone_verified", "blocked"]);
const BOOLEAN_LAST = new Set(["isSocial"]);
const INTEGER_PATHS = new Set(["logins_count"]);
/** Attributes whose values may be objects or arrays, which a CSV export writes as JSON. */
const STRUCTURED_ROOTS = new Set(["identities", "app_metadata", "user_metadata", "multifactor"]);
/** Characters Auth0 escapes with a leading `'` at the start of a CSV value (OWASP CSV injection). */
const FORMULA_START = /^'[=+\-@\t\r]/;

/**
 * A CSV cell as the value it was exported from. Auth0 writes every value as a quoted string: the
 * leading `'` it adds before a formula character is removed; booleans and counts of the user object
 * become booleans and numbers again, and objects and arrays under the structured attributes (written
 * as JSON) are parsed. An empty
 * cell is an absent value. Scalars inside metadata stay strings: CSV does not say which were numbers.
 */
export function csvValue(path: string, text: string): unknown {
  if (text === "") return undefined;
  if (FORMULA_START.test(text)) return text.slice(1);
  const segments = pathSegments(path);
  const last = segments.at(-1);
  if (BOOLEAN_PATHS.has(path) || (typeof last === "string" && BOOLEAN_LAST.has(last))) {
    if (text === "true") return true;
    if (text === "false") return false;
  }
  if (INTEGER_PATHS.has(path) && /^\d+$/.test(text)) return Number(text);
  if (STRUCTURED_ROOTS.has(String(segments[0])) && (text.startsWith("{") || text.startsWith("["))) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}
