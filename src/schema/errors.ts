import { GraphQLError } from "graphql";
import { CallBudgetExhausted, DeadlineExceeded, InvalidPathParameter, MalformedResponse, type UpstreamError } from "../upstream/errors.js";

/** Stable `extensions.code` values the graph answers with. */
export type GraphErrorCode =
  | "FORBIDDEN"
  | "UPSTREAM_ERROR"
  | "UPSTREAM_UNAVAILABLE"
  | "UPSTREAM_MISCONFIGURED"
  | "RATE_LIMITED"
  | "SEARCH_WINDOW_EXCEEDED"
  | "INVALID_CURSOR"
  | "BAD_USER_INPUT"
  | "QUERY_TOO_EXPENSIVE"
  | "OPERATION_TIMEOUT"
  | "EXPORT_NOT_READY"
  | "NOT_FOUND";

export function graphError(code: GraphErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export function forbidden(field: string, scopes: readonly string[]): GraphQLError {
  const needed =
    scopes.length > 1 ? `one of the Management API scopes ${scopes.join(", ")}` : `the Management API scope ${scopes[0] ?? "(unknown)"}`;
  return graphError("FORBIDDEN", `Not authorized for ${field}: it needs ${needed}.`, { requiredScopes: [...scopes] });
}

/**
 * The GraphQL error for an upstream failure: a stable code, the upstream status and Auth0 error
 * code, and Auth0's message — never a token, a header or a stack.
 */
export function upstreamGraphError(error: UpstreamError): GraphQLError {
  if (error instanceof InvalidPathParameter) {
    return graphError("BAD_USER_INPUT", `Not a valid id, so nothing was sent to Auth0: the ${error.parameter} ${error.reason}.`);
  }
  if (error instanceof CallBudgetExhausted) {
    return graphError(
      "QUERY_TOO_EXPENSIVE",
      `This operation has made its budget of ${error.budget} Management API calls, so the call this ` +
        `field needed was not made. Users read by id that a search does not find cost one call each: ask ` +
        `for fewer ids at once, or split the operation.`,
      { cost: { budget: error.budget } },
    );
  }
  if (error instanceof DeadlineExceeded) {
    return graphError(
      "OPERATION_TIMEOUT",
      `The operation did not complete within its deadline of ${error.deadlineMs} ms ` +
        `(OPERATION_TIMEOUT_MS); the Management API calls this field still needed were cancelled.`,
      { timeoutMs: error.deadlineMs },
    );
  }
  const upstream = { statusCode: error.statusCode, errorCode: error.errorCode ?? null };
  if (error instanceof MalformedResponse) {
    const write = error.method !== "GET" ? " The write may have been made: read it back before trying again." : "";
    return graphError("UPSTREAM_ERROR", `Auth0's answer could not be used: ${error.message}.${write}`, { upstream });
  }
  if (error.statusCode === 429) {
    return graphError("RATE_LIMITED", "The Auth0 tenant's rate limit was reached; try again shortly.", {
      upstream,
      ...(error.retryAfterMs !== undefined ? { retryAfterSeconds: Math.ceil(error.retryAfterMs / 1000) } : {}),
    });
  }
  if (error.statusCode === 401 || error.statusCode === 403) {
    return graphError(
      "UPSTREAM_MISCONFIGURED",
      "The gateway's own Management API credentials were rejected by Auth0; this is not the caller's fault.",
      { upstream },
    );
  }
  if (error.statusCode === 0 || error.statusCode >= 500 || error.statusCode === 408) {
    return graphError("UPSTREAM_UNAVAILABLE", "The Auth0 Management API is unavailable; try again shortly.", { upstream });
  }
  return graphError("UPSTREAM_ERROR", `Auth0 rejected the request: ${error.message}`, { upstream });
}
