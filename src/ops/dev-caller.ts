import { isIP } from "node:net";
import { isInterfaceType, isObjectType, type GraphQLSchema } from "graphql";

/**
 * How long the embedded mode's dev token lasts: a working day. It carries every scope and GraphiQL
 * shows it to whoever loads the page, so it is not a 30-day credential.
 */
export const DEV_TOKEN_LIFETIME_S = 8 * 3600;

/**
 * Whether the gateway listening on `host` is reachable from this machine only (127.0.0.0/8, ::1,
 * localhost). Only then is a dev token handed out: on any other interface anyone who can load
 * GraphiQL would get an all-scope token.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (bare === "localhost") return true;
  if (isIP(bare) === 4) return bare.startsWith("127.");
  if (isIP(bare) === 6) return bare === "::1" || /^::ffff:127\./.test(bare);
  return false;
}

/** The operation GraphiQL opens with in development, and `npm start` prints. */
export const EXAMPLE_OPERATION = `# Welcome to usergraph.
# Run: ▶ or Ctrl-Enter. Docs: the book icon.
query FirstUsers {
  users(first: 5) {
    totalCount
    nodes {
      id
      email
      name
      roles(first: 3) {
        nodes {
          name
        }
      }
    }
  }
  me {
    id
    email
  }
}
`;

const SCOPE_KEYS = new Set(["scope", "anyScope", "allScopes"]);

function collectScopes(value: unknown, into: Set<string>, underScopeKey = false): void {
  if (typeof value === "string") {
    if (underScopeKey) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectScopes(item, into, underScopeKey);
  } else if (value && typeof value === "object") {
    // Scope maps, possibly nested under Pothos's $any / $all.
    for (const [key, item] of Object.entries(value)) collectScopes(item, into, SCOPE_KEYS.has(key));
  }
}

/**
 * Scopes that fields choose by a function of their arguments (updateUser, deleteUser, link/unlink
 * on one's own user), which the static walk below cannot see.
 */
const SCOPES_CHOSEN_AT_RUN_TIME = [
  "update:users_app_metadata",
  "update:current_user_metadata",
  "update:current_user_identities",
  "delete:users",
  "delete:current_user",
];

/**
 * Every scope name the graph's fields and types check (their Pothos `authScopes`), for a dev token
 * that may do everything.
 */
export function scopesCheckedBy(schema: GraphQLSchema): string[] {
  const scopes = new Set<string>(SCOPES_CHOSEN_AT_RUN_TIME);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    collectScopes((type.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes, scopes);
    for (const field of Object.values(type.getFields())) {
      collectScopes((field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes, scopes);
    }
  }
  return [...scopes].sort();
}
