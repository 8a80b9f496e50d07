import { writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { schema } from "./index.js";

/** The printed SDL of the graph, as `schema/schema.graphql` keeps it. */
export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}

export const SCHEMA_FILE = new URL("../../schema/schema.graphql", import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SCHEMA_FILE, printedSchema());
  process.stdout.write(`wrote ${SCHEMA_FILE.pathname}\n`);
}
