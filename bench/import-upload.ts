// What an import upload costs the gateway's memory: `npm run bench:upload`.
//
// Starts the emulator in this process and the compiled gateway (dist/main.js, or BENCH_DIST's) in a
// child, then sends `importUsers` uploads of a ~500 KB file, BENCH_UPLOADS at once (default
// "1,8,32"), BENCH_ROUNDS times each (default 5). The file's last user is malformed, so the gateway
// reads the whole file and answers INVALID_INPUT with no upstream call: what is measured is the
// request's parsing and the file's check, nothing of the tenant. Prints, per level, the gateway's
// RSS before and its highest RSS during the rounds (sampled from /proc every 5 ms), and CPU ms per
// upload. Run it with BENCH_DIST set to a build of another commit to compare parsers.
import { execFileSync } from "node:child_process";
import os from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startEmulator } from "../src/emulator/index.js";
import { procUsage, startCompiledGateway } from "./compiled-gateway.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? "dist");
const LEVELS = (process.env.BENCH_UPLOADS ?? "1,8,32").split(",").map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const AUDIENCE = "usergraph-bench";
const IMPORT = "mutation($input: ImportUsersInput!) { importUsers(input: $input) { job { id } userErrors { field code } } }";

const users: unknown[] = [];
let size = 2;
for (let i = 0; size < 495_000; i += 1) {
  const user = {
    email: `bench${i}@example.org`,
    user_id: `bench-${i}`,
    name: `Bench User ${i}`,
    user_metadata: { i, note: "x".repeat(120) },
  };
  users.push(user);
  size += JSON.stringify(user).length + 1;
}
users.push({ email: "last@example.org", blocked: "yes" });
const file = JSON.stringify(users);
const lastIndex = String(users.length - 1);

const emulator = await startEmulator({ host: "127.0.0.1", port: 0, users: 10, seed: 1 });
if (!process.env.BENCH_DIST) execFileSync("npx", ["tsc", "-b", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
const gateway = await startCompiledGateway(emulator, { dist: DIST, audience: AUDIENCE });
try {
  const connectionId = emulator.state.connections.find((c) => c.strategy === "auth0" && !c.requires_username)!.id;
  const token = await emulator.mintToken({ scope: "create:users", audience: AUDIENCE });
  const upload = async () => {
    const form = new FormData();
    form.set("operations", JSON.stringify({ query: IMPORT, variables: { input: { connectionId, file: null } } }));
    form.set("map", JSON.stringify({ 0: ["variables.input.file"] }));
    form.set("0", new Blob([file], { type: "application/json" }), "users.json");
    const response = await fetch(`${gateway.url}/graphql`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "x-graphql-csrf": "1" },
      body: form,
    });
    const answer = (await response.json()) as { data?: { importUsers: { userErrors: { field: string[]; code: string }[] } } };
    const error = answer.data?.importUsers.userErrors[0];
    if (error?.code !== "INVALID_INPUT" || error.field[2] !== lastIndex) throw new Error(`unexpected answer: ${JSON.stringify(answer)}`);
  };
  await upload();
  console.log(
    `file ${(file.length / 1000).toFixed(0)} KB (${users.length} users); idle RSS ${gateway.idleRssMB.toFixed(0)} MB; ` +
      `build ${DIST}; load average ${os.loadavg()[0]!.toFixed(2)}`,
  );
  for (const level of LEVELS) {
    const before = procUsage(gateway.pid);
    let highest = before.rssMB;
    const sampler = setInterval(() => {
      highest = Math.max(highest, procUsage(gateway.pid).rssMB);
    }, 5);
    try {
      for (let round = 0; round < ROUNDS; round += 1) await Promise.all(Array.from({ length: level }, upload));
    } finally {
      clearInterval(sampler);
    }
    const after = procUsage(gateway.pid);
    const cpu = (after.cpuMs - before.cpuMs) / (level * ROUNDS);
    console.log(
      `${level} at once: RSS before ${before.rssMB.toFixed(0)} MB, highest ${highest.toFixed(0)} MB ` +
        `(+${(highest - before.rssMB).toFixed(0)}), CPU ${cpu.toFixed(1)} ms/upload`,
    );
  }
} finally {
  await gateway.stop();
  await emulator.close();
}
