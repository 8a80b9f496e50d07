import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SHARED_OAS_PATH, VENDORED_OAS_PATH, sharedOasPresent } from "../support/oas.js";

// ../shared exists only in the workplace the contract comes from; a clone elsewhere has only the
// vendored copy, which every other test reads.
describe.runIf(sharedOasPresent)("the vendored contract", () => {
  it("is the same document as ../shared", () => {
    const vendored = JSON.parse(readFileSync(VENDORED_OAS_PATH, "utf8"));
    expect(vendored).toEqual(JSON.parse(readFileSync(SHARED_OAS_PATH, "utf8")));
  });
});
