import type { Plugin } from "graphql-yoga";
import type { SecurityConfig } from "../config.js";
import { abuseLimitPlugins } from "./abuse-limits.js";
import { createCallerAuthentication } from "./authenticate.js";
import type { Caller } from "./caller.js";
import { corsOption } from "./cors.js";
import { useCsrfPrevention } from "./csrf-prevention.js";
import { maskError } from "./mask-error.js";
import { useCanonicalMediaTypes } from "./media-types.js";
import { useRequestBodyLimit } from "./request-body-limit.js";
import { useSubgraphSdlAccess } from "./subgraph-sdl-access.js";
import { loadTrustedDocuments, useTrustedDocuments } from "./trusted-documents.js";
import type { TokenVerifier } from "./verify-token.js";

/**
 * Everything that stands between a caller and the graph, as yoga options: media types read
 * case-insensitively, CSRF prevention and the
 * body size limit (before the body is read), authentication (before the document is parsed), trusted
 * documents, the operation limits (while it is parsed and validated), CORS, no batching, and error
 * masking. Field-level authorization is scope auth, in the schema.
 */
export function createCallerProtection(verifier: TokenVerifier, security: SecurityConfig) {
  const authentication = createCallerAuthentication(verifier);
  const plugins: Plugin[] = [
    useCanonicalMediaTypes(),
    useCsrfPrevention(),
    useRequestBodyLimit(security.maxBodyBytes),
    authentication.plugin,
    ...(security.trustedDocuments ? [useTrustedDocuments(loadTrustedDocuments(security.trustedDocuments))] : []),
    ...abuseLimitPlugins(security),
    ...(security.introspection ? [] : [useSubgraphSdlAccess((request) => authentication.verifiedCallerOf(request))]),
  ];
  return {
    /** The verified caller of a request, for the context factory. */
    callerOf: (request: Request): Promise<Caller> => authentication.callerOf(request),
    plugins,
    cors: corsOption(security.corsOrigins),
    // useRequestBodyLimit instead: the same refusals, without a stream transform per request.
    maxRequestBodySize: false as const,
    batching: false as const,
    maskedErrors: { maskError, isDev: false },
  };
}
