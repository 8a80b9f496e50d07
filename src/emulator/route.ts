import type { EmulatorState, StoredUser } from "./state.js";
import { ApiError, inexistentUser } from "./errors.js";
import type { JobBoard } from "./jobs/job-board.js";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The verified bearer token of a Management API request. */
export interface Caller {
  sub: string;
  scopes: ReadonlySet<string>;
  /** The `azp`/client id the token was issued to, when it has one. */
  clientId?: string;
}

export interface RouteContext {
  state: EmulatorState;
  /** Path parameters, percent-decoded (`auth0%7C1` and `auth0|1` both arrive as `auth0|1`). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body; undefined when the request had none (or the route takes multipart). */
  body: unknown;
  /** The body as received, for routes that take `multipart` bodies. */
  rawBody?: { contentType: string; bytes: Buffer };
  /** The tenant's long-running jobs. */
  jobs: JobBoard;
  caller: Caller;
  /** The scope of `route.scopes` that admitted the caller (the first one held). */
  grantedBy: string;
  origin: string;
  now(): Date;
  /**
   * Call after changing `state`. A write request's changes reach the `--data` journal by themselves
   * (before its answer); this also saves changes made outside a request (after an answer).
   */
  changed(): void;
  /** Verifies an ID token signed by this tenant (for `link_with`); throws ApiError 400 when invalid. */
  verifyIdToken(jwt: string): Promise<{ sub: string; aud: string | string[] }>;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: Method;
  /** The OAS path template under the origin, e.g. "/api/v2/users/{id}/roles"; also the stats key. */
  path: string;
  /** Scopes of the OAS `security` block: any one admits the caller, unless `scopeMode` is "all". */
  scopes: string[];
  scopeMode?: "any" | "all";
  /** With scopeMode "all": scopes that admit the caller on their own (e.g. read:role_members). */
  alsoAdmittedBy?: string[];
  /** Query parameters the endpoint accepts; any other is rejected with a 400 as Auth0 does. */
  query?: string[];
  /** The body is multipart/form-data, handed over raw in `rawBody` instead of parsed as JSON. */
  multipart?: boolean;
  handle(ctx: RouteContext): RouteResult | Promise<RouteResult>;
}

/** Scopes that act only on the caller's own user (Auth0's "current user" scopes). */
const SELF_SCOPES = new Set([
  "read:current_user",
  "update:current_user_metadata",
  "update:current_user_identities",
  "delete:current_user",
  "create:current_user_device_credentials",
]);

/**
 * When the caller was admitted by a current-user scope only, the user acted on must be the
 * token's subject.
 */
export function requireSelfWhenCurrentUserScope(ctx: RouteContext, userId: string): void {
  if (SELF_SCOPES.has(ctx.grantedBy) && ctx.caller.sub !== userId) {
    throw new ApiError(403, "User to be acted on does not match subject in bearer token.", "insufficient_scope");
  }
}

/** The user named by the path, or Auth0's 404 `inexistent_user`. */
export function requireUser(ctx: RouteContext, id: string = ctx.params.id ?? ctx.params.user_id ?? ""): StoredUser {
  const user = ctx.state.users.get(id);
  if (!user) throw inexistentUser();
  return user;
}
