// The emulator's whole tenant state. Records are stored in their wire shape (snake_case, as the
// Management API returns them) so handlers can answer with them after projection; anything Auth0
// never returns (password hashes, cursors) lives beside them, never inside.

export type JsonObject = { [key: string]: unknown };

export interface Connection {
  id: string; // con_ + 16 alphanumerics
  name: string;
  strategy: string; // "auth0" for database connections, else the social provider ("google-oauth2", "github")
  /** Database connections only: whether `username` is required on create. */
  requires_username: boolean;
  enabled: boolean;
}

export interface StoredIdentity {
  connection: string;
  provider: string;
  user_id: string;
  isSocial: boolean;
  profileData?: JsonObject;
  /** IdP tokens: returned only to callers holding read:user_idp_tokens. */
  access_token?: string;
  refresh_token?: string;
}

export interface StoredUser {
  user_id: string;
  email?: string;
  email_verified?: boolean;
  username?: string;
  phone_number?: string;
  phone_verified?: boolean;
  created_at: string;
  updated_at: string;
  identities: StoredIdentity[];
  app_metadata?: JsonObject;
  user_metadata?: JsonObject;
  picture?: string;
  name?: string;
  nickname?: string;
  given_name?: string;
  family_name?: string;
  multifactor?: string[];
  multifactor_last_modified?: string;
  last_ip?: string;
  last_login?: string;
  last_password_reset?: string;
  logins_count?: number;
  blocked?: boolean;
  [extra: string]: unknown;
}

export interface PermissionRef {
  resource_server_identifier: string;
  permission_name: string;
}

export interface ResourceServer {
  identifier: string;
  name: string;
  scopes: { value: string; description: string }[];
}

export interface Role {
  id: string; // rol_ + 16 alphanumerics
  name: string;
  description: string;
}

export interface Organization {
  id: string; // org_ + 16 alphanumerics
  name: string;
  display_name: string;
  branding?: { logo_url?: string; colors?: { primary: string; page_background: string } };
  metadata?: Record<string, string>;
}

export interface Session {
  id: string;
  user_id: string;
  created_at: string;
  updated_at: string;
  authenticated_at: string;
  idle_expires_at: string | null;
  expires_at: string | null;
  last_interacted_at: string;
  device: {
    initial_user_agent: string;
    initial_ip: string | null;
    initial_asn: string;
    last_user_agent: string;
    last_ip: string | null;
    last_asn: string;
  };
  clients: { client_id: string }[];
  authentication: { methods: { name: string; timestamp: string; type?: string }[] };
  cookie: { mode: "non-persistent" | "persistent" };
  session_metadata: JsonObject | null;
}

export interface RefreshToken {
  id: string;
  user_id: string;
  created_at: string;
  idle_expires_at: string | null;
  expires_at: string | null;
  last_exchanged_at: string | null;
  device: {
    initial_ip: string;
    initial_asn: string;
    initial_user_agent: string;
    last_ip: string;
    last_asn: string;
    last_user_agent: string;
  };
  client_id: string;
  session_id: string | null;
  rotating: boolean;
  resource_servers: { audience: string; scopes: string }[];
  refresh_token_metadata: JsonObject | null;
}

export interface LogEvent {
  log_id: string;
  date: string;
  type: string;
  description: string | null;
  connection?: string;
  connection_id?: string;
  client_id?: string;
  client_name?: string;
  ip?: string;
  hostname?: string;
  user_id: string;
  user_name?: string;
  strategy?: string;
  strategy_type?: string;
  isMobile?: boolean;
  user_agent?: string;
  details?: JsonObject;
  location_info?: {
    country_code: string;
    country_code3: string;
    country_name: string;
    city_name: string;
    latitude: number;
    longitude: number;
    time_zone: string;
    continent_code: string;
  };
}

export interface Enrollment {
  id: string;
  status: "pending" | "confirmed";
  type: string;
  name?: string;
  identifier?: string;
  phone_number?: string;
  auth_method: "authenticator" | "guardian" | "sms" | "webauthn-platform" | "webauthn-roaming";
  enrolled_at: string;
  last_auth?: string;
}

export interface AuthenticationMethod {
  id: string;
  type: string;
  confirmed?: boolean;
  name?: string;
  authentication_methods?: { id: string; type: "totp" | "push" | "sms" | "voice" }[];
  preferred_authentication_method?: "sms" | "voice";
  link_id?: string;
  phone_number?: string;
  email?: string;
  key_id?: string;
  public_key?: string;
  created_at: string;
  enrolled_at?: string;
  last_auth_at?: string;
  credential_device_type?: "single_device" | "multi_device";
  credential_backed_up?: boolean;
  identity_user_id?: string;
  user_agent?: string;
  user_handle?: string;
  transports?: string[];
  aaguid?: string;
  relying_party_identifier?: string;
}

/** A brute-force block (the user-blocks endpoints); admin blocks are `StoredUser.blocked`. */
export interface BruteForceBlock {
  user_id: string;
  identifier: string; // the email, username or phone number that was attacked
  ip?: string;
  connection: string;
}

/** A group of users (a connection's, or the tenant's own) that can be granted roles. */
export interface Group {
  id: string; // grp_ + 14 base58 characters
  name: string;
  external_id?: string;
  connection_id?: string;
  tenant_name: string;
  created_at: string;
  updated_at: string;
}

export interface GroupMembership {
  group_id: string;
  membership_created_at: string;
}

/** An account the user connected to a third-party API through a connection (Token Vault). */
export interface ConnectedAccount {
  id: string;
  connection: string;
  connection_id: string;
  strategy: string;
  access_type: "offline";
  scopes: string[];
  created_at: string;
  expires_at?: string;
  organization_id?: string;
}

/** Token Vault token set of a federated connection; the tokens themselves are never answered. */
export interface FederatedConnectionTokenSet {
  id: string; // tset_ + 16 alphanumerics (at most 36 characters)
  connection: string;
  scope: string;
  expires_at: string | null;
  issued_at: string;
  last_used_at: string | null;
}

/** What a risk assessor remembers of a user on a connection (e.g. the devices `new-device` knows). */
export interface RiskAssessment {
  connection: string;
  assessor: "new-device";
  known_devices: string[];
}

export interface EmulatorState {
  tenant: string; // tenant name, e.g. "usergraph-dev"
  connections: Connection[];
  users: Map<string, StoredUser>;
  /** Password hashes by user_id; never part of a response. */
  passwords: Map<string, string>;
  resourceServers: ResourceServer[];
  roles: Map<string, Role>;
  rolePermissions: Map<string, PermissionRef[]>;
  /** Role ids by user_id, in assignment order. */
  userRoles: Map<string, string[]>;
  /** Directly assigned permissions by user_id. */
  userPermissions: Map<string, PermissionRef[]>;
  organizations: Map<string, Organization>;
  /** Member user_ids by organization id. */
  organizationMembers: Map<string, string[]>;
  /** By user_id, oldest first. */
  sessions: Map<string, Session[]>;
  refreshTokens: Map<string, RefreshToken[]>;
  /** By user_id, oldest first. */
  logs: Map<string, LogEvent[]>;
  enrollments: Map<string, Enrollment[]>;
  authenticationMethods: Map<string, AuthenticationMethod[]>;
  /** Recovery codes by user_id (only for users with a confirmed Guardian enrollment). */
  recoveryCodes: Map<string, string>;
  bruteForceBlocks: BruteForceBlock[];
  groups: Map<string, Group>;
  /** Role ids granted to every member of a group, by group id. */
  groupRoles: Map<string, string[]>;
  /** Group memberships by user_id. */
  userGroups: Map<string, GroupMembership[]>;
  /** Organization role ids by `organizationMemberKey(orgId, userId)`. */
  organizationMemberRoles: Map<string, string[]>;
  connectedAccounts: Map<string, ConnectedAccount[]>;
  federatedTokenSets: Map<string, FederatedConnectionTokenSet[]>;
  riskAssessments: Map<string, RiskAssessment[]>;
  /** Users exports and imports and verification-email jobs by id (jobs/job-board.ts runs them). */
  jobs: Map<string, StoredJob>;
}

export type JobType = "users_export" | "users_import" | "verification_email";
export type JobStatus = "pending" | "processing" | "completed" | "failed";

/** A job as the tenant keeps it; an export's file itself is kept apart (jobs/export-files.ts), by job id. */
export interface StoredJob {
  id: string;
  type: JobType;
  createdAt: number;
  /** Wire attributes answered with the job besides the progress ones (connection_id, format…). */
  attributes: Record<string, unknown>;
  units: number;
  status: JobStatus;
  statusDetails?: string;
  /** Finished exports: the name of the gzip file. */
  file?: { name: string };
  summary?: { failed: number; updated: number; inserted: number; total: number };
  /** Finished imports: per-user errors as `/jobs/{id}/errors` answers them. */
  errors?: { user: unknown; errors: { code: string; message: string; path: string }[] }[];
}

export function organizationMemberKey(organizationId: string, userId: string): string {
  return `${organizationId} ${userId}`;
}

export function emptyState(tenant = "usergraph-dev"): EmulatorState {
  return {
    tenant,
    connections: [],
    users: new Map(),
    passwords: new Map(),
    resourceServers: [],
    roles: new Map(),
    rolePermissions: new Map(),
    userRoles: new Map(),
    userPermissions: new Map(),
    organizations: new Map(),
    organizationMembers: new Map(),
    sessions: new Map(),
    refreshTokens: new Map(),
    logs: new Map(),
    enrollments: new Map(),
    authenticationMethods: new Map(),
    recoveryCodes: new Map(),
    bruteForceBlocks: [],
    groups: new Map(),
    groupRoles: new Map(),
    userGroups: new Map(),
    organizationMemberRoles: new Map(),
    connectedAccounts: new Map(),
    federatedTokenSets: new Map(),
    riskAssessments: new Map(),
    jobs: new Map(),
  };
}
