// Preloaded into the gateway by bench/allocation.ts (`node --import ./bench/heap-sampling.mjs dist/main.js`):
// V8's sampling heap profiler, counting objects the garbage collector has already freed too, so a
// profile holds what was allocated, not only what survived. Each SIGUSR2 writes the profile since the
// previous one to HEAP_SAMPLING_DIR/<n>.heapprofile (renamed into place when complete) and starts anew.
import { renameSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";

const dir = process.env.HEAP_SAMPLING_DIR ?? ".";
const session = new Session();
session.connect();
await session.post("HeapProfiler.enable");
const start = () =>
  session.post("HeapProfiler.startSampling", {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
await start();
let written = 0;
process.on("SIGUSR2", async () => {
  const { profile } = await session.post("HeapProfiler.stopSampling");
  await start();
  const file = join(dir, `${written++}.heapprofile`);
  writeFileSync(`${file}.part`, JSON.stringify(profile));
  renameSync(`${file}.part`, file);
});
