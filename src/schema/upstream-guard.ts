import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from "graphql";
import type { GatewayContext } from "./context.js";
import { factsOf } from "./field-facts.js";

// The upstream cost estimate is only as good as the cost facts on the fields. A field that reads
// upstream without declaring how would cost calls the estimate never counted; so the resolver of a
// field without a cost fact sees a context whose loaders and client throw: the mistake fails the
// field (INTERNAL_SERVER_ERROR, and so every test that selects it) instead of going unnoticed.

/** Fields that may reach upstream without a cost fact: Mutation's (one write each) and federation's `_entities`. */
function mayReachUpstream(typeName: string, fieldName: string): boolean {
  return typeName === "Mutation" || (typeName === "Query" && fieldName === "_entities");
}

/** Thrown when a field without a cost fact touches the loaders or the client. */
export class UndeclaredUpstreamRead extends Error {
  constructor(field: string) {
    super(`${field} reads upstream but declares no upstream cost: give it \`extensions: upstreamCost(…)\` (src/schema/field-facts.ts).`);
  }
}

/** One guarded view of each operation's context (made on first use), per field that needs one. */
const views = new WeakMap<object, Map<string, GatewayContext>>();

function guardedView(ctx: GatewayContext, field: string): GatewayContext {
  let byField = views.get(ctx);
  if (!byField) {
    byField = new Map();
    views.set(ctx, byField);
  }
  let view = byField.get(field);
  if (!view) {
    const refuse = {
      get(): never {
        throw new UndeclaredUpstreamRead(field);
      },
    };
    view = Object.create(ctx, { loaders: refuse, client: refuse }) as GatewayContext;
    byField.set(field, view);
  }
  return view;
}

/**
 * Wraps, in place, the resolver of every field that has no upstream cost fact (but Mutation's and
 * `_entities`) so that it cannot reach the loaders or the client. Returns the schema.
 */
export function guardUpstreamReads(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || factsOf(field).cost || mayReachUpstream(type.name, field.name)) continue;
      const name = `${type.name}.${field.name}`;
      const guarded: GraphQLFieldResolver<unknown, GatewayContext> = (parent, args, ctx, info) =>
        resolve(parent, args, ctx && typeof ctx === "object" ? guardedView(ctx, name) : ctx, info);
      field.resolve = guarded as typeof field.resolve;
    }
  }
  return schema;
}
