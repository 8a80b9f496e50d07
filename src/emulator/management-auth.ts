import type { IncomingMessage } from "node:http";
import { ApiError } from "./errors.js";
import type { Caller, Route } from "./route.js";
import { managementRoutes } from "./routes/index.js";
import type { TokenIssuer } from "./tokens.js";

/** Scopes the dev client's client-credentials grant carries: every one a route checks, bar the self-service and IdP-token ones. */
export function devClientScopes(): string[] {
  return [
    ...new Set(
      managementRoutes
        .flatMap((route) => [...route.scopes, ...(route.alsoAdmittedBy ?? [])])
        .filter((scope) => !scope.includes("current_user") && scope !== "read:user_idp_tokens"),
    ),
  ].sort();
}

function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** The Management API caller of a request: its bearer token, verified for the Management API audience. */
export async function authenticate(req: IncomingMessage, issuer: TokenIssuer, managementAudience: string): Promise<Caller> {
  const token = bearer(req);
  if (!token) throw new ApiError(401, "Missing authentication");
  let payload: Awaited<ReturnType<TokenIssuer["verify"]>>;
  try {
    payload = await issuer.verify(token, managementAudience);
  } catch {
    throw new ApiError(401, "Invalid token");
  }
  const scope = typeof payload.scope === "string" ? payload.scope : "";
  return {
    sub: String(payload.sub ?? ""),
    scopes: new Set(scope.split(" ").filter(Boolean)),
    ...(typeof payload.azp === "string" ? { clientId: payload.azp } : {}),
  };
}

/** The scope that admits the caller to the route; Auth0's 403 when none does. */
export function admit(route: Route, caller: Caller): string {
  if (route.scopeMode === "all") {
    if (route.scopes.every((s) => caller.scopes.has(s))) return route.scopes[0] ?? "";
    const alternative = route.alsoAdmittedBy?.find((s) => caller.scopes.has(s));
    if (alternative) return alternative;
    throw new ApiError(403, `Insufficient scope, expected all of: ${route.scopes.join(",")}`, "insufficient_scope");
  }
  const granted = route.scopes.find((s) => caller.scopes.has(s));
  if (granted) return granted;
  throw new ApiError(403, `Insufficient scope, expected any of: ${route.scopes.join(",")}`, "insufficient_scope");
}
