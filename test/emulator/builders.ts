// Hand-made records for the states a test needs and a seed does not reliably have (many log events,
// a known number of sessions). Shapes follow src/emulator/state.ts.
import type { EmulatorState, LogEvent, RefreshToken, Session, StoredUser } from "../../src/emulator/state.js";

const AT = Date.parse("2025-01-01T00:00:00.000Z");
const iso = (offsetMs: number) => new Date(AT + offsetMs).toISOString();

export function addUser(state: EmulatorState, id: string): StoredUser {
  const user: StoredUser = {
    user_id: id,
    email: `${id.split("|")[1]}@example.com`,
    email_verified: true,
    name: id,
    created_at: iso(0),
    updated_at: iso(0),
    identities: [{ connection: "Username-Password-Authentication", provider: "auth0", user_id: id.split("|")[1]!, isSocial: false }],
  };
  state.users.set(id, user);
  return user;
}

export function session(userId: string, id: string): Session {
  return {
    id,
    user_id: userId,
    created_at: iso(1000),
    updated_at: iso(2000),
    authenticated_at: iso(1000),
    idle_expires_at: null,
    expires_at: iso(30 * 86_400_000),
    last_interacted_at: iso(2000),
    device: {
      initial_user_agent: "test-agent",
      initial_ip: "127.0.0.1",
      initial_asn: "1",
      last_user_agent: "test-agent",
      last_ip: "127.0.0.1",
      last_asn: "1",
    },
    clients: [{ client_id: "test-client" }],
    authentication: { methods: [{ name: "pwd", timestamp: iso(1000) }] },
    cookie: { mode: "persistent" },
    session_metadata: null,
  };
}

export function refreshToken(userId: string, id: string, sessionId: string | null, clientId = "test-client"): RefreshToken {
  return {
    id,
    user_id: userId,
    created_at: iso(1000),
    idle_expires_at: null,
    expires_at: null,
    last_exchanged_at: null,
    device: {
      initial_ip: "127.0.0.1",
      initial_asn: "1",
      initial_user_agent: "test-agent",
      last_ip: "127.0.0.1",
      last_asn: "1",
      last_user_agent: "test-agent",
    },
    client_id: clientId,
    session_id: sessionId,
    rotating: false,
    resource_servers: [{ audience: "https://api.test/", scopes: "openid offline_access" }],
    refresh_token_metadata: null,
  };
}

/** `count` log events one minute apart, oldest first, with log ids in date order. */
export function logEvents(userId: string, count: number): LogEvent[] {
  return Array.from({ length: count }, (_, n) => ({
    log_id: `90020250101${String(n).padStart(12, "0")}`,
    date: iso(n * 60_000),
    type: n % 3 === 0 ? "f" : "s",
    description: n % 3 === 0 ? "Wrong email or password." : "Successful login",
    user_id: userId,
    ip: "127.0.0.1",
  }));
}
