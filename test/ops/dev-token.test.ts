import { decodeJwt } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { startBanner } from "../../src/ops/banner.js";
import { DEV_TOKEN_LIFETIME_S, isLoopbackHost } from "../../src/ops/dev-caller.js";
import { type MainProcess, startMain } from "./support.js";

// Issue 16, item 10: the embedded mode's all-scope dev token (printed, and filled into GraphiQL) is
// handed out only when the gateway listens on loopback, and lasts hours, not 30 days.

const started: MainProcess[] = [];
afterEach(() => {
  for (const main of started.splice(0)) main.kill();
});

describe("the dev token", () => {
  it("lasts DEV_TOKEN_LIFETIME_S (8 hours) and the banner says so", async () => {
    const main = await startMain();
    started.push(main);
    const claims = decodeJwt(main.devToken!);
    expect(DEV_TOKEN_LIFETIME_S).toBe(8 * 3600);
    expect(claims.exp! - claims.iat!).toBe(DEV_TOKEN_LIFETIME_S);
    expect(main.stdout()).toContain("(valid 8 hours, or until the emulator restarts)");
  });

  it("is handed out only for a loopback HOST", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "::1", "[::1]", "::ffff:127.0.0.1"])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ["0.0.0.0", "::", "[::]", "10.0.0.5", "192.168.1.10", "example.com", "128.0.0.1", "::ffff:10.0.0.1", ""])
      expect(isLoopbackHost(host), host).toBe(false);
  });

  it("withheld, the banner says why and how to mint one on this machine, and prints no token", () => {
    const banner = startBanner({
      mode: "embedded",
      gatewayUrl: "http://0.0.0.0:4000",
      graphiql: true,
      upstreamOrigin: "http://127.0.0.1:4010",
      emulatorUrl: "http://127.0.0.1:4010",
      devTokenWithheld: { host: "0.0.0.0", audience: "usergraph" },
    });
    expect(banner).toContain("No dev token: HOST=0.0.0.0 is not loopback");
    expect(banner).toContain(
      `curl -s -X POST http://127.0.0.1:4010/__emulator/token -H "content-type: application/json" ` +
        `-d '{"scope":"read:users","audience":"usergraph"}'`,
    );
    expect(banner).not.toMatch(/eyJ/);
    expect(banner).not.toContain("Dev token (");
  });
});
