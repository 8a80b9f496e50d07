import { integer, oneOf, type SectionSpec, type SectionValues } from "./variables.js";

/** The emulator `src/main.ts` starts in embedded mode. */
export interface EmbeddedEmulatorConfig {
  port: number;
  users: number;
  seed: number;
  /** Added to every emulated Management API answer. */
  latencyMs: number;
}

/** The embedded emulator, GraphiQL, shutdown and the operation deadline. */
export const operationsVariables = {
  EMULATOR_PORT: {
    default: "4010",
    description: "Embedded mode: port of the emulator (0 picks a free one); it listens on 127.0.0.1.",
    parse: integer(0, 65_535),
  },
  EMULATOR_USERS: { default: "200", description: "Embedded mode: users seeded into the emulator.", parse: integer(0, 100_000) },
  EMULATOR_SEED: { default: "1", description: "Embedded mode: seed of the emulator's demo data.", parse: integer(0, 2_147_483_647) },
  EMULATOR_LATENCY_MS: {
    default: "0",
    description: "Embedded mode: how long every emulated Management API answer takes (ms), the emulator's own work included.",
    parse: integer(0, 600_000),
  },
  GRAPHIQL: { default: "true", description: "Serve GraphiQL at /graphql to browsers (true or false).", parse: oneOf(["true", "false"]) },
  SHUTDOWN_TIMEOUT_MS: {
    default: "10000",
    description: "On SIGTERM/SIGINT, how long in-flight operations get to finish before connections are closed.",
    parse: integer(0, 600_000),
  },
  OPERATION_TIMEOUT_MS: {
    default: "30000",
    description:
      "Deadline of one GraphQL operation: its Management API calls still waiting or in flight after it are " +
      "cancelled, and the fields that needed them answer OPERATION_TIMEOUT.",
    parse: integer(1, 600_000),
  },
} satisfies SectionSpec;

export function toEmbeddedEmulator(v: SectionValues<typeof operationsVariables>): EmbeddedEmulatorConfig {
  return { port: v.EMULATOR_PORT, users: v.EMULATOR_USERS, seed: v.EMULATOR_SEED, latencyMs: v.EMULATOR_LATENCY_MS };
}
