import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkInput } from "../../src/schema/input-checks.js";
import { UserInputError } from "../../src/schema/user-error.js";
import {
  CREATE_USER_FIELDS,
  E164,
  MAX_BODY_BYTES,
  RESERVED_APP_METADATA_KEYS,
  REJECTED_UPDATE_PAIRS,
  UPDATE_USER_FIELDS,
  createUserInput,
  metadataIssues,
  updateUserInput,
} from "../../src/schema/user-input.js";
import { oas } from "../support/oas.js";

// The checks the gateway makes before a user write, held against the contract's own schemas: every
// property of the request bodies is mapped, lengths and nullability agree with the OAS.

type Property = { type?: string | string[]; minLength?: number; maxLength?: number; pattern?: string; format?: string };
const schemas = (oas as unknown as { components: { schemas: Record<string, { properties: Record<string, Property> }> } }).components
  .schemas;

/** What checkInput makes of a mutation's `input`: the Auth0 body, or the userErrors it would answer. */
function checked(schema: z.ZodType, input: Record<string, unknown>) {
  try {
    return { ok: true as const, body: checkInput(z.object({ input: schema }), { input }).input };
  } catch (error) {
    if (error instanceof UserInputError) return { ok: false as const, problems: error.errors };
    throw error;
  }
}
const createUserBody = (input: Record<string, unknown>) => checked(createUserInput, input);
const updateUserBody = (input: Record<string, unknown>) => checked(updateUserInput, input);

const REQUEST_BODIES = [
  ["CreateUserRequestContent", CREATE_USER_FIELDS, (field: string, value: unknown) => createUserBody({ connection: "db", [field]: value })],
  [
    "UpdateUserRequestContent",
    UPDATE_USER_FIELDS,
    (field: string, value: unknown) => updateUserBody({ [field]: value, ...(field === "clientId" ? { email: "a@example.com" } : {}) }),
  ],
] as const;

describe.each(REQUEST_BODIES)("%s", (schemaName, rules, check) => {
  const properties = schemas[schemaName]!.properties;

  it("maps every property of the contract's body, and nothing else", () => {
    expect(
      Object.values(rules)
        .map((rule) => rule.wire)
        .sort(),
    ).toEqual(Object.keys(properties).sort());
  });

  it("accepts and refuses lengths exactly where the contract's minLength/maxLength do", () => {
    for (const [field, rule] of Object.entries(rules)) {
      const { minLength, maxLength, pattern, format } = properties[rule.wire]!;
      if (pattern !== undefined || format !== undefined) continue; // formats are tested below
      const at = (n: number) => check(field, "é".repeat(n));
      if (minLength !== undefined) {
        expect(at(minLength).ok, `${field} at ${minLength}`).toBe(true);
        if (minLength > 0) expect(at(minLength - 1).ok, `${field} at ${minLength - 1}`).toBe(false);
      }
      if (maxLength !== undefined) {
        expect(at(maxLength).ok, `${field} at ${maxLength}`).toBe(true);
        expect(at(maxLength + 1).ok, `${field} at ${maxLength + 1}`).toBe(false);
      }
    }
  });

  it("sends null only for the attributes the contract lets PATCH unset", () => {
    for (const [field, rule] of Object.entries(rules)) {
      const nullable = [properties[rule.wire]!.type].flat().includes("null");
      const result = check(field, null);
      if (schemaName === "CreateUserRequestContent") {
        // A new user has nothing to unset: null is simply left out (GraphQL itself requires connection).
        if (field === "connection") continue;
        expect(result, field).toEqual({ ok: true, body: { connection: "db" } });
      } else if (nullable) {
        expect(result.ok && (result.body as Record<string, unknown>)[rule.wire], field).toBeNull();
      } else {
        expect(result.ok, field).toBe(false);
      }
    }
  });
});

describe("formats", () => {
  it("uses the contract's E.164 pattern", () => {
    expect(E164.source).toBe(schemas.CreateUserRequestContent!.properties.phone_number!.pattern);
    expect(createUserBody({ connection: "db", phoneNumber: "+14155550100" }).ok).toBe(true);
    expect(createUserBody({ connection: "db", phoneNumber: "+1234567890123456" }).ok).toBe(false);
    expect(createUserBody({ connection: "db", phoneNumber: "14155550100" }).ok).toBe(false);
  });

  it("checks emails, picture URIs and custom ids", () => {
    const problems = (input: Record<string, unknown>) => {
      const result = createUserBody({ connection: "db", ...input });
      return result.ok ? [] : result.problems.map((p) => p.field);
    };
    expect(problems({ email: "jane.doe+tag@example.co.uk", picture: "https://example.com/a.png", userId: "abc-123" })).toEqual([]);
    expect(problems({ email: "jane@", picture: "/relative.png", userId: "a b" })).toEqual([
      ["input", "email"],
      ["input", "picture"],
      ["input", "userId"],
    ]);
    expect(problems({ userId: "" })).toEqual([]);
    expect(problems({ userId: "x".repeat(256) })).toEqual([["input", "userId"]]);
  });
});

describe("metadata", () => {
  it("refuses every reserved app_metadata key of the contract, at the top level only", () => {
    for (const key of RESERVED_APP_METADATA_KEYS) {
      expect(metadataIssues("appMetadata", { [key]: 1 }).map((p) => p.path)).toEqual([[key]]);
      expect(metadataIssues("userMetadata", { [key]: 1 })).toEqual([]);
      expect(metadataIssues("appMetadata", { nested: { [key]: 1 } })).toEqual([]);
    }
  });

  it("refuses key names with . or $ at any depth, naming the path", () => {
    const result = updateUserBody({ userMetadata: { ok: { "a.b": 1, fine: [{ $x: 1 }] }, c$: { d: null } } });
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.field)).toEqual([
      ["input", "userMetadata", "ok", "a.b"],
      ["input", "userMetadata", "ok", "fine", "0", "$x"],
      ["input", "userMetadata", "c$"],
    ]);
    expect(problems.every((p) => p.code === "INVALID_INPUT")).toBe(true);
  });

  it("refuses a write larger than Auth0 accepts", () => {
    const result = updateUserBody({ userMetadata: { blob: "x".repeat(MAX_BODY_BYTES) } });
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([["input"]]);
  });
});

describe("updateUserBody", () => {
  it("keeps absent fields out, sends explicit nulls, and reports every problem at once", () => {
    expect(updateUserBody({ name: "Jane", nickname: null, userMetadata: { a: null } })).toEqual({
      ok: true,
      body: { name: "Jane", nickname: null, user_metadata: { a: null } },
    });
    const result = updateUserBody({ blocked: null, email: "bad", password: "secret-value", appMetadata: { email: "x" } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual([
      ["input", "blocked"],
      ["input", "email"],
      ["input", "appMetadata", "email"],
      ["input", "password"],
    ]);
    expect(JSON.stringify(result.problems)).not.toContain("secret-value");
  });

  it("refuses each pair the contract lists, naming both fields", () => {
    expect(REJECTED_UPDATE_PAIRS).toHaveLength(5);
    for (const [a, b] of REJECTED_UPDATE_PAIRS) {
      const value = (field: string) => (field.endsWith("Verified") ? true : field === "email" ? "a@example.com" : "x-value");
      const result = updateUserBody({ [a]: value(a), [b]: value(b) });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.field).toEqual(["input", a]);
      expect(result.problems[0]!.message).toMatch(new RegExp(`\\b${a}\\b.*\\b${b}\\b`));
    }
  });
});
