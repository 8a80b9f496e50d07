import { composeServices } from "@theguild/federation-composition";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { printedSubgraphSchema } from "../../src/schema/print.js";
import { TICKETS_TYPE_DEFS } from "./tickets-subgraph.js";

describe("supergraph composition", () => {
  it("composes usergraph with a second subgraph that references User and shares PageInfo, with zero errors", () => {
    const result = composeServices([
      { name: "usergraph", typeDefs: parse(printedSubgraphSchema()), url: "http://127.0.0.1:1/graphql" },
      { name: "tickets", typeDefs: TICKETS_TYPE_DEFS, url: "http://127.0.0.1:2/graphql" },
    ]);
    expect(result.errors ?? []).toEqual([]);
    const supergraph = result.supergraphSdl!;
    // The entities and their keys, as the router will plan with them.
    expect(supergraph).toMatch(/type User\s[^{]*@join__type\(graph: USERGRAPH, key: "id"\)/);
    expect(supergraph).toMatch(/type User\s[^{]*@join__type\(graph: USERGRAPH, key: "email"\)/);
    expect(supergraph).toMatch(/type User\s[^{]*@join__type\(graph: TICKETS, key: "id", resolvable: false\)/);
    expect(supergraph).toMatch(/type Role\s[^{]*@join__type\(graph: USERGRAPH, key: "id"\)/);
    expect(supergraph).toMatch(/type Organization\s[^{]*@join__type\(graph: USERGRAPH, key: "id"\)/);
  });

  it("refuses PageInfo from usergraph without @shareable (so the directive is what makes it compose)", () => {
    const unshared = printedSubgraphSchema().replace(/type PageInfo\s+@shareable/, "type PageInfo");
    expect(unshared).not.toBe(printedSubgraphSchema());
    const result = composeServices([
      { name: "usergraph", typeDefs: parse(unshared), url: "http://127.0.0.1:1/graphql" },
      { name: "tickets", typeDefs: TICKETS_TYPE_DEFS, url: "http://127.0.0.1:2/graphql" },
    ]);
    expect(result.errors?.map((error) => error.extensions.code)).toContain("INVALID_FIELD_SHARING");
  });
});
