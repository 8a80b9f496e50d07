import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

function runCli(args: string[]) {
  const child = spawn(process.execPath, ["dist/emulator/cli.js", ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stdout: () => stdout, stderr: () => stderr };
}

describe("npm run emulator", () => {
  it("lists its options in --help, the job options included", async () => {
    const cli = runCli(["--help"]);
    const [code] = await once(cli.child, "close");
    expect(code).toBe(0);
    for (const option of ["--job-users-per-second", "--job-start-delay-ms", "--export-link-ttl-seconds", "--job-ttl-seconds"]) {
      expect(cli.stdout()).toContain(option);
    }
  });

  it("prints its base URL and dev credentials, serves the API, and stops on SIGTERM", async () => {
    const cli = runCli(["--port", "0", "--users", "12", "--seed", "4", "--client-id", "cli-client", "--client-secret", "cli-secret"]);
    await expect.poll(() => cli.stdout(), { timeout: 20_000 }).toMatch(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(cli.stdout())![1]!;
    expect(cli.stdout()).toContain("cli-client");
    expect(cli.stdout()).toContain("cli-secret");
    // Its connections, with the ids an import needs.
    expect(cli.stdout()).toMatch(/Username-Password-Authentication\s+con_[A-Za-z0-9]{16}/);

    const token = await fetch(`${url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        grant_type: "client_credentials",
        client_id: "cli-client",
        client_secret: "cli-secret",
        audience: `${url}/api/v2/`,
      }),
    });
    expect(token.status).toBe(200);
    const { access_token } = (await token.json()) as { access_token: string };
    const users = await fetch(`${url}/api/v2/users?per_page=100&include_totals=true`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(users.status).toBe(200);
    expect(((await users.json()) as { total: number }).total).toBe(12);

    cli.child.kill("SIGTERM");
    const [code] = await once(cli.child, "exit");
    expect(code).toBe(0);
  });

  it("refuses a corrupt --data file with one clear line and no stack trace", async () => {
    const dir = await mkdtemp(join(tmpdir(), "usergraph-cli-"));
    try {
      const file = join(dir, "tenant.jsonl");
      await writeFile(file, "this is not a tenant\n");
      const cli = runCli(["--port", "0", "--data", file]);
      const [code] = await once(cli.child, "exit");
      expect(code).toBe(1);
      expect(cli.stderr()).toContain(`${file} is not a usable emulator data file`);
      expect(cli.stderr()).not.toMatch(/^\s+at /m);
      expect(cli.stdout()).not.toContain("listening");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("rejects an invalid option with a message and exit code 2", async () => {
    const cli = runCli(["--users", "many"]);
    const [code] = await once(cli.child, "exit");
    expect(code).toBe(2);
    expect(cli.stderr()).toContain("--users must be an integer");
  });
});
