import { createHash, randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { RedisStore } from "./redis-store.js";
import { type CachedToken, type ClientCredentialsTokenProvider, raceAbort, type TokenProvider } from "./token-provider.js";
import { type SealedToken, TokenSeal } from "./token-seal.js";

/**
 * One client-credentials token per tenant, client id and audience for all replicas, kept in Redis
 * (sealed: src/upstream/token-seal.ts) until it expires. A replica that finds it missing or due for
 * refresh takes a short lock (SET NX PX) and fetches it; the others use the old one while it is still
 * valid, or wait for the new one. A 401 deletes the stored token only if it is still the refused one
 * (compared by fingerprint), so the replicas that saw the same 401 cause one refresh, not one each.
 * When Redis does not answer, this replica uses its own grant (`local`) as without Redis.
 */

/** What the store holds under the token key (JSON). */
interface StoredToken extends SealedToken {
  /** Fingerprint of the token, for compare-and-delete. */
  fp: string;
  refreshAt: number;
  expiresAt: number;
}

interface Memo extends CachedToken {
  /** Read from or written to the store (false: this replica's own grant, made while Redis was away). */
  shared: boolean;
}

/** How long a refresh may hold the lock. */
const LOCK_MS = 10_000;
/** How often a replica waiting for another's refresh looks for the new token. */
const POLL_MS = 25;
/** A token borrowed while another replica refreshes it is looked up again this soon. */
const BORROW_MS = 1_000;
/** A token this close to expiry is not handed out. */
const EXPIRY_MARGIN_MS = 5_000;

const COMPARE_AND_DELETE = `
local value = redis.call('GET', KEYS[1])
if not value then return 0 end
local ok, stored = pcall(cjson.decode, value)
if ok and stored.fp == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

const RELEASE_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

export class SharedTokenProvider implements TokenProvider {
  readonly refreshable = true;
  private readonly seal: TokenSeal;
  private readonly key: string;
  private readonly lockKey: string;
  private memo: Memo | undefined;
  private inFlight: Promise<string> | undefined;
  private invalidating: Promise<unknown> | undefined;
  /** Tokens read from the store (fetched by other replicas): secrets too. */
  private readonly seen = new Set<string>();

  constructor(
    private readonly store: RedisStore,
    private readonly local: ClientCredentialsTokenProvider,
    context: { origin: string; clientId: string; clientSecret: string; audience: string },
  ) {
    this.seal = new TokenSeal(context.clientSecret, context);
    const client = createHash("sha256")
      .update(JSON.stringify([context.clientId, context.audience]))
      .digest("hex")
      .slice(0, 16);
    this.key = `${store.prefix}token:${client}`;
    this.lockKey = `${this.key}:lock`;
    store.redis.defineCommand("usergraphCompareAndDelete", { numberOfKeys: 1, lua: COMPARE_AND_DELETE });
    store.redis.defineCommand("usergraphReleaseLock", { numberOfKeys: 1, lua: RELEASE_LOCK });
  }

  async getToken(signal?: AbortSignal): Promise<string> {
    if (this.invalidating) await this.invalidating;
    if (this.store.starting) await this.store.firstConnection;
    const memo = this.memo;
    // This replica's own token is kept while Redis is away; once it is back, the shared one is looked up.
    if (memo && Date.now() < memo.refreshAt && (memo.shared || !this.store.available)) return memo.token;
    if (!this.store.available) return this.ownToken(signal);
    this.inFlight ??= this.sharedToken().finally(() => {
      this.inFlight = undefined;
    });
    return signal ? raceAbort(this.inFlight, signal) : this.inFlight;
  }

  invalidate(token: string): void {
    if (this.memo?.token === token) this.memo = undefined;
    this.local.invalidate(token);
    const fingerprint = this.seal.fingerprint(token);
    this.invalidating = this.store
      .run((redis) => (redis as unknown as ScriptCommands).usergraphCompareAndDelete(this.key, fingerprint))
      .finally(() => {
        this.invalidating = undefined;
      });
  }

  secrets(): string[] {
    return [...this.local.secrets(), ...this.seen];
  }

  private async ownToken(signal?: AbortSignal): Promise<string> {
    const token = await this.local.getToken(signal);
    const current = this.local.current();
    if (current?.token === token) this.memo = { ...current, shared: false };
    return token;
  }

  private async sharedToken(): Promise<string> {
    const giveUpAt = Date.now() + LOCK_MS;
    for (;;) {
      const stored = await this.read();
      if (stored === "unavailable") return this.ownToken();
      const now = Date.now();
      if (stored && now < stored.refreshAt) return this.use(stored, stored.refreshAt);
      const lock = randomUUID();
      const locked = await this.store.run((redis) => redis.set(this.lockKey, lock, "PX", LOCK_MS, "NX"));
      if (locked === undefined) return this.ownToken();
      if (locked === "OK") return this.refresh(lock, stored);
      // Another replica is refreshing: the old token serves while it is valid.
      if (stored && now < stored.expiresAt - EXPIRY_MARGIN_MS) return this.use(stored, Math.min(stored.expiresAt, now + BORROW_MS));
      if (now >= giveUpAt) return this.ownToken();
      await sleep(POLL_MS);
    }
  }

  /** Holding the lock: fetch a token and share it. */
  private async refresh(lock: string, stale: Memo | undefined): Promise<string> {
    try {
      // Another replica may have stored a new token between the read and the lock.
      const again = await this.read();
      if (again !== "unavailable" && again && Date.now() < again.refreshAt) return this.use(again, again.refreshAt);
      // This replica's own token (fetched while Redis was away) is shared if still good; else a new grant.
      const own = this.local.current();
      if (own && (Date.now() >= own.refreshAt || own.token === stale?.token)) this.local.invalidate(own.token);
      const token = await this.local.getToken();
      const current = this.local.current()!;
      const record: StoredToken = {
        ...this.seal.seal(token),
        fp: this.seal.fingerprint(token),
        refreshAt: current.refreshAt,
        expiresAt: current.expiresAt,
      };
      const ttl = current.expiresAt - Date.now();
      if (ttl > 0) await this.store.run((redis) => redis.set(this.key, JSON.stringify(record), "PX", ttl));
      this.memo = { ...current, shared: true };
      return token;
    } finally {
      await this.store.run((redis) => (redis as unknown as ScriptCommands).usergraphReleaseLock(this.lockKey, lock));
    }
  }

  private use(stored: Memo, refreshAt: number): string {
    this.memo = { ...stored, refreshAt, shared: true };
    if (this.seen.size >= 16) this.seen.delete(this.seen.values().next().value!);
    this.seen.add(stored.token);
    return stored.token;
  }

  /** The stored token, opened; undefined when there is none (or it does not open); "unavailable" when Redis did not answer. */
  private async read(): Promise<Memo | undefined | "unavailable"> {
    const value = await this.store.run(async (redis) => (await redis.get(this.key)) ?? "");
    if (value === undefined) return "unavailable";
    if (value === "") return undefined;
    let stored: StoredToken;
    try {
      stored = JSON.parse(value) as StoredToken;
    } catch {
      return undefined;
    }
    const token = this.seal.open(stored);
    if (token === undefined) return undefined;
    return { token, refreshAt: Number(stored.refreshAt), expiresAt: Number(stored.expiresAt), shared: true };
  }
}

interface ScriptCommands {
  usergraphCompareAndDelete(key: string, fingerprint: string): Promise<number>;
  usergraphReleaseLock(key: string, lock: string): Promise<number>;
}
