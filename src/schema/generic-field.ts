import type { ArgBuilder, GenericFieldRef } from "@pothos/core";
import type { builder } from "./builder.js";

export type Types = typeof builder.$inferSchemaTypes;

/** What field helpers use of a field builder (`t` of `fields: (t) => …`, on any type, Query's included). */
export interface FieldBuilder {
  arg: ArgBuilder<Types>;
  field: (options: never) => GenericFieldRef<unknown>;
}

/**
 * `t.field(options)` for options a helper typed itself: Pothos cannot check a field whose parent or
 * node type is a type parameter, so the helpers' own signatures carry the types instead.
 */
export function defineField(t: FieldBuilder, options: object): GenericFieldRef<unknown> {
  return (t.field as (options: object) => GenericFieldRef<unknown>)(options);
}
