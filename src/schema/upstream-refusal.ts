import { InvalidPathParameter, UpstreamError } from "../upstream/errors.js";
import type { UserErrorCodeValue, UserErrorShape } from "./user-error.js";

// Auth0 names what went wrong in a refusal's `errorCode` (`inexistent_user`, `inexistent_role`,
// `email_used`…), and not always with the status one would guess: an unknown role in
// POST /users/{id}/roles is a 400. These rules turn the refusals a caller can act on into userErrors,
// the same for every mutation; a mutation says only which of its arguments named what.

/** The argument path that named each kind of thing in one mutation: where a userError about it points. */
export interface NamedBy {
  user?: string[];
  role?: string[];
  permission?: string[];
  authenticationMethod?: string[];
  multifactorProvider?: string[];
  connection?: string[];
  organization?: string[];
  session?: string[];
  refreshToken?: string[];
  email?: string[];
  username?: string[];
  /** What the mutation creates or links: where ALREADY_EXISTS (a 409) points. */
  created?: string[];
}

/** A 400 Auth0 tells apart only by its message (its errorCode is the generic `invalid_body`). */
export interface MessageRule {
  message: RegExp;
  code: UserErrorCodeValue;
  field: string[] | null;
}

/** What one mutation adds to the general rules. */
export interface Refusals {
  named?: NamedBy;
  /** Whether Auth0's 403 "the user has a passkey" (PUT / DELETE of all authentication methods) is a CONFLICT. */
  passkeyConflict?: boolean;
  /** Checked, first match wins, on 400s the general rules leave UPSTREAM_REJECTED. */
  messages?: readonly MessageRule[];
}

const NOT_FOUND_PREFIX = "inexistent_";

/** Auth0 errorCodes → what they are about; any other `inexistent_*` is NOT_FOUND without a field. */
const ERROR_CODES: ReadonlyMap<string, { code: UserErrorCodeValue; thing: keyof NamedBy }> = new Map([
  ["inexistent_user", { code: "NOT_FOUND", thing: "user" }],
  ["inexistent_role", { code: "NOT_FOUND", thing: "role" }],
  ["inexistent_permission", { code: "NOT_FOUND", thing: "permission" }],
  ["inexistent_resource_server", { code: "NOT_FOUND", thing: "permission" }],
  ["inexistent_session", { code: "NOT_FOUND", thing: "session" }],
  ["inexistent_refresh_token", { code: "NOT_FOUND", thing: "refreshToken" }],
  ["inexistent_authentication_method", { code: "NOT_FOUND", thing: "authenticationMethod" }],
  ["inexistent_multifactor_provider", { code: "NOT_FOUND", thing: "multifactorProvider" }],
  ["inexistent_connection", { code: "NOT_FOUND", thing: "connection" }],
  ["inexistent_organization", { code: "NOT_FOUND", thing: "organization" }],
  ["email_used", { code: "ALREADY_EXISTS", thing: "email" }],
  ["username_used", { code: "ALREADY_EXISTS", thing: "username" }],
]);

/** What a path parameter the client refused to send names: the user for a user's routes, the method, the provider, the role. */
function namedByPathParameter({ route, parameter }: InvalidPathParameter): keyof NamedBy | undefined {
  if (parameter === "authentication_method_id") return "authenticationMethod";
  if (parameter === "provider" && route.includes("/multifactor/")) return "multifactorProvider";
  const [, collection, first] = /^\/([^/]+)\/\{([^}]+)\}/.exec(route) ?? [];
  if (parameter !== first) return undefined;
  if (collection === "users" || collection === "user-blocks") return "user";
  if (collection === "roles") return "role";
  if (collection === "sessions") return "session";
  if (collection === "refresh-tokens") return "refreshToken";
  return undefined;
}

/** The passkey refusal, as opposed to a 403 about the gateway's own credentials (which stays top-level). */
const isPasskeyConflict = (error: UpstreamError) => error.statusCode === 403 && error.errorCode === "operation_not_allowed";

/**
 * The userError for an Auth0 refusal the caller can act on, or null when the failure is not theirs to
 * fix (credentials, limits, outages: a top-level error). An id the client refused to send (a dot
 * segment, over-long) is INVALID_INPUT at the argument that named it. Then, in order: a known errorCode (on a 400 or
 * 404) → its code, at the argument that named the thing; the passkey 403 → CONFLICT where the mutation
 * opts in; 409 → ALREADY_EXISTS; any other 404 → NOT_FOUND; a 400 → the mutation's message rule, else
 * UPSTREAM_REJECTED. Auth0's message is kept.
 */
export function refusalUserError(error: unknown, refusals: Refusals = {}): UserErrorShape | null {
  const at = (thing: keyof NamedBy | undefined) => (thing ? (refusals.named?.[thing] ?? null) : null);
  if (error instanceof InvalidPathParameter) {
    return {
      field: at(namedByPathParameter(error)),
      message: `Not a valid id, so nothing was sent to Auth0: the ${error.parameter} ${error.reason}.`,
      code: "INVALID_INPUT",
    };
  }
  if (!(error instanceof UpstreamError) || error.kind !== "http") return null;
  const { statusCode, errorCode = "", message } = error;
  if (statusCode === 400 || statusCode === 404) {
    const known = ERROR_CODES.get(errorCode);
    if (known) return { field: at(known.thing), message, code: known.code };
    if (errorCode.startsWith(NOT_FOUND_PREFIX)) return { field: null, message, code: "NOT_FOUND" };
  }
  if (refusals.passkeyConflict && isPasskeyConflict(error)) return { field: null, message, code: "CONFLICT" };
  switch (statusCode) {
    case 409:
      return { field: at("created"), message, code: "ALREADY_EXISTS" };
    case 404:
      return { field: null, message, code: "NOT_FOUND" };
    case 400: {
      const rule = refusals.messages?.find((r) => r.message.test(message));
      return rule ? { field: rule.field, message, code: rule.code } : { field: null, message, code: "UPSTREAM_REJECTED" };
    }
    default:
      return null;
  }
}
