import type { ManagementClient } from "../upstream/client.js";
import { isNotFound } from "../upstream/errors.js";
import type { User } from "../upstream/types.js";

/** Auth0 search answers at most 100 users a page; a batch of ids becomes searches of this many. */
export const SEARCH_CHUNK = 100;

/** A Lucene phrase for an id: quoted, with `\` and `"` escaped, so no id can break out of it. */
export function quoteLucene(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export function userIdQuery(ids: readonly string[]): string {
  return `user_id:(${ids.map(quoteLucene).join(" OR ")})`;
}

export interface UsersByIdOptions {
  /** The attributes to ask for (`fields` + `include_fields=true`); all when undefined. */
  fields?: readonly string[];
}

/**
 * Loads users by id with the fewest calls: one id is `GET /users/{id}`; several are searches
 * `user_id:("a" OR "b" …)` of up to 100 ids each, in parallel. Search is eventually consistent, so
 * ids it does not return (a user created a moment ago) are fetched one by one before being called
 * missing.
 */
export async function loadUsersById(
  client: ManagementClient,
  ids: readonly string[],
  options: UsersByIdOptions = {},
): Promise<(User | null)[]> {
  const fields = options.fields ? { fields: [...options.fields], includeFields: true } : {};
  const getOne = (id: string) =>
    client.getUser(id, fields).catch((error: unknown) => {
      if (isNotFound(error)) return null;
      throw error;
    });
  const unique = [...new Set(ids)];
  if (unique.length === 1) {
    const user = await getOne(unique[0]!);
    return ids.map(() => user);
  }

  const found = new Map<string, User>();
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += SEARCH_CHUNK) chunks.push(unique.slice(i, i + SEARCH_CHUNK));
  const pages = await Promise.all(
    chunks.map((chunk) => client.searchUsers({ q: userIdQuery(chunk), page: 0, perPage: chunk.length, ...fields })),
  );
  for (const page of pages) for (const user of page.items) if (user.user_id) found.set(user.user_id, user);

  const missing = unique.filter((id) => !found.has(id));
  const fallbacks = await Promise.all(missing.map(getOne));
  missing.forEach((id, i) => {
    const user = fallbacks[i];
    if (user) found.set(id, user);
  });
  return ids.map((id) => found.get(id) ?? null);
}
