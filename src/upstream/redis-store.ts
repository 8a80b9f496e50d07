import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { Redis } from "ioredis";
import type { Logger } from "pino";

/**
 * ioredis is loaded when a store is made (REDIS_URL set): a gateway without Redis would otherwise
 * hold its code for nothing (about 2 MB of heap).
 */
const loadRedis = (): typeof Redis => (createRequire(import.meta.url)("ioredis") as typeof import("ioredis")).Redis;

/** Longest wait for one Redis command before this replica carries on alone. */
const COMMAND_TIMEOUT_MS = 250;
/** ioredis's own timeout, a backstop that only clears out commands a frozen Redis never answers. */
const BACKSTOP_TIMEOUT_MS = 5_000;
/** How long a first use waits for the connection being made at start-up. */
const FIRST_CONNECTION_MS = 1_000;
/** After a failed or slow command, how long the store is left alone before it is tried again. */
const COOL_DOWN_MS = 1_000;

/**
 * The connection to the Redis that the replicas of one tenant share (REDIS_URL), and whether it can
 * be relied on right now. Commands go out only while connected (no offline queue) and give up after
 * a short timeout; a failure makes the store unavailable (logged once) until Redis answers again, and
 * the callers then work alone: local pacing, this replica's own token. Nothing here throws at callers.
 */
export class RedisStore {
  readonly redis: Redis;
  /** Prefix of every key, with a Redis Cluster hash tag per tenant so a tenant's keys share a slot. */
  readonly prefix: string;
  /** Settles when the first connection is made or has failed (at most FIRST_CONNECTION_MS after start). */
  readonly firstConnection: Promise<void>;
  private connectedOnce = false;
  private unavailableUntil = 0;
  private down: string | undefined;
  private closed = false;

  constructor(
    url: string,
    tenantOrigin: string,
    private readonly logger: Logger | undefined,
  ) {
    this.prefix = `usergraph:{${createHash("sha256").update(tenantOrigin).digest("hex").slice(0, 16)}}:`;
    const RedisClient = loadRedis();
    this.redis = new RedisClient(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: BACKSTOP_TIMEOUT_MS,
      connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(100 * times, 1_000),
      lazyConnect: false,
    });
    // ioredis reports every failed (re)connection here; what matters is logged by `failed`/`ready`.
    this.redis.on("error", () => {});
    this.redis.on("close", () => this.failed("the connection closed"));
    this.redis.on("ready", () => this.recovered());
    this.firstConnection = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, FIRST_CONNECTION_MS);
      timer.unref();
      const settle = () => {
        clearTimeout(timer);
        this.connectedOnce = true;
        resolve();
      };
      this.redis.once("ready", settle);
      this.redis.once("close", settle);
    });
  }

  /** True until the first connection is made or has failed: worth waiting for briefly. */
  get starting(): boolean {
    return !this.connectedOnce && !this.closed;
  }

  /** True when commands are worth sending: connected, and no recent failure or timeout. */
  get available(): boolean {
    return !this.closed && this.redis.status === "ready" && Date.now() >= this.unavailableUntil;
  }

  /** Why the replica works alone right now (for /readyz); undefined while the store is in use. */
  degraded(): string | undefined {
    if (this.available) return undefined;
    return `Redis unreachable (${this.down ?? this.redis.status}): pacing locally with this replica's own Management API token`;
  }

  /** Runs `command`; undefined (the store marked unavailable) when it fails or is not available. */
  async run<T>(command: (redis: Redis) => Promise<T>): Promise<T | undefined> {
    if (!this.available) return undefined;
    try {
      const result = await withinDeadline(command(this.redis), COMMAND_TIMEOUT_MS);
      if (this.down !== undefined && this.redis.status === "ready") this.recovered();
      return result;
    } catch (error) {
      const message = (error as Error)?.message ?? "";
      this.failed(
        error instanceof CommandTimeout || /timed? ?out/i.test(message) ? `no answer within ${COMMAND_TIMEOUT_MS} ms` : "a command failed",
      );
      return undefined;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.redis.disconnect();
  }

  private failed(reason: string): void {
    if (this.closed) return;
    this.unavailableUntil = Date.now() + COOL_DOWN_MS;
    if (this.down !== undefined) return;
    this.down = reason;
    // The URL is not logged: it may carry a password.
    this.logger?.warn({ reason }, "Redis unreachable: pacing locally with this replica's own Management API token until it returns");
  }

  private recovered(): void {
    if (this.closed || this.down === undefined) return;
    this.down = undefined;
    this.unavailableUntil = 0;
    this.logger?.info("Redis reachable again: sharing the tenant's rate budget and token across replicas");
  }
}

class CommandTimeout extends Error {
  constructor() {
    super("timed out");
  }
}

/**
 * `command`'s answer, or a CommandTimeout once `ms` have passed without it. The deadline is checked
 * only after the event loop has next read its sockets (setImmediate runs after that phase): when this
 * process itself was stalled past the deadline (a CPU-starved replica), an answer that arrived during
 * the stall still counts, and only a Redis that did not answer is called slow. ioredis's own
 * `commandTimeout` fires in the timers phase, before the sockets are read, and so blamed Redis for
 * this process's stalls: the replica then paced alone and overspent the tenant's budget.
 */
function withinDeadline<T>(command: Promise<T>, ms: number): Promise<T> {
  let settled = false;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => setImmediate(() => settled || reject(new CommandTimeout())), ms);
    command.then(
      (value) => {
        settled = true;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        settled = true;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
