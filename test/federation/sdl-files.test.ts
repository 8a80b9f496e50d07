import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clientSchema, schema } from "../../src/schema/index.js";
import { SCHEMA_FILE, SUBGRAPH_SCHEMA_FILE, printedSchema, printedSubgraphSchema } from "../../src/schema/print.js";

describe("the SDL files", () => {
  it("schema/schema.graphql is what the code prints (run `npm run schema` when this fails)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8"), "schema/schema.graphql is stale: run `npm run schema`").toBe(printedSchema());
  });

  it("schema/subgraph.graphql is what `_service { sdl }` answers (run `npm run schema` when this fails)", () => {
    expect(readFileSync(SUBGRAPH_SCHEMA_FILE, "utf8"), "schema/subgraph.graphql is stale: run `npm run schema`").toBe(
      printedSubgraphSchema(),
    );
  });

  it("the client-facing schema is the served one without the federation internals", () => {
    const internalTypes = ["_Any", "_Entity", "_Service"];
    const served = Object.keys(schema.getTypeMap()).filter((name) => !internalTypes.includes(name));
    expect(Object.keys(clientSchema.getTypeMap())).toEqual(served);
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(
      expect.arrayContaining(["_entities", "_service", ...Object.keys(clientSchema.getQueryType()!.getFields())]),
    );
    expect(Object.keys(schema.getQueryType()!.getFields())).toHaveLength(Object.keys(clientSchema.getQueryType()!.getFields()).length + 2);
  });
});
