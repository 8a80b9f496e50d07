import type { IncomingMessage } from "node:http";
import type { FaultRule, FaultSwitch } from "../faults.js";
import type { Method } from "../route.js";
import type { EmulatorState } from "../state.js";
import type { CallStats } from "../stats.js";
import type { TokenIssuer } from "../tokens.js";

/** What the token, userinfo and /__emulator endpoints reach of the running emulator. */
export interface EmulatorServices {
  state: EmulatorState;
  issuer: TokenIssuer;
  clientId: string;
  clientSecret: string;
  /** Scopes granted to the dev client by the client-credentials grant. */
  grantedScopes: string[];
  tokenExpiresIn: number;
  origin(): string;
  managementAudience(): string;
  stats: CallStats;
  faults: FaultSwitch;
}

export interface AuthEndpointContext {
  req: IncomingMessage;
  url: URL;
  params: Record<string, string>;
  services: EmulatorServices;
  readBody(): Promise<Buffer>;
}

export interface AuthEndpoint {
  method: Method;
  path: string;
  /** Development endpoints are neither counted, delayed, faulted nor rate limited. */
  dev?: boolean;
  handle(ctx: AuthEndpointContext): Promise<{ status: number; body?: unknown; headers?: Record<string, string> }>;
}

const oauthError = (status: number, error: string, description: string) => ({
  status,
  body: { error, error_description: description },
});

async function readParams(ctx: AuthEndpointContext): Promise<Record<string, unknown> | undefined> {
  const raw = (await ctx.readBody()).toString("utf8");
  const type = ctx.req.headers["content-type"] ?? "";
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(raw));
  if (raw.trim() === "") return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const tokenEndpoint: AuthEndpoint = {
  method: "POST",
  path: "/oauth/token",
  async handle(ctx) {
    const { services } = ctx;
    const body = await readParams(ctx);
    if (!body) return oauthError(400, "invalid_request", "The request body must be JSON or form-encoded.");
    const grantType = body.grant_type;
    if (typeof grantType !== "string" || grantType === "") {
      return oauthError(400, "invalid_request", "Missing required parameter: grant_type");
    }
    if (grantType !== "client_credentials") {
      return oauthError(403, "unauthorized_client", `Grant type '${grantType}' not allowed for the client.`);
    }
    if (typeof body.client_id !== "string" || body.client_id === "") {
      return oauthError(401, "access_denied", "Unauthorized");
    }
    if (body.client_id !== services.clientId || body.client_secret !== services.clientSecret) {
      return oauthError(401, "invalid_client", "Client authentication failed");
    }
    const audience = typeof body.audience === "string" && body.audience !== "" ? body.audience : undefined;
    if (audience === undefined)
      return oauthError(403, "access_denied", "No audience parameter was provided, and no default audience has been configured");
    if (audience !== services.managementAudience()) {
      return oauthError(403, "access_denied", `Service not enabled within domain: ${audience}`);
    }
    const scope = services.grantedScopes.join(" ");
    const accessToken = await services.issuer.mint({
      sub: `${services.clientId}@clients`,
      audience,
      scope,
      expiresIn: services.tokenExpiresIn,
      azp: services.clientId,
      claims: { gty: "client-credentials" },
    });
    return {
      status: 200,
      body: { access_token: accessToken, token_type: "Bearer", expires_in: services.tokenExpiresIn, scope },
      headers: { "cache-control": "no-store", pragma: "no-cache" },
    };
  },
};

const userinfoEndpoint: AuthEndpoint = {
  method: "GET",
  path: "/userinfo",
  async handle(ctx) {
    const header = ctx.req.headers.authorization ?? "";
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const unauthorized = (description: string) => ({
      status: 401,
      body: { error: "invalid_token", error_description: description },
      headers: { "www-authenticate": `Bearer error="invalid_token", error_description="${description}"` },
    });
    if (!token) return unauthorized("Missing access token");
    let sub: string;
    try {
      const payload = await ctx.services.issuer.verify(token);
      sub = String(payload.sub ?? "");
    } catch {
      return unauthorized("Invalid or expired access token");
    }
    const user = ctx.services.state.users.get(sub);
    if (!user) return unauthorized("The access token does not belong to a user");
    const claims: Record<string, unknown> = { sub: user.user_id };
    const pairs: [string, unknown][] = [
      ["name", user.name],
      ["given_name", user.given_name],
      ["family_name", user.family_name],
      ["nickname", user.nickname],
      ["picture", user.picture],
      ["email", user.email],
      ["email_verified", user.email_verified],
      ["phone_number", user.phone_number],
      ["phone_number_verified", user.phone_verified],
      ["updated_at", user.updated_at],
    ];
    for (const [claim, value] of pairs) if (value !== undefined) claims[claim] = value;
    return { status: 200, body: claims };
  },
};

const jwksEndpoint: AuthEndpoint = {
  method: "GET",
  path: "/.well-known/jwks.json",
  async handle(ctx) {
    return { status: 200, body: ctx.services.issuer.jwks(), headers: { "cache-control": "public, max-age=600" } };
  },
};

const openidConfiguration: AuthEndpoint = {
  method: "GET",
  path: "/.well-known/openid-configuration",
  async handle(ctx) {
    const origin = ctx.services.origin();
    return {
      status: 200,
      body: {
        issuer: `${origin}/`,
        token_endpoint: `${origin}/oauth/token`,
        userinfo_endpoint: `${origin}/userinfo`,
        jwks_uri: `${origin}/.well-known/jwks.json`,
        id_token_signing_alg_values_supported: ["RS256"],
      },
    };
  },
};

const devError = (status: number, message: string) => ({ status, body: { statusCode: status, error: "Bad Request", message } });

const mintEndpoint: AuthEndpoint = {
  method: "POST",
  path: "/__emulator/token",
  dev: true,
  async handle(ctx) {
    const body = await readParams(ctx);
    if (!body) return devError(400, "The body must be a JSON object.");
    const { sub, scope, audience, expiresIn, claims } = body;
    if (typeof scope !== "string") return devError(400, "scope (a space-separated string) is required.");
    if (sub !== undefined && (typeof sub !== "string" || sub === "")) return devError(400, "sub must be a non-empty string.");
    if (audience !== undefined && (typeof audience !== "string" || audience === ""))
      return devError(400, "audience must be a non-empty string.");
    if (expiresIn !== undefined && (typeof expiresIn !== "number" || !Number.isFinite(expiresIn) || expiresIn <= 0)) {
      return devError(400, "expiresIn must be a positive number of seconds.");
    }
    if (claims !== undefined && (typeof claims !== "object" || claims === null || Array.isArray(claims))) {
      return devError(400, "claims must be an object.");
    }
    const { services } = ctx;
    const lifetime = (expiresIn as number | undefined) ?? services.tokenExpiresIn;
    const accessToken = await services.issuer.mint({
      sub: (sub as string | undefined) ?? `${services.clientId}@clients`,
      audience: (audience as string | undefined) ?? services.managementAudience(),
      scope,
      expiresIn: lifetime,
      azp: services.clientId,
      ...(claims ? { claims: claims as Record<string, unknown> } : {}),
    });
    return { status: 200, body: { access_token: accessToken, token_type: "Bearer", expires_in: lifetime, scope } };
  },
};

const statsEndpoint: AuthEndpoint = {
  method: "GET",
  path: "/__emulator/stats",
  dev: true,
  async handle(ctx) {
    return { status: 200, body: ctx.services.stats.snapshot() };
  },
};

const resetStatsEndpoint: AuthEndpoint = {
  method: "DELETE",
  path: "/__emulator/stats",
  dev: true,
  async handle(ctx) {
    ctx.services.stats.reset();
    return { status: 204 };
  },
};

function isFaultRule(value: unknown): value is FaultRule {
  if (!value || typeof value !== "object") return false;
  const rule = value as Record<string, unknown>;
  const action = rule.action as Record<string, unknown> | undefined;
  if (!Number.isInteger(rule.count) || (rule.count as number) < 1) return false;
  if (rule.method !== undefined && typeof rule.method !== "string") return false;
  if (rule.route !== undefined && typeof rule.route !== "string") return false;
  if (!action || typeof action !== "object") return false;
  if (action.hang === true || action.drop === true) return true;
  if (action.status === undefined && action.overrideHeaders !== undefined) {
    const headers = action.overrideHeaders;
    return (
      !!headers && typeof headers === "object" && !Array.isArray(headers) && Object.values(headers).every((v) => typeof v === "string")
    );
  }
  return Number.isInteger(action.status) && (action.status as number) >= 100 && (action.status as number) <= 599;
}

const faultsEndpoint: AuthEndpoint = {
  method: "POST",
  path: "/__emulator/faults",
  dev: true,
  async handle(ctx) {
    let body: unknown;
    try {
      body = JSON.parse((await ctx.readBody()).toString("utf8"));
    } catch {
      body = undefined;
    }
    const rules: unknown[] = Array.isArray(body) ? body : body ? [body] : [];
    if (rules.length === 0 || !rules.every(isFaultRule)) {
      return devError(
        400,
        "Expected {method?, route?, count >= 1, action: {status} | {overrideHeaders: {name: value}} | {hang: true} | {drop: true}}.",
      );
    }
    for (const rule of rules) ctx.services.faults.add(rule);
    return { status: 204 };
  },
};

const clearFaultsEndpoint: AuthEndpoint = {
  method: "DELETE",
  path: "/__emulator/faults",
  dev: true,
  async handle(ctx) {
    ctx.services.faults.clear();
    return { status: 204 };
  },
};

export const authRoutes: AuthEndpoint[] = [
  tokenEndpoint,
  userinfoEndpoint,
  jwksEndpoint,
  openidConfiguration,
  mintEndpoint,
  statsEndpoint,
  resetStatsEndpoint,
  faultsEndpoint,
  clearFaultsEndpoint,
];
