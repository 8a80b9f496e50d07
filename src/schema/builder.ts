import SchemaBuilder from "@pothos/core";
import DirectivePlugin from "@pothos/plugin-directives";
import FederationPlugin from "@pothos/plugin-federation";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from "@pothos/plugin-scope-auth";
import {
  DateTimeResolver,
  EmailAddressResolver,
  IPResolver,
  JSONObjectResolver,
  JSONResolver,
  NonNegativeIntResolver,
  PhoneNumberResolver,
  URLResolver,
} from "graphql-scalars";
import type { GatewayContext } from "./context.js";
import { forbidden } from "./errors.js";
import type { Upload } from "./upload.js";

/** The Management API scopes a failed check asked for, in the order they were checked. */
function requiredScopes(failure: AuthFailure): string[] {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope:
      return Array.isArray(failure.parameter) ? failure.parameter.map(String) : [String(failure.parameter)];
    case AuthScopeFailureType.AnyAuthScopes:
    case AuthScopeFailureType.AllAuthScopes:
      return failure.failures.flatMap(requiredScopes);
    default:
      return [];
  }
}

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  AuthScopes: {
    /** The caller holds this Management API scope (from the token's `scope` or `permissions`). */
    scope: string;
    /** The caller holds at least one of these scopes. */
    anyScope: readonly string[];
    /** The caller holds every one of these scopes (an endpoint whose contract asks for all of them). */
    allScopes: readonly string[];
  };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
    NonNegativeInt: { Input: number; Output: number };
    EmailAddress: { Input: string; Output: string };
    PhoneNumber: { Input: string; Output: string };
    URL: { Input: URL; Output: string };
    IP: { Input: string; Output: string };
    /** An upload (GraphQL multipart request spec), served by yoga as a WHATWG File. */
    File: { Input: Upload; Output: never };
  };
}>({
  // Scope auth first: it wraps every resolver; federation last, as its docs require.
  plugins: [ScopeAuthPlugin, RelayPlugin, DirectivePlugin, FederationPlugin],
  scopeAuth: {
    // Subscriptions are checked when they are created, before their source runs (no poll for a caller without the scope).
    authorizeOnSubscribe: true,
    authScopes: (context) => ({
      scope: (name) => context.caller.scopes.has(name),
      anyScope: (names) => names.some((name) => context.caller.scopes.has(name)),
      allScopes: (names) => names.every((name) => context.caller.scopes.has(name)),
    }),
    unauthorizedError: (_parent, _context, info, result) =>
      forbidden(`${info.parentType.name}.${info.fieldName}`, requiredScopes(result.failure)),
  },
  relay: {
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: false, description: "The items of this page, each with its cursor." },
    nodeFieldOptions: { nullable: false, description: "The item." },
    cursorFieldOptions: { description: "An opaque cursor: pass it as `after` to continue after this item." },
    nodesOnConnection: { description: "The items of this page, without their cursors." },
    pageInfoFieldOptions: { description: "Whether more items follow, and the cursors to continue from." },
    hasNextPageFieldOptions: { description: "Whether more items follow this page." },
    hasPreviousPageFieldOptions: { description: "Whether items come before this page." },
    startCursorFieldOptions: { description: "The cursor of the first item of this page; null when the page is empty." },
    endCursorFieldOptions: {
      description: "The cursor of the last item of this page (pass it as `after` for the next page); null when the page is empty.",
    },
    pageInfoTypeOptions: {
      description: "Where a page of a connection sits: whether more follows, and the cursor to ask for it.",
      // Every Relay subgraph of a supergraph defines the same PageInfo.
      shareable: true,
    },
  },
});

builder.addScalarType("DateTime", DateTimeResolver);
builder.addScalarType("JSON", JSONResolver);
builder.addScalarType("JSONObject", JSONObjectResolver);
builder.addScalarType("NonNegativeInt", NonNegativeIntResolver);
builder.addScalarType("EmailAddress", EmailAddressResolver);
builder.addScalarType("PhoneNumber", PhoneNumberResolver);
builder.addScalarType("URL", URLResolver);
builder.addScalarType("IP", IPResolver);
builder.scalarType("File", {
  description:
    "A file uploaded with the GraphQL multipart request spec: a `multipart/form-data` request, with a " +
    "CSRF header such as `x-graphql-csrf: 1`.",
  serialize: () => {
    throw new Error("File is an input type only");
  },
});

builder.queryType({ description: "Reads of the Auth0 tenant's users and what hangs off them." });
builder.mutationType({ description: "Writes to the Auth0 tenant's users: each maps to one Management API write (or a few, in parallel)." });
