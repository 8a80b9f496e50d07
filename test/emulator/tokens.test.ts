import { afterEach, describe, expect, it, vi } from "vitest";
import { TokenIssuer } from "../../src/emulator/tokens.js";

const AUDIENCE = "http://127.0.0.1/api/v2/";

afterEach(() => {
  vi.useRealTimers();
});

describe("TokenIssuer.verify", () => {
  it("still rejects a token it accepted before, once the token has expired", async () => {
    const issuer = await TokenIssuer.create();
    const token = await issuer.mint({ sub: "client@clients", audience: AUDIENCE, scope: "read:users", expiresIn: 60 });
    await expect(issuer.verify(token, AUDIENCE)).resolves.toMatchObject({ sub: "client@clients" });

    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 61_000 });
    await expect(issuer.verify(token, AUDIENCE)).rejects.toThrow(/exp/);
  });

  it("does not let a token accepted for one audience pass for another", async () => {
    const issuer = await TokenIssuer.create();
    const token = await issuer.mint({ sub: "client@clients", audience: AUDIENCE, expiresIn: 60 });
    await expect(issuer.verify(token, AUDIENCE)).resolves.toBeDefined();
    await expect(issuer.verify(token, "https://gateway.example/")).rejects.toThrow(/aud/);
  });
});
