import { readFileSync } from "node:fs";

/**
 * The Node flags `npm start` runs the gateway with, read from package.json's "start" script
 * (`… && exec node <flags> dist/main.js`): whatever runs dist/main.js "as npm start does" — the
 * process tests, the benchmarks — runs it with exactly these.
 */
export const START_NODE_FLAGS: readonly string[] = (() => {
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: { start: string } };
  const command = /\bexec node((?:\s+-\S+)*)\s+dist\/main\.js$/.exec(manifest.scripts.start);
  if (!command)
    throw new Error(`package.json's start script does not end with "exec node [flags] dist/main.js": ${manifest.scripts.start}`);
  return command[1]!.split(/\s+/).filter(Boolean);
})();
