import { UpstreamError } from "../upstream/errors.js";
import { UserInputError, type UserErrorShape } from "./user-error.js";

// Auth0 names what it could not find in `errorCode` (`inexistent_user`, `inexistent_role`…), and
// not always with a 404: an unknown role in POST /users/{id}/roles is a 400. These turn such
// refusals into NOT_FOUND userErrors pointing at the argument that named the missing thing.

/** The argument path each kind of missing thing was named by, in one mutation. */
export interface RefusalFields {
  user?: string[];
  role?: string[];
  permission?: string[];
  authenticationMethod?: string[];
  multifactorProvider?: string[];
}

const NOT_FOUND_CODES: Readonly<Record<string, keyof RefusalFields>> = {
  inexistent_user: "user",
  inexistent_role: "role",
  inexistent_permission: "permission",
  inexistent_resource_server: "permission",
  inexistent_authentication_method: "authenticationMethod",
  inexistent_multifactor_provider: "multifactorProvider",
};

/**
 * A 403 that means "the user has a passkey" (PUT / DELETE of all authentication methods), not that
 * the gateway's own credentials lack a scope. Every other 403 stays the gateway's problem.
 */
function isPasskeyConflict(error: UpstreamError): boolean {
  return (
    error.statusCode === 403 &&
    error.errorCode !== "insufficient_scope" &&
    (error.errorCode === "operation_not_allowed" || /passkey/i.test(error.message))
  );
}

function refusalError(error: UpstreamError, fields: RefusalFields, options: { passkeyConflict?: boolean }): UserErrorShape | null {
  const missing = error.errorCode !== undefined ? NOT_FOUND_CODES[error.errorCode] : undefined;
  if (missing && (error.statusCode === 400 || error.statusCode === 404)) {
    return { field: fields[missing] ?? null, message: error.message, code: "NOT_FOUND" };
  }
  if (options.passkeyConflict && isPasskeyConflict(error)) return { field: null, message: error.message, code: "CONFLICT" };
  if (error.statusCode === 409) return { field: null, message: error.message, code: "ALREADY_EXISTS" };
  return null;
}

/**
 * What a write's failure should be thrown as inside `runMutation`: a userError for a refusal this
 * mutation understands, the failure itself otherwise (then `runMutation`'s generic mapping applies:
 * other 400s are UPSTREAM_REJECTED, outages and credential problems top-level errors).
 */
export function refusal(error: unknown, fields: RefusalFields = {}, options: { passkeyConflict?: boolean } = {}): unknown {
  if (!(error instanceof UpstreamError) || error.kind !== "http") return error;
  const userError = refusalError(error, fields, options);
  return userError ? new UserInputError([userError]) : error;
}
