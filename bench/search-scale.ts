// User search at scale: starts the emulator with 100,000 seeded users on a free loopback port and
// times representative GET /users searches over HTTP (Auth0 answers 503 past ~2 s).
//   npx tsx bench/search-scale.ts            (BENCH_USERS and BENCH_RUNS override the defaults)
import { startEmulator } from "../src/emulator/index.js";
import type { StoredUser } from "../src/emulator/state.js";

const USERS = Number(process.env.BENCH_USERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

const seedStarted = performance.now();
const emulator = await startEmulator({ host: "127.0.0.1", port: 0, users: USERS, seed: 1 });
const seedMs = performance.now() - seedStarted;

try {
  const token = await emulator.mintToken({ scope: "read:users" });
  const users = [...emulator.state.users.values()];
  const at = (fraction: number) => users[Math.floor(users.length * fraction)]!;
  const withEmail = users.find((u, i) => i > users.length / 2 && u.email)!;
  const named = users.find((u, i) => i > users.length / 3 && (u.name ?? "").length > 3)!;
  const resident = users.find((u) => Array.isArray(u.user_metadata?.addresses) && (u.user_metadata!.addresses as unknown[]).length > 0)!;
  const city = (resident.user_metadata!.addresses as { city: string }[])[0]!.city;
  const hundredIds = Array.from({ length: 100 }, (_, i) => at(i / 100).user_id);

  const cases: { name: string; query: Record<string, string> }[] = [
    { name: "exact email", query: { q: `email:"${withEmail.email}"` } },
    { name: "wildcard name", query: { q: `name:${named.name!.slice(0, 3).toLowerCase()}*`, per_page: "50", include_totals: "true" } },
    { name: "100-id OR list", query: { q: `user_id:(${hundredIds.map((id) => `"${id}"`).join(" OR ")})`, per_page: "100" } },
    { name: "date range", query: { q: "created_at:[2021-01-01 TO 2021-06-30]", include_totals: "true" } },
    { name: "metadata path", query: { q: `user_metadata.addresses.city:"${city}"`, include_totals: "true" } },
    { name: "sorted page", query: { q: "email_verified:true", sort: "created_at:-1", per_page: "100", page: "3", include_totals: "true" } },
    { name: "everyone, totals", query: { per_page: "100", include_totals: "true" } },
  ];

  const rows = [];
  for (const { name, query } of cases) {
    const url = new URL(`${emulator.url}/api/v2/users`);
    for (const [key, value] of Object.entries({ search_engine: "v3", ...query })) url.searchParams.set(key, value);
    const timings: number[] = [];
    let matched: number | string = "";
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as StoredUser[] | { total: number };
      timings.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`${name}: HTTP ${response.status} ${JSON.stringify(body)}`);
      matched = Array.isArray(body) ? body.length : body.total;
    }
    const sorted = [...timings].sort((a, b) => a - b);
    rows.push({
      search: name,
      "url bytes": url.href.length,
      matches: matched,
      "first ms": timings[0]!.toFixed(1),
      "p50 ms": sorted[Math.floor(sorted.length / 2)]!.toFixed(1),
      "max ms": sorted.at(-1)!.toFixed(1),
    });
  }
  console.log(
    `${users.length} users seeded in ${(seedMs / 1000).toFixed(1)} s; ${RUNS} runs per search over HTTP (the first run is included in max)`,
  );
  console.table(rows);
} finally {
  await emulator.close();
}
