import { buildSchema, execute, GraphQLError, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { withoutEchoedValue } from "../../src/schema/hidden-variable-values.js";

const schema = buildSchema(
  `input Login { name: String!, password: String, age: Int } type Query { check(login: Login, tag: String): Boolean }`,
);

async function variableErrors(variables: Record<string, unknown>): Promise<GraphQLError[]> {
  const result = await execute({
    schema,
    document: parse(`query($login: Login, $tag: String) { check(login: $login, tag: $tag) }`),
    variableValues: variables,
  });
  return [...(result.errors ?? [])];
}

describe("withoutEchoedValue", () => {
  it("drops the value graphql-js repeats, even one that looks like the message's own punctuation", async () => {
    const secret = 'pw; at "login.name"; Field';
    const [unknown] = await variableErrors({ login: { name: "n", password: secret, extra: 1 } });
    expect(unknown!.message).toContain('pw; at \\"login.name');
    expect(withoutEchoedValue(unknown!)!.message).toBe(
      'Variable "$login" got an invalid value; Field "extra" is not defined by type "Login".',
    );

    const [wrongType] = await variableErrors({ login: { name: "n", age: "secret-age" } });
    expect(withoutEchoedValue(wrongType!)!.message).toBe(
      'Variable "$login" got an invalid value at "login.age"; Int cannot represent non-integer value: (value hidden)',
    );

    const [scalar] = await variableErrors({ tag: { token: "eyJ.secret" } });
    expect(withoutEchoedValue(scalar!)!.message).toBe(
      'Variable "$tag" got an invalid value; String cannot represent a non string value: (value hidden)',
    );
  });

  it("leaves other errors alone", async () => {
    const [missing] = await variableErrors({ login: { password: "x" } });
    expect(withoutEchoedValue(missing!)!.message).toBe(
      'Variable "$login" got an invalid value; Field "name" of required type "String!" was not provided.',
    );
    expect(withoutEchoedValue(new GraphQLError('Cannot query field "x" on type "Query".'))).toBeUndefined();
  });
});
