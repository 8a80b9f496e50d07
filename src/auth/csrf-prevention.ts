import { createGraphQLError, type Plugin } from "graphql-yoga";

/** Content types a browser sends cross-origin without a CORS preflight. */
const SIMPLE_CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

/** Any of these headers proves a request was preflighted (a page cannot add one cross-origin without CORS' consent). */
export const CSRF_HEADERS = ["x-graphql-csrf", "graphql-require-preflight", "apollo-require-preflight", "x-graphql-yoga-csrf"];

/**
 * CSRF prevention, the rule of Apollo Server and @graphql-yoga/plugin-csrf-prevention (not installed
 * here): a request a browser would send cross-origin without a preflight — a GET, or a POST with a
 * form or text/plain body — must carry one of `CSRF_HEADERS`, else it is refused with 403 before it
 * is parsed. JSON POSTs (what every GraphQL client sends) are preflighted and pass.
 */
export function useCsrfPrevention(): Plugin {
  return {
    onRequestParse({ request }) {
      const contentType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
      const preflighted = contentType !== undefined && contentType !== "" && !SIMPLE_CONTENT_TYPES.includes(contentType);
      if (preflighted || CSRF_HEADERS.some((header) => request.headers.has(header))) return;
      throw createGraphQLError(`This request needs a \`Content-Type: application/json\` body or one of the headers ${CSRF_HEADERS.join(", ")} (CSRF prevention).`, {
        extensions: { code: "CSRF_PREVENTED", http: { status: 403 } },
      });
    },
  };
}
