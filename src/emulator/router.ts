import FindMyWay from "find-my-way";
import type { Route } from "./route.js";
import { managementRoutes } from "./routes/index.js";
import { authRoutes, type AuthEndpoint } from "./routes/auth.js";

export type Handler = { kind: "management"; route: Route } | { kind: "auth"; endpoint: AuthEndpoint };

export interface RouteMatch {
  handler: Handler;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  /** The matched path template (the stats key), e.g. "/api/v2/users/{id}". */
  template: string;
}

function toRouterPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ":$1");
}

/** Finds the Management API route or auth endpoint a method and path go to. */
export function createRouter(): (method: string, pathname: string) => RouteMatch | undefined {
  const router = FindMyWay<FindMyWay.HTTPVersion.V1>({ ignoreTrailingSlash: true });
  const handlers = new Map<string, Handler>();
  const add = (method: string, path: string, handler: Handler) => {
    const key = `${method} ${path}`;
    handlers.set(key, handler);
    router.on(method as FindMyWay.HTTPMethod, toRouterPath(path), () => undefined, { key });
  };
  for (const route of managementRoutes) add(route.method, route.path, { kind: "management", route });
  for (const endpoint of authRoutes) add(endpoint.method, endpoint.path, { kind: "auth", endpoint });

  return (method, pathname) => {
    const found = router.find(method as FindMyWay.HTTPMethod, pathname);
    const key = (found?.store as { key?: string } | undefined)?.key;
    const handler = key ? handlers.get(key) : undefined;
    if (!found || !handler) return undefined;
    const template = handler.kind === "management" ? handler.route.path : handler.endpoint.path;
    return { handler, params: { ...(found.params as Record<string, string>) }, template };
  };
}
