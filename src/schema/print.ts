import { writeFileSync } from "node:fs";
import { graphqlSync, printSchema } from "graphql";
import { clientSchema, schema } from "./index.js";

/** The printed SDL of the client-facing API, as `schema/schema.graphql` keeps it. */
export function printedSchema(): string {
  return `${printSchema(clientSchema)}\n`;
}

/** The subgraph SDL a router composes (what `{ _service { sdl } }` answers), as `schema/subgraph.graphql` keeps it. */
export function printedSubgraphSchema(): string {
  const result = graphqlSync({ schema, source: "{ _service { sdl } }" });
  const sdl = (result.data as { _service?: { sdl?: string } } | null | undefined)?._service?.sdl;
  if (result.errors?.length || typeof sdl !== "string") throw new Error(`_service { sdl } failed: ${JSON.stringify(result.errors)}`);
  return `${sdl.trimEnd()}\n`;
}

export const SCHEMA_FILE = new URL("../../schema/schema.graphql", import.meta.url);
export const SUBGRAPH_SCHEMA_FILE = new URL("../../schema/subgraph.graphql", import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SCHEMA_FILE, printedSchema());
  writeFileSync(SUBGRAPH_SCHEMA_FILE, printedSubgraphSchema());
  process.stdout.write(`wrote ${SCHEMA_FILE.pathname}\nwrote ${SUBGRAPH_SCHEMA_FILE.pathname}\n`);
}
