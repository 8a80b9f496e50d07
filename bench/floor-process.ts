// The floor the gateway's figures are read against: a bare node:http server that answers each POST
// by making the upstream calls of one operation — the same requests, in the same round trips, as the
// gateway made them (its plan) — with undici, and answering a small JSON. No GraphQL, no checks, no
// accounting: what any Node server making those calls pays on this machine. Run the same way as the
// gateway process (tsx, its own process), over the same IPC, plus "plan" to set the calls.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Agent, request } from "undici";

/** Round trips, in order; each is request-targets (path and query) sent together. */
export type FloorPlan = string[][];
export type FloorMessage = { type: "usage" } | { type: "stop" } | { type: "plan"; rounds: FloorPlan };

const origin = process.env.FLOOR_UPSTREAM_ORIGIN!;
const headers = { authorization: `Bearer ${process.env.FLOOR_UPSTREAM_TOKEN!}`, accept: "application/json" };
const agent = new Agent({ connections: Number(process.env.FLOOR_CONNECTIONS ?? 200) });
/** What a benchmark process answers over IPC (bench/run.ts). */
export type GatewayMessage =
  | { type: "ready"; url: string }
  | { type: "usage"; cpuMicros: number; maxRssBytes: number }
  | { type: "planned" }
  | { type: "failed"; message: string };

const send = (message: GatewayMessage) => process.send?.(message);
let plan: FloorPlan = [];

const server = createServer(async (req, res) => {
  for await (const _chunk of req);
  let calls = 0;
  for (const round of plan) {
    await Promise.all(
      round.map(async (target) => {
        const answer = await request(`${origin}${target}`, { dispatcher: agent, headers });
        await answer.body.json();
        calls += 1;
      }),
    );
  }
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ data: { calls } }));
});
server.listen(0, "127.0.0.1", () => send({ type: "ready", url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
process.on("message", (message: FloorMessage) => {
  if (message.type === "plan") {
    plan = message.rounds;
    send({ type: "planned" });
  } else if (message.type === "usage") {
    const cpu = process.cpuUsage();
    send({ type: "usage", cpuMicros: cpu.user + cpu.system, maxRssBytes: process.resourceUsage().maxRSS * 1024 });
  } else if (message.type === "stop") {
    server.close();
    server.closeAllConnections();
    void agent.close();
    process.disconnect?.();
  }
});
