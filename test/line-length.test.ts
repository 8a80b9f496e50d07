import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
/** Generated files, data and prose (Markdown tables are as wide as their cells). */
const EXEMPT = /(^src\/upstream\/oas\.gen\.ts$|^test\/gql\/|^schema\/|\.json$|\.md$|\.lock$)/;

describe("the source tree", () => {
  it("has no line over 140 characters outside generated files", () => {
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
      .split("\n")
      .filter((file) => /\.(ts|mjs|js)$|^\.env\.example$|^\.ci\//.test(file) && !EXEMPT.test(file));
    expect(files.length).toBeGreaterThan(100);
    const long = files.flatMap((file) => {
      let text: string;
      try {
        text = readFileSync(resolve(ROOT, file), "utf8");
      } catch {
        return []; // listed by git but deleted in the working tree
      }
      return text.split("\n").flatMap((line, i) => ([...line].length > 140 ? [`${file}:${i + 1}`] : []));
    });
    expect(long).toEqual([]);
  });
});
