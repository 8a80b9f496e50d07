import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SHARED_OAS_PATH } from "../support/oas.js";

describe("the vendored contract", () => {
  it("is the same document as ../shared", () => {
    const vendored = readFileSync(new URL("../../schema/auth0-management-users.oas.json", import.meta.url), "utf8");
    expect(JSON.parse(vendored)).toEqual(JSON.parse(readFileSync(SHARED_OAS_PATH, "utf8")));
  });
});
