import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface HttpLifecycle {
  server: Server;
  /** True once close or shutdown has begun (/readyz answers 503 from then on). */
  isDraining(): boolean;
  /** Starts listening; resolves with the origin, e.g. http://127.0.0.1:4000. */
  listen(port: number, host: string): Promise<string>;
  /** Stops at once: open connections are cut. */
  close(): Promise<void>;
  /**
   * Stops gracefully: no new connections, requests in flight get up to `timeoutMs` to finish, then
   * every connection is closed. `drained` is false if some were cut.
   */
  shutdown(timeoutMs: number): Promise<{ drained: boolean }>;
}

/** The HTTP server around a request handler: listening, the sockets it holds, and a graceful shutdown. */
export function createHttpLifecycle(handler: RequestListener): HttpLifecycle {
  let draining = false;
  const sockets = new Set<Socket>();
  const server = createServer(handler);
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  // Requests in flight, for a graceful shutdown.
  let inFlight = 0;
  let onIdle: (() => void) | undefined;
  server.on("request", (_req, res) => {
    inFlight += 1;
    if (draining) res.setHeader("connection", "close");
    res.on("close", () => {
      inFlight -= 1;
      if (draining) server.closeIdleConnections();
      if (inFlight === 0) onIdle?.();
    });
  });

  return {
    server,
    isDraining: () => draining,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const address = server.address() as AddressInfo;
          const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
          resolve(`http://${shown}:${address.port}`);
        });
      }),
    close: async () => {
      draining = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    shutdown: async (timeoutMs) => {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const drained = await Promise.race([
        new Promise<boolean>((resolve) => {
          onIdle = () => resolve(true);
          if (inFlight === 0) resolve(true);
        }),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await closed;
      return { drained };
    },
  };
}
