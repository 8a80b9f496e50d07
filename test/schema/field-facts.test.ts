import {
  execute,
  type GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  getNamedType,
  isLeafType,
  isObjectType,
  parse,
} from "graphql";
import { describe, expect, it } from "vitest";
import { fieldCost } from "../../src/cost/field-costs.js";
import { factsOf, upstreamCost } from "../../src/schema/field-facts.js";
import { schema } from "../../src/schema/index.js";
import { guardUpstreamReads } from "../../src/schema/upstream-guard.js";

const objectTypes = () =>
  Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith("__"));

const fieldsOf = (type: GraphQLObjectType): GraphQLField<unknown, unknown>[] => Object.values(type.getFields());

describe("facts on the fields", () => {
  it("gives every Query field an upstream cost fact (federation's own fields aside)", () => {
    const query = schema.getQueryType()!;
    const missing = fieldsOf(query)
      .filter((field) => !field.name.startsWith("_"))
      .filter((field) => factsOf(field).cost === undefined)
      .map((field) => field.name);
    expect(missing).toEqual([]);
  });

  it("costs every connection field as the paging kind its connection type says", () => {
    const wrong: string[] = [];
    for (const type of objectTypes()) {
      for (const field of fieldsOf(type)) {
        const returned = getNamedType(field.type);
        if (!isObjectType(returned) || !returned.name.endsWith("Connection")) continue;
        // An export's users page through its file, not through an Auth0 list.
        const kind =
          returned.name === "ExportedUserConnection" ? "exportFile" : "totalCount" in returned.getFields() ? "offset" : "checkpoint";
        const cost = factsOf(field).cost;
        // Role.users: checkpoint pages, and its totalCount from one offset call (`total`).
        const checkpointWithTotal = kind === "offset" && cost?.kind === "checkpoint" && cost.total === true;
        if (cost?.kind !== kind && !checkpointWithTotal) wrong.push(`${type.name}.${field.name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("gives every leaf field of User the Auth0 attribute it reads, so the `fields=` push-down asks for it", () => {
    const user = schema.getType("User") as GraphQLObjectType;
    const leaves = fieldsOf(user).filter((field) => isLeafType(getNamedType(field.type)));
    expect(leaves.length).toBeGreaterThan(10);
    expect(leaves.filter((field) => !factsOf(field).userAttribute).map((field) => field.name)).toEqual([]);
    expect(factsOf(user.getFields().emailVerified!).userAttribute).toBe("email_verified");
  });

  it("reads the cost estimate's facts back from the schema", () => {
    const query = schema.getQueryType()!;
    const user = schema.getType("User") as GraphQLObjectType;
    const payload = schema.getType("AssignUserRolesPayload") as GraphQLObjectType;
    const created = schema.getType("CreateUserPayload") as GraphQLObjectType;
    expect(fieldCost("Query", query.getFields().users!)).toEqual({ kind: "offset", window: 1000 });
    expect(fieldCost("User", user.getFields().sessions!)).toEqual({ kind: "checkpoint" });
    expect(fieldCost("User", user.getFields().email!)).toEqual({ kind: "free" });
    expect(fieldCost("AssignUserRolesPayload", payload.getFields().user!)).toEqual({ kind: "writtenUser" });
    expect(fieldCost("CreateUserPayload", created.getFields().user!)).toEqual({ kind: "free" });
    expect(fieldCost("Mutation", schema.getMutationType()!.getFields().deleteUser!)).toEqual({ kind: "call", calls: 2 });
  });
});

describe("the upstream guard", () => {
  // A schema of its own: the served one has no field that reads upstream without a cost fact.
  const reads = (ctx: { loaders: { read(): string } }) => ctx.loaders.read();
  const guarded = guardUpstreamReads(
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: "Query",
        fields: {
          declared: { type: GraphQLString, extensions: upstreamCost({ kind: "call" }), resolve: (_root, _args, ctx) => reads(ctx) },
          undeclared: { type: GraphQLString, resolve: (_root, _args, ctx) => reads(ctx) },
          plain: { type: GraphQLString, resolve: (_root, _args, ctx: { requestId: string }) => ctx.requestId },
        },
      }),
    }),
  );
  const run = (query: string) =>
    execute({ schema: guarded, document: parse(query), contextValue: { requestId: "r1", loaders: { read: () => "read" } } }) as ReturnType<
      typeof execute
    >;

  it("lets a field with a cost fact reach the loaders", async () => {
    expect(await run("{ declared }")).toEqual({ data: { declared: "read" } });
  });

  it("fails a field that reaches the loaders without a cost fact, naming it", async () => {
    const result = await run("{ undeclared plain }");
    expect(result.data).toEqual({ undeclared: null, plain: "r1" });
    expect(result.errors?.map((error) => error.message)).toEqual([
      expect.stringContaining("Query.undeclared reads upstream but declares no upstream cost"),
    ]);
  });
});
