export { startEmulator, DEV_CLIENT_ID, DEV_CLIENT_SECRET, type EmulatorOptions, type RunningEmulator } from "./server.js";
export type { FaultRule, FaultAction } from "./faults.js";
export type { CallStatsSnapshot, RecordedRequest } from "./stats.js";
