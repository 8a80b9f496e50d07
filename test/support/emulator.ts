import { expect } from "vitest";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../src/emulator/index.js";
import { responseProblems } from "./oas.js";

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** An error body of the Management API (what a 4xx answers), as the tests read it. */
export interface RestError {
  statusCode: number;
  error: string;
  message: string;
  errorCode?: string;
  attributes?: Record<string, unknown>;
}

export interface RequestOptions {
  /** Scopes for a token minted for this request; ignored when `token` is given. */
  scope?: string;
  token?: string | null;
  sub?: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** A raw body sent as is (for malformed JSON tests). */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** Every Management API scope the emulator's routes check (admin tokens in tests get all of them). */
export const ALL_SCOPES = [
  "read:users",
  "create:users",
  "update:users",
  "delete:users",
  "update:users_app_metadata",
  "read:roles",
  "update:roles",
  "read:role_members",
  "create:role_members",
  "delete:role_members",
  "read:organizations",
  "read:logs",
  "read:logs_users",
  "read:sessions",
  "delete:sessions",
  "update:sessions",
  "read:refresh_tokens",
  "delete:refresh_tokens",
  "update:refresh_tokens",
  "read:authentication_methods",
  "create:authentication_methods",
  "update:authentication_methods",
  "delete:authentication_methods",
  "delete:guardian_enrollments",
  "read:user_effective_permissions",
  "read:user_permission_source_roles",
  "read:user_effective_roles",
  "read:user_role_source_groups",
  "read:groups",
  "read:organization_members",
  "create:organization_members",
  "delete:organization_members",
  "read:organization_member_roles",
  "create:organization_member_roles",
  "delete:organization_member_roles",
  "read:federated_connections_tokens",
  "delete:federated_connections_tokens",
  "read:connections",
  "create:user_tickets",
].join(" ");

export interface TestEmulator {
  emulator: RunningEmulator;
  url: string;
  /**
   * Calls the Management API (`path` under /api/v2) with a token minted for `scope` (default: all
   * scopes). Every JSON body that comes back is checked against the contract's response schema.
   */
  call<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  token(scope?: string, sub?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ users: 200, seed: 1, ...options });
  const tokens = new Map<string, string>();
  const token = async (scope = ALL_SCOPES, sub?: string) => {
    const key = `${scope}\u0000${sub ?? ""}`;
    let value = tokens.get(key);
    if (!value) {
      value = await emulator.mintToken({ scope, ...(sub ? { sub } : {}) });
      tokens.set(key, value);
    }
    return value;
  };

  async function call<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const url = new URL(`${emulator.url}/api/v2${path}`);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { ...options.headers };
    const bearer = options.token === undefined ? await token(options.scope, options.sub) : options.token;
    if (bearer !== null) headers.authorization = `Bearer ${bearer}`;
    let payload: string | undefined = options.rawBody;
    if (payload === undefined && options.body !== undefined) payload = JSON.stringify(options.body);
    if (payload !== undefined) headers["content-type"] ??= "application/json";
    const response = await fetch(url, { method, headers, body: payload });
    const text = await response.text();
    const body = text ? JSON.parse(text) : undefined;
    const problems = responseProblems(method, path.split("?")[0]!, response.status, body);
    expect(problems, `${method} ${path} → ${response.status} must match the contract`).toEqual([]);
    return { status: response.status, headers: response.headers, body: body as T };
  }

  return { emulator, url: emulator.url, call, token, close: () => emulator.close() };
}
