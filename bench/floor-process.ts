// The floor the gateway's figures are read against: a bare node:http server that answers each POST
// with one undici GET to the emulator's Management API, run the same way as the gateway process (tsx,
// its own process). Its CPU per request is what any Node server making one upstream call pays on
// this machine. Same IPC as bench/gateway-process.ts.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Agent, request } from "undici";
import type { GatewayMessage } from "./gateway-process.js";

const upstream = process.env.FLOOR_UPSTREAM_URL!;
const token = process.env.FLOOR_UPSTREAM_TOKEN!;
const agent = new Agent({ connections: 32 });
const send = (message: GatewayMessage) => process.send?.(message);

const server = createServer(async (req, res) => {
  for await (const _chunk of req);
  const answer = await request(upstream, { dispatcher: agent, headers: { authorization: `Bearer ${token}` } });
  const body = await answer.body.text();
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ data: { bytes: body.length } }));
});
server.listen(0, "127.0.0.1", () => send({ type: "ready", url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
process.on("message", (message: { type: string }) => {
  if (message.type === "usage") {
    const cpu = process.cpuUsage();
    send({ type: "usage", cpuMicros: cpu.user + cpu.system, maxRssBytes: process.resourceUsage().maxRSS * 1024 });
  } else if (message.type === "stop") {
    server.close();
    server.closeAllConnections();
    void agent.close();
    process.disconnect?.();
  }
});
