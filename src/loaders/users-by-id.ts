import type { ManagementClient } from "../upstream/client.js";
import { pathParameterProblem } from "../upstream/operations.js";
import { orError } from "./call-loader.js";
import { orNull } from "./or-null.js";
import type { User } from "../upstream/types.js";

/** Auth0 search answers at most 100 users a page; a batch of ids becomes searches of this many. */
export const SEARCH_CHUNK = 100;

/**
 * Longest query a search sends, URL-encoded. Auth0 documents no limit but answers an over-long query
 * string with 414; 100 typical ids (`auth0|` + 24 hex) take about 4.5 KB, long enterprise ids more.
 */
export const MAX_SEARCH_QUERY_LENGTH = 8 * 1024;

/** A Lucene phrase for an id: quoted, with `\` and `"` escaped, so no id can break out of it. */
export function quoteLucene(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export function userIdQuery(ids: readonly string[]): string {
  return `user_id:(${ids.map(quoteLucene).join(" OR ")})`;
}

const encodedLength = (text: string) => encodeURIComponent(text).length;

/**
 * The searches a batch of ids becomes, in order: at most 100 ids each, and no longer a query than
 * MAX_SEARCH_QUERY_LENGTH (an id that alone is longer gets a search of its own).
 */
export function searchChunks(ids: readonly string[]): string[][] {
  const base = encodedLength(userIdQuery([]));
  const separator = encodedLength(" OR ");
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let length = base;
  for (const id of ids) {
    const phrase = encodedLength(quoteLucene(id));
    if (chunk.length > 0 && (chunk.length === SEARCH_CHUNK || length + separator + phrase > MAX_SEARCH_QUERY_LENGTH)) {
      chunks.push(chunk);
      chunk = [];
      length = base;
    }
    length += (chunk.length > 0 ? separator : 0) + phrase;
    chunk.push(id);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** How many calls `loadUsersById` makes for these distinct ids when the search finds them all. */
export function usersByIdCalls(distinctIds: readonly string[]): number {
  return distinctIds.length <= 1 ? distinctIds.length : searchChunks(distinctIds).length;
}

export interface UsersByIdOptions {
  /** The attributes to ask for (`fields` + `include_fields=true`); all when undefined. */
  fields?: readonly string[];
}

/**
 * Loads users by id with the fewest calls: one id is `GET /users/{id}`; several are searches
 * `user_id:("a" OR "b" …)` of up to 100 ids each (see searchChunks), in parallel. Search is
 * eventually consistent, so ids it does not return (a user created a moment ago) are fetched one by
 * one before being called missing; an id whose own fetch fails (an outage, the operation's call
 * budget spent) answers with that error, and the others are still answered.
 */
export async function loadUsersById(
  client: ManagementClient,
  ids: readonly string[],
  options: UsersByIdOptions = {},
): Promise<(User | null | Error)[]> {
  const fields = options.fields ? { fields: [...options.fields], includeFields: true } : {};
  const getOne = (id: string) => orNull(client.getUser(id, fields));
  const unique = [...new Set(ids)];
  if (unique.length === 1) {
    const user = await getOne(unique[0]!);
    return ids.map(() => user);
  }

  const found = new Map<string, User>();
  // An id no path may carry (a dot segment, over-long) names no user: it is neither searched for nor
  // read on its own (which would be refused, but spend the operation's call budget): it is null.
  const searchable = unique.filter((id) => pathParameterProblem(id) === undefined);
  const pages = await Promise.all(
    searchChunks(searchable).map((chunk) => client.searchUsers({ q: userIdQuery(chunk), page: 0, perPage: chunk.length, ...fields })),
  );
  for (const page of pages) for (const user of page.items) if (user.user_id) found.set(user.user_id, user);

  const missing = searchable.filter((id) => !found.has(id));
  const fallbacks = new Map<string, User | null | Error>();
  const read = await Promise.all(missing.map((id) => orError(getOne(id))));
  for (const [i, id] of missing.entries()) fallbacks.set(id, read[i]!);
  return ids.map((id) => found.get(id) ?? fallbacks.get(id) ?? null);
}
