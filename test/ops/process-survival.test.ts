import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { errorCodes, type GraphQLAnswer } from "../support/graphql-answer.js";
import { type LogRecord, type MainProcess, startMain } from "./support.js";

// One request must never end the process: neither a malformed `_entities` call (issue 16, item 1)
// nor any promise rejection a bug leaves unhandled.

const ROOT = resolve(import.meta.dirname, "../..");

const started: MainProcess[] = [];
afterEach(() => {
  for (const main of started.splice(0)) main.kill();
});

async function mint(main: MainProcess, scope: string): Promise<string> {
  const response = await fetch(`${main.emulatorUrl}/__emulator/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ scope, audience: "usergraph" }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function entities(main: MainProcess, token: string, representations: unknown[]) {
  const response = await fetch(`${main.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: "query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on User { id } } }",
      variables: { r: representations },
    }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLAnswer<{ _entities: unknown[] }> };
}

describe("the gateway process keeps serving", () => {
  it("answers a refused representation beside one of no entity type with an error each, and serves on", async () => {
    const main = await startMain();
    started.push(main);
    let exited = false;
    void main.exited.then(() => (exited = true));
    const noScopes = await mint(main, "");

    const res = await entities(main, noScopes, [{ __typename: "User", id: "x" }, { __typename: "Nope" }, "not an object", { id: 1 }]);
    expect(res.status).toBe(200);
    expect(res.body.data!._entities).toEqual([null, null, null, null]);
    const byIndex = [...res.body.errors!].sort((a, b) => Number(a.path![1]) - Number(b.path![1]));
    expect(byIndex.map((e) => [e.path, e.extensions?.code])).toEqual([
      [["_entities", 0], "FORBIDDEN"],
      [["_entities", 1], "BAD_USER_INPUT"],
      [["_entities", 2], "BAD_USER_INPUT"],
      [["_entities", 3], "BAD_USER_INPUT"],
    ]);
    expect(byIndex[1]!.message).toContain("`Nope` is not an entity type of this subgraph");

    // The same process (and its embedded emulator) answers the next caller.
    const next = await entities(main, main.devToken!, [{ __typename: "Nope" }, { __typename: "User", id: "auth0|nobody" }]);
    expect(next.body.data!._entities).toEqual([null, null]);
    expect(errorCodes(next.body)).toEqual(["BAD_USER_INPUT"]);
    expect((await fetch(`${main.emulatorUrl}/.well-known/jwks.json`)).status).toBe(200);
    expect(exited).toBe(false);
    expect(main.stdout()).not.toContain("unhandled promise rejection");
  });

  it("logs a promise rejection nobody handled (scrubbed) and keeps running", async () => {
    const token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl";
    const child = spawn(
      process.execPath,
      [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "test/ops/fixtures/unhandled-rejection.ts"), token],
      {
        cwd: ROOT,
        stdio: "pipe",
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((done) => child.once("exit", done));
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const records = stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as LogRecord);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      level: "error",
      msg: "unhandled promise rejection (a bug); still serving",
      reason: { type: "Error" },
    });
    const reason = records[0]!.reason as { message: string; stack: string };
    expect(reason.message).toBe("boom with a token [redacted]");
    expect(reason.stack.length).toBeGreaterThan(0);
    expect(stdout).not.toContain(token);
    expect(stdout).toContain("still running\n");
  });
});
