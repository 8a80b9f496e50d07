import { type GraphQLFieldResolver, type GraphQLSchema, isUnionType } from "graphql";
import { graphError } from "./errors.js";

/*
 * `_entities` as @apollo/subgraph resolves it maps the representations one after another: a
 * representation naming no entity type throws in the middle of that map, so the promises already
 * made for the ones before it are dropped unhandled (Node then ends the process). Here every
 * representation is checked before any is resolved, and each item settles on its own: a bad one
 * answers an error at its index, the others still resolve.
 */

type Representation = { __typename: string } & Record<string, unknown>;

/** Why a representation cannot be resolved, or undefined when it names one of the subgraph's entity types. */
function representationProblem(value: unknown, entityTypes: ReadonlySet<string>): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "A representation must be an object with a `__typename`.";
  const typename = (value as { __typename?: unknown }).__typename;
  if (typeof typename !== "string") return "A representation needs a `__typename` (a string).";
  if (!entityTypes.has(typename)) {
    return `\`${typename.slice(0, 100)}\` is not an entity type of this subgraph (its entities: ${[...entityTypes].join(", ")}).`;
  }
  return undefined;
}

/** An item's value, or its failure as an Error value: graphql-js answers an Error item as an error at that index. */
async function settled(run: () => unknown): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Replaces the subgraph schema's `_entities` resolver with one that validates every representation
 * first and settles each item on its own. Returns the schema it was given.
 */
export function settleEntityRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType("_Entity");
  if (!field?.resolve || !isUnionType(union)) return schema;
  const entityTypes: ReadonlySet<string> = new Set(union.getTypes().map((type) => type.name));
  const resolveEach = field.resolve;
  const resolve: GraphQLFieldResolver<unknown, unknown, { representations: unknown[] }> = (source, args, context, info) => {
    const problems = args.representations.map((value) => representationProblem(value, entityTypes));
    return args.representations.map((value, index) => {
      const problem = problems[index];
      if (problem !== undefined) return graphError("BAD_USER_INPUT", problem);
      return settled(() => {
        const [item] = resolveEach(source, { representations: [value as Representation] }, context, info) as unknown[];
        return item;
      });
    });
  };
  field.resolve = resolve as typeof field.resolve;
  return schema;
}
