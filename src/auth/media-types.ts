import { MIMEType } from "node:util";
import type { Plugin } from "graphql-yoga";

/**
 * Media types are case-insensitive, and their parameters may be spaced (RFC 9110 §8.3.1), but yoga
 * matches `Content-Type` by exact, lower-case prefix: `APPLICATION/JSON` got 415 (its `Accept`
 * matching already ignores case). The header is rewritten to its canonical form (Node's WHATWG
 * MIMEType) before anything reads it; one that does not parse is left as it is, for yoga to refuse.
 */
export function useCanonicalMediaTypes(): Plugin {
  return {
    onRequest({ request }) {
      const header = request.headers.get("content-type");
      if (header === null) return;
      let canonical: string;
      try {
        canonical = new MIMEType(header).toString();
      } catch {
        return;
      }
      if (canonical !== header) request.headers.set("content-type", canonical);
    },
  };
}
