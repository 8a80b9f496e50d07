import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// Vitest global setup: the process-level tests run the compiled program (dist/), as `npm start`
// does, so the suite builds it first. `tsc -b` is incremental: a current dist/ costs half a second.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export default function build(): void {
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL("../../node_modules/typescript/bin/tsc", import.meta.url)), "-b", "tsconfig.build.json"],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
}
