import { describe, expect, it } from "vitest";
import { CONNECTION_ID, IDENTITY_PROVIDERS, linkIdentityBody, unlinkIdentityProblems } from "../../src/schema/identity-input.js";
import { oas } from "../support/oas.js";

const schemas = (oas as unknown as { components: { schemas: Record<string, any> } }).components.schemas;

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
