import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { createGraphQLError, type Plugin } from "graphql-yoga";

/** Any of these headers proves a request was preflighted (a page cannot add one cross-origin without CORS' consent). */
export const CSRF_HEADERS = ["x-graphql-csrf", "graphql-require-preflight", "apollo-require-preflight", "x-graphql-yoga-csrf"];

/**
 * CSRF prevention (yoga's plugin): a request a browser would send cross-origin without a
 * preflight — a GET, or a POST with a form or text/plain body — must carry one of `CSRF_HEADERS`,
 * else it is refused with 403 before it is parsed. JSON POSTs (what GraphQL clients send) pass.
 * The plugin's refusal is re-thrown with a stable code and a message that says what to send.
 */
export function useCsrfPrevention(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: CSRF_HEADERS });
  return {
    onRequestParse(payload) {
      try {
        return csrf.onRequestParse?.(payload);
      } catch {
        throw createGraphQLError(
          `This request needs a \`Content-Type: application/json\` body or one of the headers ` +
            `${CSRF_HEADERS.join(", ")} (CSRF prevention).`,
          { extensions: { code: "CSRF_PREVENTED", http: { status: 403 } } },
        );
      }
    },
  };
}
