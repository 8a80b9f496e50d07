import { afterEach, describe, expect, it } from "vitest";
import { startOpsGateway, type OpsGateway } from "./support.js";

const WRONG_SECRET = "not-the-dev-secret-0123456789";

const open: OpsGateway[] = [];
afterEach(async () => {
  for (const gateway of open.splice(0)) await gateway.close();
});

async function start(options: Parameters<typeof startOpsGateway>[0] = {}): Promise<OpsGateway> {
  const gateway = await startOpsGateway(options);
  open.push(gateway);
  return gateway;
}

describe("/healthz and /readyz", () => {
  it("are alive and ready when a Management API token can be had and the JWKS loads", async () => {
    const t = await start();
    const health = await t.get("/healthz");
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toEqual({ status: "ok" });

    const ready = await t.get("/readyz");
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({ status: "ready", checks: ["upstream_token", "jwks", "upstream_rate_limit"] });
    // Readiness really asked: the token endpoint and the JWKS were each called once.
    expect(t.emulator.stats().byRoute).toMatchObject({ "POST /oauth/token": 1, "GET /.well-known/jwks.json": 1 });
  });

  it("is not ready, with the reason, when the client secret is wrong — and never shows the secret", async () => {
    const t = await start({
      tenantEnv: (emulator) => ({
        AUTH0_DOMAIN: emulator.url,
        AUTH0_CLIENT_ID: emulator.clientId,
        AUTH0_CLIENT_SECRET: WRONG_SECRET,
        AUTH_ISSUER: `${emulator.url}/`,
        AUTH_AUDIENCE: "usergraph",
      }),
    });
    const ready = await t.get("/readyz");
    expect(ready.status).toBe(503);
    const body = JSON.parse(ready.text);
    expect(body.status).toBe("unready");
    expect(Object.keys(body.reasons)).toEqual(["upstream_token"]);
    expect(body.reasons.upstream_token).toBe("no Management API token: Client authentication failed (HTTP 401)");
    expect(ready.text).not.toContain(WRONG_SECRET);
    expect(t.log.text()).not.toContain(WRONG_SECRET);
    // Alive all the same.
    expect((await t.get("/healthz")).status).toBe(200);
  });

  it("is not ready, with the reason, when the JWKS cannot be loaded", async () => {
    const t = await start({
      tenantEnv: (emulator) => ({
        AUTH0_DOMAIN: emulator.url,
        AUTH0_CLIENT_ID: emulator.clientId,
        AUTH0_CLIENT_SECRET: emulator.clientSecret,
        AUTH_ISSUER: `${emulator.url}/`,
        AUTH_AUDIENCE: "usergraph",
        AUTH_JWKS_URL: `${emulator.url}/no-such-path/jwks.json`,
      }),
    });
    const ready = await t.get("/readyz");
    expect(ready.status).toBe(503);
    const body = JSON.parse(ready.text);
    expect(Object.keys(body.reasons)).toEqual(["jwks"]);
    expect(body.reasons.jwks).toMatch(/^the callers' token signing keys \(JWKS\) could not be loaded: .*200 OK/);
  });

  it("answers only GET and HEAD", async () => {
    const t = await start();
    const response = await fetch(`${t.url}/healthz`, { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });

  it("says not ready while shutting down, refuses new connections, and lets the operation in flight finish", async () => {
    const t = await start({ emulator: { latencyMs: 300 } });
    // Warm up: token and JWKS fetched, so the next operation only waits on its own search.
    expect((await t.post({ query: "{ users(first: 1) { nodes { id } } }" })).status).toBe(200);
    t.emulator.resetStats();
    const inFlight = t.post<{ users: { nodes: { id: string }[] } }>({ query: "{ users(first: 2) { nodes { id } } }" });
    await expect.poll(() => t.emulator.stats().byRoute["GET /api/v2/users"] ?? 0, { interval: 10 }).toBe(1);

    const shutdown = t.gateway.shutdown(10_000);
    const ready = await t.gateway.yoga.fetch("http://gateway.local/readyz");
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "unready", reasons: { server: "shutting down" } });
    await expect(fetch(`${t.url}/healthz`)).rejects.toThrow();

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.users.nodes).toHaveLength(2);
    expect(await shutdown).toEqual({ drained: true });
  });
});
