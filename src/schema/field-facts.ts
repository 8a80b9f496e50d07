import type { GraphQLField } from "graphql";
import type { FieldCost } from "../cost/field-costs.js";

// What the gateway knows about a field besides its type lives on the field itself, in its Pothos
// `extensions` (as @pothos/plugin-complexity keeps a field's complexity), and is read back from the
// built schema: the upstream cost estimate (src/cost) and the `fields=` push-down (user-attributes.ts).

/** The key under which the facts sit in a field's `extensions`. */
const FACTS = "usergraph";

export interface FieldFacts {
  /** How the field reaches the Management API (see FieldCost). Absent: free, answered from the parent. */
  cost?: FieldCost;
  /** A `User` field: the Auth0 attribute it reads, asked for with `fields=` (see user-attributes.ts). */
  userAttribute?: string;
}

/** `extensions` for a field that calls upstream: how many calls, and how they are shared (see FieldCost). */
export function upstreamCost(cost: FieldCost): Record<string, FieldFacts> {
  return { [FACTS]: { cost } };
}

/** `extensions` for a `User` field that reads Auth0 attribute `attribute` (e.g. "email_verified"). */
export function userAttribute(attribute: string): Record<string, FieldFacts> {
  return { [FACTS]: { userAttribute: attribute } };
}

/** The facts a field of the built schema carries. */
export function factsOf(field: GraphQLField<unknown, unknown>): FieldFacts {
  return (field.extensions[FACTS] as FieldFacts | undefined) ?? {};
}
