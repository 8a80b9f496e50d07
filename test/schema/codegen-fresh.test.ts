import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../../codegen.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("codegen", () => {
  it("keeps test/gql in step with the schema and the documents (run `npm run codegen` when this fails)", async () => {
    const files = (await generate({ ...config, cwd: root, silent: true }, false)) as { filename: string; content: string }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const onDisk = readFileSync(new URL(file.filename, `file://${root}/`), "utf8");
      expect(onDisk, `${file.filename} is stale: run npm run codegen`).toBe(file.content);
    }
  }, 60_000);
});
