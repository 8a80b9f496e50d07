import type { Caller } from "../auth/caller.js";
import type { Loaders } from "../loaders/index.js";
import type { CallScope } from "../upstream/call-scope.js";
import type { ManagementClient } from "../upstream/client.js";
import type { JobWatch } from "../upstream/job-watch.js";

/** What every resolver of one GraphQL operation sees. */
export interface GatewayContext {
  caller: Caller;
  /** The upstream client, counting this operation's calls. */
  client: ManagementClient;
  /** This operation's batching and caching loaders; every upstream read goes through them. */
  loaders: Loaders;
  requestId: string;
  /** This operation's upstream calls as a whole: its pacer lane, deadline, and cancellation once its result is settled. */
  calls: CallScope;
  /** The gateway's shared job polls (`Subscription.jobProgress`). */
  jobWatch: JobWatch;
  /** Management API requests (attempts, retries included) this operation has made so far. */
  upstreamCalls: UpstreamCallCount;
}

export interface UpstreamCallCount {
  total: number;
  /** By "METHOD /route", e.g. "GET /users/{id}". */
  byRoute: Record<string, number>;
}
