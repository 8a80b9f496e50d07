import { randomUUID } from "node:crypto";
import { header, type ResponseHeaders } from "./http.js";
import type { RedisStore } from "./redis-store.js";
import { rateLimitResetAt, rateLimitWaitMs } from "./retry.js";
import type { SharedGrant, SharedLease, SharedRateBudget } from "./shared-rate-budget.js";

/**
 * The tenant's token bucket as every replica sees it, kept in Redis and changed only by the two Lua
 * scripts below (each one atomic round trip). It follows the pacer's rules (src/upstream/pacer.ts),
 * with the replicas' calls counted together:
 *
 * - state (a hash): the latest answer's `remaining`, `limit`, `reset` and when it arrived; calls started
 *   since; the calls in flight then; the learnt refill rate; the hold after a 429;
 * - in flight (a sorted set): one member per call started and not yet answered, scored by when it is
 *   forgotten (a replica that dies mid-call does not hold the budget for long);
 * - answered (a list): when each call answered since the rate was last anchored was granted and
 *   observed, so the rate is learnt only from calls certainly counted between two readings;
 * - observed (a sorted set): the sequence number of every call whose answer was observed, scored by
 *   when, for a lease's length: a reading counts as spent the calls granted before its own and
 *   observed since its own was granted, which may have reached the tenant after it (replicas and
 *   connections reorder calls between grant and tenant) and so be missing from its `remaining`.
 *
 * Time is Redis's own clock (TIME), so replicas' clocks need not agree.
 */

/** Headroom under the learnt rate, smaller than the lone pacer's: the estimates below are lower bounds. */
const RATE_SAFETY = 0.97;

const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local raw = redis.call('HGETALL', KEYS[1])
local s = {}
for i = 1, #raw, 2 do s[raw[i]] = tonumber(raw[i + 1]) end
local function budget(now, s)
  local refill = 0
  if s.rate then refill = s.rate * (now - s.at) end
  return math.min(s.limit, s.remaining + refill) - s.pending - (s.started or 0)
end
`;

/**
 * KEYS: state, in flight. ARGV: wanted, lease ms, member prefix.
 * Returns {granted, retry ms (-1: when an answer arrives), first sequence number}.
 */
const TAKE = `${NOW}
local wanted = tonumber(ARGV[1])
local hold = s.hold or 0
if hold > now then return {0, hold - now, 0} end
local inflight = redis.call('ZCARD', KEYS[2])
local granted = 0
local retry = 0
if s.unmetered == 1 then
  granted = wanted
elseif not s.remaining then
  -- Nothing learnt yet: one call goes alone and its answer tells the budget.
  if inflight == 0 then granted = 1 else retry = -1 end
else
  local b = budget(now, s)
  if b >= 1 then
    granted = math.min(wanted, math.floor(b))
  else
    local untilReset = 1000
    if s.reset then untilReset = s.reset - now end
    if untilReset <= 0 then
      -- Past the reset, one call goes alone and its answer tells the new budget.
      if inflight == 0 then granted = 1 else retry = -1 end
    else
      local spent = s.pending + (s.started or 0)
      local untilRefill = untilReset
      if s.rate and s.limit >= spent + 1 then
        untilRefill = math.ceil((spent + 1 - s.remaining) / s.rate - (now - s.at))
      end
      retry = math.max(1, math.min(untilReset, untilRefill))
    end
  end
end
if granted < wanted and retry == 0 then retry = -1 end
local first = 0
if granted > 0 then
  first = redis.call('HINCRBY', KEYS[1], 'seq', granted) - granted + 1
  if s.remaining then redis.call('HSET', KEYS[1], 'started', (s.started or 0) + granted) end
  for i = 0, granted - 1 do
    redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[3] .. ':' .. (first + i))
  end
end
redis.call('PEXPIRE', KEYS[1], 3600000)
redis.call('PEXPIRE', KEYS[2], 3600000)
return {granted, retry, first}
`;

/**
 * KEYS: state, in flight, answered since the rate anchor, observed. ARGV: member, sequence, status,
 * remaining ('' when not reported), limit, reset (epoch ms or ''), hold ms after a 429 ('' when none),
 * lease ms.
 */
const OBSERVE = `${NOW}
local startedAt = nil
local leaseEnd = redis.call('ZSCORE', KEYS[2], ARGV[1])
if leaseEnd then startedAt = tonumber(leaseEnd) - tonumber(ARGV[8]) end
redis.call('ZREM', KEYS[2], ARGV[1])
-- Calls granted before this one and observed since it was granted: they may have reached the tenant
-- after it, missing from its remaining (a lease past its end: since when is unknown, so within a
-- lease's length). Calls granted after it do not matter: an answer of theirs observed first was the
-- newer reading, and this one may then only lower the budget.
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - tonumber(ARGV[8]))
local unreflected = 0
for _, member in ipairs(redis.call('ZRANGEBYSCORE', KEYS[4], startedAt or '-inf', '+inf')) do
  if tonumber(member) < tonumber(ARGV[2]) then unreflected = unreflected + 1 end
end
redis.call('ZADD', KEYS[4], now, ARGV[2])
redis.call('PEXPIRE', KEYS[4], tonumber(ARGV[8]))
local seq = tonumber(ARGV[2])
local status = tonumber(ARGV[3])
if ARGV[7] ~= '' then
  redis.call('HSET', KEYS[1], 'hold', math.max(s.hold or 0, now + tonumber(ARGV[7])))
end
if ARGV[4] == '' then
  if not s.remaining and status >= 200 and status < 300 then redis.call('HSET', KEYS[1], 'unmetered', 1) end
  return 0
end
redis.call('HDEL', KEYS[1], 'unmetered')
local remaining = tonumber(ARGV[4])
if status == 429 then remaining = 0 end
local limit = tonumber(ARGV[5])
if not limit or limit <= 0 then limit = math.max(remaining + 1, s.limit or 0) end
local pending = redis.call('ZCARD', KEYS[2]) + unreflected
-- An answer to a call started before one already answered may predate it upstream: it may only lower the budget.
local fresh = seq > (s.newest or 0)
if fresh or not s.remaining or remaining - pending < budget(now, s) then
  redis.call('HSET', KEYS[1], 'remaining', remaining, 'limit', limit, 'at', now, 'pending', pending, 'started', 0)
  if ARGV[6] ~= '' then redis.call('HSET', KEYS[1], 'reset', tonumber(ARGV[6])) else redis.call('HDEL', KEYS[1], 'reset') end
end
if fresh then redis.call('HSET', KEYS[1], 'newest', seq) end
-- A lease past its end (a replica that stalled) tells nothing certain of when its call started.
if status == 429 or not startedAt then return 0 end
-- Refill rate, as the pacer learns it: between two readings the bucket went from r1 to r2 while n
-- requests spent it, so refill >= r2 - r1 + n - 1 (the -1 absorbs the rounding of remaining). Only
-- what is certain counts, whatever the delays between Redis, the replicas and the tenant: n counts
-- the calls granted after the first answer was observed and observed before the second call was
-- granted (the second included, if granted after the first answer), and the time is the longest the
-- readings can be apart, from the first call's grant to the second answer's observation. Each
-- estimate is then a lower bound of the tenant's rate, so the highest over a window growing to 10 s
-- is too; a full bucket says nothing of the rate.
local function anchor()
  redis.call('HSET', KEYS[1], 'anchorRemaining', remaining, 'anchorStartedAt', startedAt, 'anchorAnsweredAt', now)
  redis.call('DEL', KEYS[3])
end
if not s.anchorStartedAt then
  if fresh then anchor() end
  return 0
end
local elapsed = now - s.anchorStartedAt
if not fresh or elapsed < 1000 then
  redis.call('RPUSH', KEYS[3], startedAt, now)
  redis.call('LTRIM', KEYS[3], -20000, -1)
  redis.call('PEXPIRE', KEYS[3], 3600000)
  return 0
end
local spent = 0
if startedAt > s.anchorAnsweredAt then spent = 1 end
local answered = redis.call('LRANGE', KEYS[3], 0, -1)
for i = 1, #answered, 2 do
  if tonumber(answered[i]) > s.anchorAnsweredAt and tonumber(answered[i + 1]) < startedAt then spent = spent + 1 end
end
local refilled = remaining - s.anchorRemaining + spent - 1
if remaining < limit - 1 and refilled > 0 then
  local rate = refilled / elapsed * ${RATE_SAFETY}
  if not s.rate or elapsed >= (s.rateWindow or 0) or rate > s.rate then
    redis.call('HSET', KEYS[1], 'rate', rate, 'rateWindow', math.min(elapsed, 10000))
  end
end
if elapsed >= 10000 or remaining >= limit - 1 then
  anchor()
else
  redis.call('RPUSH', KEYS[3], startedAt, now)
  redis.call('PEXPIRE', KEYS[3], 3600000)
end
return 0
`;

export interface RedisRateBudgetOptions {
  /** Longest hold after a 429. */
  maxHoldMs: number;
  /** How long a call counts as in flight at most (its whole deadline). */
  leaseMs: number;
}

/** The shared bucket (see above) behind the pacer's SharedRateBudget interface. */
export class RedisRateBudget implements SharedRateBudget {
  private readonly keys: [string, string, string, string];
  /** Names this replica's in-flight members. */
  private readonly replica = randomUUID();

  constructor(
    private readonly store: RedisStore,
    private readonly options: RedisRateBudgetOptions,
  ) {
    this.keys = [`${store.prefix}rate`, `${store.prefix}rate:inflight`, `${store.prefix}rate:answered`, `${store.prefix}rate:observed`];
    store.redis.defineCommand("usergraphTake", { numberOfKeys: 2, lua: TAKE });
    store.redis.defineCommand("usergraphObserve", { numberOfKeys: 4, lua: OBSERVE });
  }

  get available(): boolean {
    return this.store.available;
  }

  async take(wanted: number): Promise<SharedGrant | undefined> {
    const answer = await this.store.run((redis) =>
      (redis as unknown as ScriptCommands).usergraphTake(this.keys[0], this.keys[1], wanted, this.options.leaseMs, this.replica),
    );
    if (!answer) return undefined;
    const [granted, retry, first] = answer.map(Number) as [number, number, number];
    const leases: SharedLease[] = [];
    for (let i = 0; i < granted; i += 1) leases.push(this.lease(first + i));
    // -1: nothing to wait for but an answer, possibly another replica's; ask again shortly.
    return { leases, retryInMs: granted >= wanted ? 0 : retry < 0 ? ANSWER_POLL_MS : retry };
  }

  private lease(seq: number): SharedLease {
    let released = false;
    return {
      release: (answer) => {
        if (released) return;
        released = true;
        const member = `${this.replica}:${seq}`;
        const args = answer ? observation(answer.status, answer.headers, this.options.maxHoldMs) : ["0", "", "", "", ""];
        void this.store.run((redis) =>
          (redis as unknown as ScriptCommands).usergraphObserve(...this.keys, member, seq, ...args, this.options.leaseMs),
        );
      },
    };
  }
}

/** How soon a replica waiting for an answer (its own or another's) asks again. */
const ANSWER_POLL_MS = 20;
const FALLBACK_HOLD_MS = 1_000;

function observation(status: number, headers: ResponseHeaders, maxHoldMs: number): string[] {
  const remaining = header(headers, "x-ratelimit-remaining");
  const reported = remaining !== undefined && Number.isFinite(Number(remaining));
  const limit = Number(header(headers, "x-ratelimit-limit"));
  const resetAt = rateLimitResetAt(headers);
  const hold = status === 429 ? Math.min(rateLimitWaitMs(headers) ?? FALLBACK_HOLD_MS, maxHoldMs) : undefined;
  return [
    String(status),
    reported ? String(Math.max(0, Math.floor(Number(remaining)))) : "",
    Number.isFinite(limit) && limit > 0 ? String(limit) : "",
    reported && resetAt !== undefined ? String(resetAt) : "",
    hold !== undefined ? String(Math.round(hold)) : "",
  ];
}

interface ScriptCommands {
  usergraphTake(state: string, inflight: string, wanted: number, leaseMs: number, prefix: string): Promise<unknown[]>;
  usergraphObserve(
    state: string,
    inflight: string,
    answered: string,
    observed: string,
    member: string,
    seq: number,
    ...args: (string | number)[]
  ): Promise<unknown>;
}
