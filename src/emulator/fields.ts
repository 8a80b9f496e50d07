import { invalidQuery } from "./errors.js";
import type { Caller } from "./route.js";
import type { StoredUser } from "./state.js";
import { boolParam } from "./validation.js";

export interface Projection {
  fields: ReadonlySet<string>;
  include: boolean;
}

/** Reads `fields` (csv of top-level attribute names) and `include_fields` (default true). */
export function projectionFromQuery(query: URLSearchParams): Projection | undefined {
  const include = boolParam(query, "include_fields") ?? true;
  const raw = query.get("fields");
  if (raw === null || raw.trim() === "") return undefined;
  const fields = raw.split(",").map((f) => f.trim());
  if (fields.some((f) => f === "" || !/^[A-Za-z0-9_.]+$/.test(f))) {
    throw invalidQuery(`'Invalid value for fields: ${raw}'.`);
  }
  return { fields: new Set(fields), include };
}

/**
 * The user as a caller sees it: IdP tokens inside identities only with read:user_idp_tokens,
 * then `fields`/`include_fields` applied.
 */
export function userView(user: StoredUser, caller: Caller, projection?: Projection): Record<string, unknown> {
  const seesIdpTokens = caller.scopes.has("read:user_idp_tokens");
  const view: Record<string, unknown> = { ...user };
  if (!seesIdpTokens) {
    view.identities = user.identities.map(({ access_token: _a, refresh_token: _r, ...identity }) => identity);
  }
  if (!projection) return view;
  const projected: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(view)) {
    if (projection.fields.has(key) === projection.include) projected[key] = value;
  }
  return projected;
}

/** `fields`/`include_fields` applied to any record. */
export function project(record: object, projection: Projection | undefined): Record<string, unknown> {
  if (!projection) return { ...record };
  const projected: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (projection.fields.has(key) === projection.include) projected[key] = value;
  }
  return projected;
}
