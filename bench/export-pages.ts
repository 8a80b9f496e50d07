// Paging a large users export: starts the emulator with 100,000 seeded users on a free loopback port,
// exports them (JSON, or CSV with BENCH_FORMAT=csv), and reads pages of 100 at the start, the middle and the end of the file
// through the client's streaming reader, printing each page's time and the heap and RSS around it.
// A page streams the gzip file line by line and stops once full, so memory stays flat wherever the
// page is.
//   node --expose-gc --import tsx bench/export-pages.ts       (BENCH_USERS overrides the default)
// The emulator runs in the same process, so the heap includes its 100,000 users: what matters is how
// much a page adds, the difference between the heap before and after it.
import { loadConfig } from "../src/config.js";
import { startEmulator } from "../src/emulator/index.js";
import { createManagementClient } from "../src/upstream/index.js";

const USERS = Number(process.env.BENCH_USERS ?? 100_000);
const FORMAT = process.env.BENCH_FORMAT === "csv" ? "csv" : "json";
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const emulator = await startEmulator({ host: "127.0.0.1", port: 0, users: USERS, seed: 1, jobs: { usersPerSecond: 1_000_000 } });
const config = loadConfig({
  AUTH0_DOMAIN: emulator.url,
  AUTH0_CLIENT_ID: emulator.clientId,
  AUTH0_CLIENT_SECRET: emulator.clientSecret,
  AUTH_ISSUER: `${emulator.url}/`,
  AUTH_AUDIENCE: "bench",
});
const client = createManagementClient(config.upstream!);
try {
  const created = await client.createUsersExportJob({ format: FORMAT });
  let job = await client.getJob(created.id);
  while (job.status !== "completed") {
    await new Promise((resolve) => setTimeout(resolve, 100));
    job = await client.getJob(created.id);
  }
  const file = (await emulator.jobs.files.read(created.id))?.length ?? 0;
  process.stdout.write(
    `${USERS} users exported as ${FORMAT}, file ${mb(file)} MB gzip\n\n| page at | ms | heap before ` +
      `MB | heap after MB | rss MB |\n| --- | --- | --- | --- | --- |\n`,
  );
  for (const offset of [0, Math.floor(USERS / 2), USERS - 100]) {
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const page = await client.readUsersExportPage((await client.getJob(created.id)).location!, { offset, limit: 100, format: FORMAT });
    const ms = performance.now() - started;
    const { heapUsed, rss } = process.memoryUsage();
    process.stdout.write(
      `| ${offset} (${page.items.length} users) | ${ms.toFixed(0)} | ${mb(heapBefore)} | ${mb(heapUsed)} | ${mb(rss)} |\n`,
    );
  }
} finally {
  await client.close();
  await emulator.close();
}
