import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { CONNECTION_ID, IDENTITY_PROVIDERS, LinkIdentityArgs, UnlinkIdentityArgs } from "../../src/schema/identity-input.js";
import { checkInput } from "../../src/schema/input-checks.js";
import { UserInputError } from "../../src/schema/user-error.js";
import { oas } from "../support/oas.js";

/** The two contract schemas this test reads. */
interface ContractSchemas {
  UserIdentityProviderEnum: { enum: string[] };
  LinkUserIdentityRequestContent: { properties: { connection_id: { pattern: string } } };
}
const schemas = (oas as unknown as { components: { schemas: ContractSchemas } }).components.schemas;

/** checkInput's answer as a value: the parsed arguments, or the userErrors it would answer. */
function check<S extends z.ZodType>(schema: S, args: unknown) {
  try {
    return { ok: true as const, args: checkInput(schema, args) };
  } catch (error) {
    if (error instanceof UserInputError) return { ok: false as const, problems: error.errors };
    throw error;
  }
}
const linkIdentityBody = (id: string, input: Record<string, unknown>) => {
  const result = check(LinkIdentityArgs, { id, input });
  return result.ok ? { ok: true as const, body: result.args.body } : result;
};
const unlinkIdentityProblems = (id: string, provider: string, userId: string) => {
  const result = check(UnlinkIdentityArgs, { id, provider, userId });
  return result.ok ? [] : result.problems;
};

describe("identity input", () => {
  it("knows exactly the contract's providers and connection id pattern", () => {
    expect([...IDENTITY_PROVIDERS].sort()).toEqual([...schemas.UserIdentityProviderEnum.enum].sort());
    expect(CONNECTION_ID.source).toBe(schemas.LinkUserIdentityRequestContent.properties.connection_id.pattern);
  });

  it("builds either body form, never both", () => {
    expect(linkIdentityBody("auth0|1", { provider: "github", userId: "42", connectionId: null })).toEqual({
      ok: true,
      body: { provider: "github", user_id: "42" },
    });
    expect(linkIdentityBody("auth0|1", { provider: "auth0", userId: "x", connectionId: "con_ABCDEFGHijklmnop" })).toEqual({
      ok: true,
      body: { provider: "auth0", user_id: "x", connection_id: "con_ABCDEFGHijklmnop" },
    });
    expect(linkIdentityBody("auth0|1", { linkWith: "h.p.s" })).toEqual({ ok: true, body: { link_with: "h.p.s" } });
    const both = linkIdentityBody("auth0|1", { linkWith: "h.p.s", connectionId: "con_ABCDEFGHijklmnop" });
    expect(both.ok ? [] : both.problems.map((p) => p.field)).toEqual([["input", "linkWith"]]);
  });

  it("refuses unlinking the main identity", () => {
    expect(unlinkIdentityProblems("github|42", "github", "42").map((p) => p.field)).toEqual([["userId"]]);
    expect(unlinkIdentityProblems("auth0|1", "github", "42")).toEqual([]);
  });
});
