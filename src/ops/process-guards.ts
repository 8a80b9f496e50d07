import type { Logger } from "pino";
import { scrub } from "../upstream/errors.js";

/** The frames of an error's stack, without its first line (the message is logged on its own, scrubbed). */
function frames(error: Error): string[] {
  return (error.stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at "));
}

/**
 * A promise rejection nobody handled is a bug of one request, not a reason to stop answering every
 * other caller (Node's default ends the process, the embedded emulator with it): log it and keep
 * serving. Its message is scrubbed of anything token-shaped.
 */
export function keepServingOnUnhandledRejection(logger: Logger): void {
  process.on("unhandledRejection", (reason) => {
    const error = reason instanceof Error ? reason : undefined;
    logger.error(
      {
        reason: error ? { type: error.name, message: scrub(error.message).slice(0, 500), stack: frames(error) } : { type: typeof reason },
      },
      "unhandled promise rejection (a bug); still serving",
    );
  });
}
