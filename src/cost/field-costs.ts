import type { GraphQLField } from "graphql";
import { factsOf } from "../schema/field-facts.js";

/**
 * How a field of the graph reaches the Management API, mirroring its resolver and the loaders it goes
 * through (src/loaders). Each field that calls upstream declares it (`extensions: upstreamCost(…)`,
 * or the helper that defines that kind of field); the estimate (estimate.ts) reads it back.
 */
export type FieldCost =
  /** Free: answered from the parent's data (the default for fields without a cost fact, but Mutation's). */
  | { kind: "free" }
  /** `calls` calls for each instance of the parent (a write, or a read keyed by the parent). */
  | { kind: "call"; calls?: number }
  /** A user read by id through the batched `users` loader (`Query.user` takes `id`, `Query.me` the caller). */
  | { kind: "user"; id: "argument" | "caller" | "parent" }
  /** `Query.usersByIds`: joins the operation's batched user read. */
  | { kind: "usersByIds" }
  /** Federation `_entities`: users by id join the batched read; other references cost one call per distinct key. */
  | { kind: "entities" }
  /** One call per distinct id, through a loader keyed by id (`id` argument, or an id from the parent's data). */
  | { kind: "byId"; loader: string; id: "argument" | "parent" }
  /** `Query.role`: like byId, but free when only the role's id and lists are selected. */
  | { kind: "role" }
  /** An offset-paged connection (`offsetConnection`); `members`: `Role.users`, whose rows are partial users. */
  | { kind: "offset"; window?: number; members?: boolean }
  /**
   * A checkpoint-paged connection (`checkpointConnection`). `members`: its rows are partial users
   * (`Role.users`, `Organization.members`); `total`: `totalCount` is one offset call more, when selected.
   */
  | { kind: "checkpoint"; members?: boolean; total?: boolean }
  /** A page of a finished export's file (`UsersExportJob.users`): the job (for a fresh link), then the file. */
  | { kind: "exportFile" }
  /** A write payload's `user`: read anew, unless only its id (and nested lists) are selected. */
  | { kind: "writtenUser" };

/**
 * Fields that Pothos plugins make, which take no `extensions`: federation's `_entities` and `_service`.
 * Every other field's cost is the `upstreamCost` fact on the field (src/schema/field-facts.ts).
 */
const PLUGIN_FIELDS: ReadonlyMap<string, FieldCost> = new Map<string, FieldCost>([
  ["Query._entities", { kind: "entities" }],
  ["Query._service", { kind: "free" }],
]);

/** Each field object belongs to one type and one schema: its cost is worked out once. */
const known = new WeakMap<GraphQLField<unknown, unknown>, FieldCost>();

/**
 * How `Type.field` reaches upstream: its `upstreamCost` fact; without one, a Mutation field is one
 * write and any other field is free (the schema's upstream guard keeps a field without a cost fact
 * from reaching the loaders or the client: see src/schema/upstream-guard.ts).
 */
export function fieldCost(typeName: string, field: GraphQLField<unknown, unknown>): FieldCost {
  let cost = known.get(field);
  if (!cost) {
    cost =
      factsOf(field).cost ??
      PLUGIN_FIELDS.get(`${typeName}.${field.name}`) ??
      (typeName === "Mutation" ? { kind: "call" } : { kind: "free" });
    known.set(field, cost);
  }
  return cost;
}
