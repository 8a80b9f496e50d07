// The gateway under benchmark, in its own process so that its CPU and memory are its own: wired from
// the environment exactly as src/main.ts wires it against a tenant (here, the benchmark's emulator).
// Started by bench/run.ts over IPC: it answers "ready" with its origin, and "usage" with its CPU time
// and peak RSS, and stops on "stop".
import pino from "pino";
import { loadConfig } from "../src/config.js";
import { assembleGateway, type ResolvedConfig } from "../src/server.js";

export type GatewayMessage =
  | { type: "ready"; url: string }
  | { type: "usage"; cpuMicros: number; maxRssBytes: number }
  | { type: "planned" }
  | { type: "failed"; message: string };

const send = (message: GatewayMessage) => process.send?.(message);

try {
  const config = loadConfig(process.env) as ResolvedConfig;
  const assembled = assembleGateway(config, { logger: pino({ level: "silent" }) });
  const url = await assembled.gateway.listen(0, "127.0.0.1");
  process.on("message", async (message: { type: string }) => {
    if (message.type === "usage") {
      const cpu = process.cpuUsage();
      send({ type: "usage", cpuMicros: cpu.user + cpu.system, maxRssBytes: process.resourceUsage().maxRSS * 1024 });
    } else if (message.type === "stop") {
      await assembled.gateway.close();
      await assembled.closeClient();
      process.disconnect?.();
    }
  });
  send({ type: "ready", url });
} catch (error) {
  send({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
  process.disconnect?.();
}
