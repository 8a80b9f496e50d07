import type { Plugin } from "graphql-yoga";
import type { Caller } from "./caller.js";
import type { TokenVerifier } from "./verify-token.js";

export interface CallerAuthentication {
  /**
   * Verifies the bearer token as soon as the request's GraphQL parameters are read — before the
   * document is parsed, validated or run — so an unauthenticated caller learns nothing of the
   * schema and costs no upstream call: it gets UNAUTHENTICATED with HTTP 401.
   */
  plugin: Plugin;
  /** The verified caller of a request (verified once per request; the context factory reads it). */
  callerOf(request: Request): Promise<Caller>;
  /** The caller once verified (after the request's parameters were read); undefined before or when refused. */
  verifiedCallerOf(request: Request): Caller | undefined;
}

export function createCallerAuthentication(verifier: TokenVerifier): CallerAuthentication {
  const callers = new WeakMap<Request, Promise<Caller>>();
  const verified = new WeakMap<Request, Caller>();
  const callerOf = (request: Request): Promise<Caller> => {
    let caller = callers.get(request);
    if (!caller) {
      caller = verifier.verify(request.headers.get("authorization"));
      callers.set(request, caller);
    }
    return caller;
  };
  return {
    plugin: {
      async onParams({ request }) {
        verified.set(request, await callerOf(request));
      },
    },
    callerOf,
    verifiedCallerOf: (request) => verified.get(request),
  };
}
