import type { EmulatorState, StoredUser } from "../state.js";
import { documentOf } from "./document.js";
import { compileQuery } from "./evaluate.js";
import { parseQuery } from "./parse.js";
import { parseSort, sortUsers } from "./sort.js";

export interface UserSearch {
  /** Lucene query (search_engine v3); empty or absent matches every user. */
  q?: string;
  /** `field:1` or `field:-1`. */
  sort?: string;
}

/**
 * The users a v3 search matches, in the default order (the tenant's user order, which is stable)
 * unless `sort` names another. Every 400 is raised before any user is looked at.
 */
export function searchUsers(state: EmulatorState, search: UserSearch): StoredUser[] {
  const order = search.sort === undefined || search.sort === "" ? undefined : parseSort(search.sort);
  const query = parseQuery(search.q ?? "");
  let matches: StoredUser[];
  if (query.kind === "all") {
    matches = [...state.users.values()];
  } else {
    const predicate = compileQuery(query, { organizationMembers: state.organizationMembers });
    matches = [];
    for (const user of state.users.values()) if (predicate(documentOf(user))) matches.push(user);
  }
  return order ? sortUsers(matches, order) : matches;
}
