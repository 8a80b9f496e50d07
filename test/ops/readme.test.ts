import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configVariables } from "../../src/config.js";
import { START_NODE_FLAGS } from "../support/start-command.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("the README", () => {
  it("has a configuration row for every variable the gateway reads, with its default", () => {
    const rows = new Map([...readme.matchAll(/^\| `([A-Z0-9_]+)` +\| (.*?) +\| /gm)].map((match) => [match[1]!, match[2]!]));
    for (const variable of configVariables) {
      expect(rows.has(variable.name), `${variable.name} is missing from the README's configuration table`).toBe(true);
      const shown = variable.default === undefined ? "—" : `\`${variable.default}\``;
      expect(rows.get(variable.name), `${variable.name}'s default in the README`).toBe(shown);
    }
  });

  it("states the Node flags npm start runs the gateway with", () => {
    expect(START_NODE_FLAGS.length).toBeGreaterThan(0);
    expect(readme).toContain(`node ${START_NODE_FLAGS.join(" ")} dist/main.js`);
  });

  it("gives the two commands that set it up", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm test");
  });
});
