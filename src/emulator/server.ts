import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { ApiError } from "./errors.js";
import { FaultSwitch, type FaultRule } from "./faults.js";
import { DiskExportFiles } from "./jobs/export-files.js";
import { JobBoard, type JobBoardOptions } from "./jobs/job-board.js";
import { devClientScopes } from "./management-auth.js";
import { Journal } from "./journal.js";
import { PreciseClock } from "./precise-clock.js";
import { TokenBucket } from "./rate-limit.js";
import { sendJson } from "./replies.js";
import { createRequestHandler } from "./request-handler.js";
import { createRouter } from "./router.js";
import type { EmulatorServices } from "./routes/auth.js";
import { seedState } from "./seed.js";
import type { EmulatorState } from "./state.js";
import { CallStats, type CallStatsSnapshot, type RecordedRequest } from "./stats.js";
import { TokenIssuer } from "./tokens.js";

export interface EmulatorOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  users?: number;
  seed?: number;
  latencyMs?: number;
  jitterMs?: number;
  /** Tenant rate limit in requests per second; generous when unset. */
  rateLimit?: number;
  /** Token bucket size; defaults to the rate limit (at least 1). */
  burst?: number;
  clientId?: string;
  clientSecret?: string;
  /**
   * Keep the state in this file and load it on start when it exists: every write is journaled
   * (journal.ts) before it is answered, and the snapshot is rewritten atomically now and then.
   */
  dataFile?: string;
  /** With dataFile: the journal's size that triggers a new snapshot (4 MiB; tests use less). */
  compactAfterBytes?: number;
  /** Lifetime of client-credentials tokens, in seconds. */
  tokenExpiresIn?: number;
  /** Start from this state instead of seeding one. */
  state?: EmulatorState;
  /** Jobs: users processed per second, how long a job stays pending, export link and job lifetimes. */
  jobs?: JobBoardOptions;
}

export interface RunningEmulator {
  /** The origin, e.g. http://127.0.0.1:4010 — the Management API is `${url}/api/v2`. */
  url: string;
  clientId: string;
  clientSecret: string;
  state: EmulatorState;
  jobs: JobBoard;
  faults: Pick<FaultSwitch, "add" | "clear">;
  stats(): CallStatsSnapshot;
  /** The latest requests counted in the stats (method and path with query string), oldest first. */
  requests(): RecordedRequest[];
  resetStats(): void;
  mintToken(options: { sub?: string; scope: string; audience?: string; expiresIn?: number }): Promise<string>;
  close(): Promise<void>;
}

export const DEV_CLIENT_ID = "usergraph-dev-client";
export const DEV_CLIENT_SECRET = "usergraph-dev-secret";

const GENEROUS_RATE = 10_000;
/** Node's header limit (16 KB) would cut long URLs off with a bare 431 before the 414 check. */
const MAX_HEADER_BYTES = 64 * 1024;

/** The seeded state a tenant starts from without a data file (or with a new one). */
const seeded = (options: EmulatorOptions) => () => seedState({ users: options.users ?? 200, seed: options.seed ?? 1 });

/** The HTTP server; an error the handler did not turn into an Auth0 answer becomes a bare 500. */
function createEmulatorHttpServer(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
  const sockets = new Set<Socket>();
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof ApiError) {
        sendJson(res, error.statusCode, error.body(), error.headers);
        return;
      }
      process.stderr.write(`emulator: internal error on ${req.method} ${req.url?.split("?")[0]}: ${(error as Error).stack}\n`);
      sendJson(res, 500, new ApiError(500, "Internal Server Error").body());
    });
  });
  server.keepAliveTimeout = 65_000;
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return {
    /** Resolves with the origin, e.g. http://127.0.0.1:4010. */
    listen: (port: number, host: string) =>
      new Promise<string>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
          resolve(`http://${shown}:${address.port}`);
        });
      }),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const clientId = options.clientId ?? DEV_CLIENT_ID;
  const clientSecret = options.clientSecret ?? DEV_CLIENT_SECRET;
  const journal = options.dataFile
    ? await Journal.open(options.dataFile, seeded(options), { given: options.state, compactAfterBytes: options.compactAfterBytes })
    : undefined;
  const state = journal?.state ?? options.state ?? seeded(options)();
  const issuer = await TokenIssuer.create();
  const stats = new CallStats();
  const faults = new FaultSwitch();
  const rate = options.rateLimit ?? GENEROUS_RATE;
  const clock = new PreciseClock();
  const tokenExpiresIn = options.tokenExpiresIn ?? 86_400;
  const jobs = new JobBoard(options.jobs, {
    jobs: state.jobs,
    ...(options.dataFile ? { files: DiskExportFiles.beside(options.dataFile) } : {}),
    onChange: () => journal?.changed(),
  });
  // Known once the server listens (a port of 0 picks one).
  let origin = "";
  const managementAudience = () => `${origin}/api/v2/`;

  const services: EmulatorServices = {
    state,
    issuer,
    clientId,
    clientSecret,
    grantedScopes: devClientScopes(),
    tokenExpiresIn,
    origin: () => origin,
    managementAudience,
    stats,
    faults,
  };

  const http = createEmulatorHttpServer(
    createRequestHandler({
      route: createRouter(),
      services,
      stats,
      faults,
      bucket: new TokenBucket(rate, options.burst ?? Math.max(1, Math.ceil(rate))),
      clock,
      latencyMs: options.latencyMs ?? 0,
      jitterMs: options.jitterMs ?? 0,
      journal,
      jobs,
    }),
  );
  origin = await http.listen(options.port ?? 0, options.host ?? "127.0.0.1");
  issuer.issuer = `${origin}/`;

  return {
    url: origin,
    clientId,
    clientSecret,
    state,
    jobs,
    faults: { add: (rule: FaultRule) => faults.add(rule), clear: () => faults.clear() },
    stats: () => stats.snapshot(),
    requests: () => stats.requests(),
    resetStats: () => stats.reset(),
    mintToken: ({ sub, scope, audience, expiresIn }) =>
      issuer.mint({
        sub: sub ?? `${clientId}@clients`,
        scope,
        audience: audience ?? managementAudience(),
        expiresIn: expiresIn ?? tokenExpiresIn,
        azp: clientId,
      }),
    close: async () => {
      jobs.close();
      const closed = http.close(); // cuts every socket at once
      clock.release();
      await closed;
      await journal?.close();
    },
  };
}
