import { GraphQLError } from "graphql";
import { UpstreamError } from "../upstream/errors.js";
import { upstreamGraphError } from "../schema/errors.js";

/** An error's chain of causes, outermost first (GraphQL's `originalError`, then `cause`). */
function* causes(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== undefined && current !== null && !seen.has(current)) {
    seen.add(current);
    yield current;
    current = current instanceof GraphQLError ? current.originalError : current instanceof Error ? current.cause : undefined;
  }
}

/** An error the graph raised on purpose: a GraphQLError all the way down (graphql-js wraps resolver errors). */
function isDeliberate(error: unknown): error is GraphQLError {
  for (const cause of causes(error)) if (!(cause instanceof GraphQLError)) return false;
  return error instanceof GraphQLError;
}

/** Extensions that carry an error's internals (yoga adds `originalError` to a JSON parse failure). */
const INTERNAL_EXTENSIONS = new Set(["originalError", "stack", "exception", "stacktrace"]);

/** "Did you mean …?" leaks the schema's names (e.g. of enum values in variable errors). */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, "");
}

/**
 * The code of a GraphQL error raised without one: a request graphql-js could not start (invalid
 * variables: HTTP 400) is the caller's; one at a path during execution (a non-null field resolved to
 * null, a list that is not one) is the gateway's.
 */
function defaultCode(error: GraphQLError): string | undefined {
  if ((error.extensions.http as { status?: number } | undefined)?.status === 400) return "BAD_USER_INPUT";
  if (error.path) return "INTERNAL_SERVER_ERROR";
  return undefined;
}

/** The same error at the same place in the operation, with another message and extensions. */
function relocated(error: unknown, message: string, extensions: Record<string, unknown>): GraphQLError {
  const located = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError(message, {
    ...(located?.nodes ? { nodes: located.nodes } : {}),
    ...(located?.source ? { source: located.source } : {}),
    ...(located?.positions ? { positions: located.positions } : {}),
    ...(located?.path ? { path: located.path } : {}),
    extensions,
  });
}

/**
 * yoga's `maskedErrors.maskError`: what a caller may see of an error.
 * - An error the graph (or graphql-js) raised on purpose keeps its message and `extensions.code`
 *   (less any `originalError`/`stack` extension); one without a code gets one (`defaultCode`).
 * - An upstream failure gets its mapped code (upstreamGraphError: e.g. an upstream 401/403 on the
 *   gateway's own credentials is UPSTREAM_MISCONFIGURED). This is the one place resolvers' upstream
 *   failures are mapped: resolvers let them through as they are.
 * - Anything else is a bug: INTERNAL_SERVER_ERROR, "Unexpected error." — never its message, stack
 *   or cause (yoga logs the original on the server).
 * Suggestions ("Did you mean …?") are dropped from every message.
 */
export function maskError(error: unknown, message: string): Error {
  const upstream = [...causes(error)].find((cause): cause is UpstreamError => cause instanceof UpstreamError);
  if (upstream) {
    const mapped = upstreamGraphError(upstream);
    return relocated(error, mapped.message, { ...mapped.extensions });
  }
  if (isDeliberate(error)) {
    const code = error.extensions.code ?? defaultCode(error);
    const cleanMessage = withoutSuggestions(error.message);
    const internals = Object.keys(error.extensions).some((name) => INTERNAL_EXTENSIONS.has(name));
    if (code === error.extensions.code && cleanMessage === error.message && !internals) return error;
    const extensions = Object.fromEntries(Object.entries(error.extensions).filter(([name]) => !INTERNAL_EXTENSIONS.has(name)));
    // yoga answers a request error (invalid JSON body) with its `http.status` for application/json
    // only while the error carries `originalError`; once that is gone, drop `spec` so the status holds.
    const http = extensions.http as { spec?: boolean } | undefined;
    if ("originalError" in error.extensions && http?.spec) {
      const { spec: _spec, ...status } = http;
      extensions.http = status;
    }
    return relocated(error, cleanMessage, { ...extensions, ...(code ? { code } : {}) });
  }
  const http = error instanceof GraphQLError ? (error.extensions.http as Record<string, unknown> | undefined) : undefined;
  return relocated(error, message, { code: "INTERNAL_SERVER_ERROR", unexpected: true, ...(http ? { http } : {}) });
}
