// The compiled gateway (`node dist/main.js`, as `npm start` runs it) in a child process against an
// emulator, and its CPU time and memory read from /proc: for the scripts that measure the gateway
// itself, apart from the client and the emulator sharing the machine.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { RunningEmulator } from "../src/emulator/index.js";
import { gatewayNodeFlags } from "./gateway-flags.js";

/** CPU time (user + system) and memory of a process, from /proc. */
export function procUsage(pid: number): { cpuMs: number; rssMB: number; peakMB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const mb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN) / 1024;
  return { cpuMs: (Number(fields[11]) + Number(fields[12])) * 10, rssMB: mb("VmRSS"), peakMB: mb("VmHWM") };
}

export interface CompiledGateway {
  url: string;
  pid: number;
  /** RSS when it is ready, before any request. */
  idleRssMB: number;
  stop(): Promise<void>;
}

/**
 * Starts `<dist>/main.js` in tenant mode against `emulator`, on a free loopback port, with `nodeArgs`
 * or else npm start's Node flags (and BENCH_GATEWAY_NODE_ARGS: bench/gateway-flags.ts).
 */
export async function startCompiledGateway(
  emulator: RunningEmulator,
  options: { dist: string; nodeArgs?: string[]; audience: string; env?: Record<string, string> },
): Promise<CompiledGateway> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? gatewayNodeFlags()), resolve(options.dist, "main.js")], {
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      LOG_LEVEL: "silent",
      GRAPHIQL: "false",
      HOST: "127.0.0.1",
      PORT: "0",
      AUTH0_DOMAIN: emulator.url,
      AUTH0_CLIENT_ID: emulator.clientId,
      AUTH0_CLIENT_SECRET: emulator.clientSecret,
      AUTH_ISSUER: `${emulator.url}/`,
      AUTH_AUDIENCE: options.audience,
      ...options.env,
    },
  });
  let out = "";
  const url = await new Promise<string>((ready, fail) => {
    child.once("exit", (code) => fail(new Error(`main.js exited (${code}):\n${out}`)));
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const match = /GraphQL\s+(http:\/\/\S+)\/graphql/.exec(out);
      if (match) ready(match[1]!);
    });
  });
  const stop = () =>
    new Promise<void>((done) => {
      child.removeAllListeners("exit");
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
    });
  return { url, pid: child.pid!, idleRssMB: procUsage(child.pid!).rssMB, stop };
}
