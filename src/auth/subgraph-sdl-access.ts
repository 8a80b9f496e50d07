import { GraphQLError, type ValidationRule } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Caller } from "./caller.js";

/** The scope that lets a router read `_service { sdl }` while introspection is off. */
export const SUBGRAPH_SDL_SCOPE = "read:schema";

/** Refuses `Query._service` (the whole schema, as SDL) like introspection, in the validation phase. */
function noSubgraphSdlRule(): ValidationRule {
  return (context) => ({
    Field(node) {
      if (node.name.value !== "_service" || context.getParentType() !== context.getSchema().getQueryType()) return;
      context.reportError(
        new GraphQLError(
          `The subgraph SDL (_service) is answered only to callers with the ${SUBGRAPH_SDL_SCOPE} scope while introspection is off.`,
          {
            nodes: node,
            extensions: { code: "FORBIDDEN", requiredScopes: [SUBGRAPH_SDL_SCOPE] },
          },
        ),
      );
    },
  });
}

/**
 * `_service { sdl }` reveals the schema as introspection does: with introspection off it is refused
 * (FORBIDDEN, before anything runs) unless the token carries `read:schema`, which a router's token
 * has. `callerOf` gives the caller the authentication plugin verified for the request.
 */
export function useSubgraphSdlAccess(callerOf: (request: Request) => Caller | undefined): Plugin {
  return {
    onValidate({ addValidationRule, context }) {
      const request = (context as { request?: Request }).request;
      const caller = request ? callerOf(request) : undefined;
      if (!caller?.scopes.has(SUBGRAPH_SDL_SCOPE)) addValidationRule(noSubgraphSdlRule());
    },
  };
}
