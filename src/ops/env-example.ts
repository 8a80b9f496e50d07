import { pathToFileURL } from "node:url";
import { configVariables } from "../config.js";

/** The text of `.env.example`: every variable with its default, commented out (`npx tsx src/ops/env-example.ts > .env.example`). */
export function envExample(): string {
  const lines = [
    "# usergraph configuration: every variable it reads, commented out, with its default.",
    "# `npm start` loads ./.env when present (variables already in the environment win).",
    "# With no AUTH0_DOMAIN the gateway runs its own Auth0 Management API emulator and needs nothing else.",
    "",
  ];
  for (const variable of configVariables) {
    // A default computed from other values (`<origin>/api/v2/`) is described, not written as a value.
    const derived = variable.default?.includes("<") ?? false;
    lines.push(...commentLines(`${variable.description}${derived ? ` Default: ${variable.default}` : ""}`));
    lines.push(`# ${variable.name}=${derived ? "" : (variable.default ?? "")}`);
    lines.push("");
  }
  return lines.join("\n");
}

/** `text` as `# ` comment lines of at most 140 characters, broken between words. */
function commentLines(text: string): string[] {
  const lines: string[] = [];
  let line = "#";
  for (const word of text.split(" ")) {
    if (line.length + 1 + word.length > 140 && line !== "#") {
      lines.push(line);
      line = "#";
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(envExample());
