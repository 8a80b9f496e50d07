import { decodeJwt } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import type { CallStatsSnapshot } from "../../src/emulator/stats.js";
import { EXAMPLE_OPERATION } from "../../src/ops/dev-caller.js";
import type { GraphQLAnswer } from "../support/graphql-answer.js";
import { runMain, startMain, type MainProcess } from "./support.js";

interface UsersPage {
  users: { nodes: unknown[] };
}

const started: MainProcess[] = [];
afterEach(() => {
  for (const main of started.splice(0)) main.kill();
});

async function start(env: Record<string, string> = {}): Promise<MainProcess> {
  const main = await startMain(env);
  started.push(main);
  return main;
}

async function graphql<TData = Record<string, unknown>>(main: MainProcess, query: string, token = main.devToken) {
  const response = await fetch(`${main.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLAnswer<TData> };
}

describe("npm start (src/main.ts)", () => {
  it("refuses a bad configuration with one line per problem on stderr, no stack, exit status 2", async () => {
    const run = runMain({ PORT: "not-a-port", LOG_LEVEL: "loud" });
    const { code } = await run.exited;
    expect(code).toBe(2);
    expect(run.stderr()).toBe(
      [
        "Invalid configuration:",
        '  - PORT: "not-a-port" is invalid; expected an integer from 0 to 65535',
        '  - LOG_LEVEL: "loud" is invalid; expected one of fatal, error, warn, info, debug, trace, silent',
        "",
      ].join("\n"),
    );
    expect(run.stdout()).toBe("");
  });

  it("requires the callers' issuer and audience with a tenant", async () => {
    const run = runMain({ AUTH0_DOMAIN: "acme.eu.auth0.com", AUTH0_CLIENT_ID: "cid", AUTH0_CLIENT_SECRET: "s3cret-value" });
    expect((await run.exited).code).toBe(2);
    const missing = (name: string) => ` {2}- ${name}: missing; required with AUTH0_DOMAIN[^\\n]*\\n`;
    expect(run.stderr()).toMatch(new RegExp(`^Invalid configuration:\\n${missing("AUTH_ISSUER")}${missing("AUTH_AUDIENCE")}$`));
    expect(run.stderr()).not.toContain("s3cret-value");
  });

  it("prints the GraphiQL URL, the emulator, a dev token with every scope for a real user, and a first query that works", async () => {
    const main = await start();
    expect(main.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(main.emulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(main.stdout()).toContain(`${main.url}/graphql`);
    expect(main.stdout()).toContain("curl -s");

    const claims = decodeJwt(main.devToken!);
    expect(claims.iss).toBe(`${main.emulatorUrl}/`);
    expect(claims.aud).toBe("usergraph");
    // The dev user is one of the emulator's users.
    const adminToken = await fetch(`${main.emulatorUrl}/__emulator/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scope: "read:users" }),
    }).then(async (r) => ((await r.json()) as { access_token: string }).access_token);
    const user = await fetch(`${main.emulatorUrl}/api/v2/users/${encodeURIComponent(String(claims.sub))}`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(user.status).toBe(200);
    const rest = await fetch(`${main.emulatorUrl}/api/v2/users?include_totals=true&per_page=1`, {
      headers: { authorization: `Bearer ${adminToken}` },
    }).then((r) => r.json() as Promise<{ total: number }>);

    // The example GraphiQL opens with and the curl one both answer without errors.
    const example = await graphql<{ me: { id: string }; users: { totalCount: number } }>(main, EXAMPLE_OPERATION);
    expect(example.status).toBe(200);
    expect(example.body.errors).toBeUndefined();
    expect(example.body.data!.me.id).toBe(claims.sub);
    expect(example.body.data!.users.totalCount).toBe(rest.total);
    const curlQuery = JSON.parse(/-d '([^']+)'/.exec(main.stdout())![1]!).query as string;
    const first = await graphql<UsersPage>(main, curlQuery);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.users.nodes).toHaveLength(3);

    // /healthz and /readyz answer; the JSON log says where it listens and never prints the token.
    expect((await fetch(`${main.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${main.url}/readyz`)).status).toBe(200);
    const logLines = main
      .stdout()
      .split("\n")
      .filter((line) => line.startsWith("{"));
    expect(logLines.map((line) => JSON.parse(line).msg)).toContain("gateway listening");
    for (const line of logLines) expect(line).not.toContain(main.devToken);

    // Ctrl-C stops the gateway and the emulator cleanly.
    main.child.kill("SIGINT");
    expect(await main.exited).toEqual({ code: 0, signal: null });
    expect(main.stdout()).toMatch(/"signal":"SIGINT"/);
    await expect(fetch(`${main.url}/healthz`)).rejects.toThrow();
    await expect(fetch(`${main.emulatorUrl}/__emulator/stats`)).rejects.toThrow();
  });

  it("on SIGTERM stops accepting, lets an operation in flight finish, closes everything and exits 0", async () => {
    // Every emulated answer takes a second: the operation is still running when the signal comes.
    const main = await start({ EMULATOR_LATENCY_MS: "1000", SHUTDOWN_TIMEOUT_MS: "20000" });
    const pending = graphql<UsersPage>(main, "query SlowOne { users(first: 2) { nodes { id email } } }");

    // Wait until the gateway's search has reached the emulator (it counts a call when it arrives).
    await expect
      .poll(
        async () => {
          const stats = (await fetch(`${main.emulatorUrl}/__emulator/stats`).then((r) => r.json())) as { byRoute: Record<string, number> };
          return stats.byRoute["GET /api/v2/users"] ?? 0;
        },
        { timeout: 15_000, interval: 50 },
      )
      .toBe(1);
    main.child.kill("SIGTERM");
    await main.waitForOutput(/shutting down/);

    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.users.nodes).toHaveLength(2);

    const exit = await main.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    const records = main
      .stdout()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line));
    const shuttingDown = records.find((r) => r.msg.startsWith("shutting down"));
    const operation = records.find((r) => r.msg === "graphql operation");
    const stopped = records.find((r) => r.msg === "stopped");
    expect(shuttingDown).toMatchObject({ signal: "SIGTERM" });
    expect(operation).toMatchObject({ operationName: "SlowOne", status: 200, errorCodes: [] });
    expect(stopped).toMatchObject({ drained: true });
    // The operation finished after the shutdown began and before the process stopped.
    expect(records.indexOf(shuttingDown)).toBeLessThan(records.indexOf(operation));
    expect(records.indexOf(operation)).toBeLessThan(records.indexOf(stopped));
    // Nothing listens any more.
    await expect(fetch(`${main.url}/healthz`)).rejects.toThrow();
    await expect(fetch(`${main.emulatorUrl}/__emulator/stats`)).rejects.toThrow();
  });

  it("cuts operations still running at the shutdown deadline and still exits 0", async () => {
    const main = await start({ SHUTDOWN_TIMEOUT_MS: "200" });
    // The search never gets an answer (the emulator holds it open).
    await fetch(`${main.emulatorUrl}/__emulator/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ method: "GET", route: "/api/v2/users", count: 1, action: { hang: true } }),
    });
    const pending = graphql(main, "{ users(first: 1) { nodes { id } } }").then(
      () => "answered",
      () => "cut",
    );
    await expect
      .poll(
        async () =>
          ((await fetch(`${main.emulatorUrl}/__emulator/stats`).then((r) => r.json())) as CallStatsSnapshot).byRoute["GET /api/v2/users"] ??
          0,
        {
          timeout: 15_000,
          interval: 50,
        },
      )
      .toBe(1);
    main.child.kill("SIGTERM");
    expect(await main.exited).toEqual({ code: 0, signal: null });
    expect(await pending).toBe("cut");
    expect(main.stdout()).toMatch(/"drained":false/);
  });
});
