import { gzipSync } from "node:zlib";
import { invalidBody } from "../errors.js";
import type { StoredUser } from "../state.js";

// The users export file (contract §9): gzip-compressed, NDJSON (one user per line) or CSV.

export interface ExportField {
  name: string;
  export_as?: string;
}

export const MAX_CSV_FIELDS = 30;

/** Auth0's predefined CSV columns when `fields` is not given. */
const DEFAULT_CSV_FIELDS = [
  "user_id",
  "email",
  "email_verified",
  "username",
  "phone_number",
  "name",
  "nickname",
  "given_name",
  "family_name",
  "picture",
  "created_at",
  "updated_at",
  "last_login",
  "logins_count",
  "blocked",
].map((name): ExportField => ({ name }));

const METADATA_ROOTS = new Set(["app_metadata", "user_metadata"]);

/** Checks `fields` against the format before the job starts. */
export function checkExportFields(format: "json" | "csv", fields: ExportField[] | undefined): void {
  if (!fields) return;
  if (fields.length === 0) throw invalidBody("'Array is too short (0), minimum 1' on property fields.");
  if (format === "csv") {
    if (fields.length > MAX_CSV_FIELDS)
      throw invalidBody(`'Array is too long (${fields.length}), maximum ${MAX_CSV_FIELDS}' on property fields.`);
    const root = fields.find((field) => METADATA_ROOTS.has(field.name));
    if (root) throw invalidBody(`'CSV exports name metadata fields one by one (${root.name}.<key>)' on property fields.`);
  }
}

/** The value at a field path such as `user_metadata.country` or `identities[0].connection`. */
export function valueAt(user: StoredUser, path: string): unknown {
  let value: unknown = user;
  for (const segment of path.split(/\.|(?=\[)/)) {
    if (value === null || value === undefined) return undefined;
    const index = /^\[(\d+)\]$/.exec(segment);
    value = index ? (Array.isArray(value) ? value[Number(index[1])] : undefined) : (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** The user as the file records it: IdP tokens never leave the tenant. */
function exported(user: StoredUser): Record<string, unknown> {
  return { ...user, identities: user.identities.map(({ access_token: _a, refresh_token: _r, ...identity }) => identity) };
}

/** A CSV cell, escaped against CSV injection (OWASP): quoted, quotes doubled, formulas led by `'`. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '""';
  let text = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function exportFile(
  tenant: string,
  users: readonly StoredUser[],
  format: "json" | "csv",
  fields: ExportField[] | undefined,
): { name: string; contents: Buffer } {
  const lines: string[] = [];
  if (format === "json") {
    for (const user of users) {
      const record = exported(user);
      const line = fields
        ? Object.fromEntries(
            fields.map((f) => [f.export_as ?? f.name, valueAt(record as StoredUser, f.name)]).filter(([, v]) => v !== undefined),
          )
        : record;
      lines.push(JSON.stringify(line));
    }
  } else {
    const columns = fields ?? DEFAULT_CSV_FIELDS;
    lines.push(columns.map((f) => csvCell(f.export_as ?? f.name)).join(","));
    for (const user of users) lines.push(columns.map((f) => csvCell(valueAt(user, f.name))).join(","));
  }
  const text = lines.length ? `${lines.join("\n")}\n` : "";
  return { name: `${tenant}.${format}.gz`, contents: gzipSync(text) };
}
