// The request body limit: yoga's built-in `maxRequestBodySize` (pipes every body through a stream
// transform) against src/auth/request-body-limit.ts (decides by Content-Length when there is one).
// Two gateways-in-miniature over HTTP on loopback, same schema, same small POST; prints the
// gateway process's CPU per request for each, alternating rounds so load on the machine hits both.
//   npx tsx bench/body-limit.ts            (BENCH_REQUESTS and BENCH_ROUNDS override the defaults)
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createSchema, createYoga } from "graphql-yoga";
import { useRequestBodyLimit } from "../src/auth/request-body-limit.js";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const LIMIT = 1_048_576;

const schema = createSchema({
  typeDefs: "type Query { hello(name: String): String }",
  resolvers: { Query: { hello: (_: unknown, a: { name?: string }) => a.name ?? "" } },
});
const variants = {
  "yoga maxRequestBodySize": createYoga({ schema, logging: false, maxRequestBodySize: LIMIT }),
  useRequestBodyLimit: createYoga({ schema, logging: false, maxRequestBodySize: false, plugins: [useRequestBodyLimit(LIMIT)] }),
};

const body = JSON.stringify({ query: "query Q($n: String) { hello(name: $n) }", variables: { n: "x".repeat(200) } });

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function post(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const servers = Object.entries(variants).map(([name, yoga]) => ({ name, server: createServer(yoga) }));
const ports = await Promise.all(servers.map(({ server }) => listen(server)));
const cpu: Record<string, number[]> = Object.fromEntries(servers.map(({ name }) => [name, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [i, { name }] of servers.entries()) {
    for (let w = 0; w < 200; w += 1) await post(ports[i]!);
    // Client and servers share the process: the figure includes the client's side, the same for both.
    const before = process.cpuUsage();
    for (let n = 0; n < REQUESTS; n += 1) await post(ports[i]!);
    const used = process.cpuUsage(before);
    cpu[name]!.push((used.user + used.system) / REQUESTS);
  }
}
for (const [name, perRequest] of Object.entries(cpu)) {
  const sorted = [...perRequest].sort((a, b) => a - b);
  console.log(
    `${name.padEnd(26)} CPU per request (µs, client included): median ` +
      `${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)}  all ${perRequest.map((v) => v.toFixed(0)).join(" ")}`,
  );
}
for (const { server } of servers) server.close();
