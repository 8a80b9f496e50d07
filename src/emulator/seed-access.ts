import {
  type ConnectedAccount,
  type EmulatorState,
  type FederatedConnectionTokenSet,
  type Group,
  organizationMemberKey,
  type StoredUser,
} from "./state.js";

// Groups that grant roles, organization member roles, connected accounts, federated token sets and
// risk assessments, added to a seeded tenant after everything else. It draws from its own generator
// (seeded from the tenant's seed), so the rest of the seeded tenant stays exactly as it was.

const REFERENCE = Date.parse("2026-01-01T00:00:00.000Z");
const DAY = 86_400_000;
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** Auth0's group ids are base58 (no 0, O, I or l). */
const BASE58 = "123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

const GROUPS: { name: string; roles: string[]; connection?: boolean; externalId?: string }[] = [
  { name: "Engineering", roles: ["Developer", "Editor"], connection: true, externalId: "scim-eng-001" },
  { name: "Customer Support", roles: ["Support Agent", "Viewer"], connection: true, externalId: "scim-sup-002" },
  { name: "Finance", roles: ["Billing Manager", "Auditor"] },
  { name: "Data Team", roles: ["Analyst"] },
  { name: "Contractors", roles: ["Viewer"] },
];

/** What a social connection's connected accounts may be granted, by strategy. */
const CONNECTED_SCOPES: Record<string, string[][]> = {
  "google-oauth2": [
    ["https://www.googleapis.com/auth/calendar.readonly"],
    ["https://www.googleapis.com/auth/calendar.events", "https://www.googleapis.com/auth/drive.file"],
  ],
  github: [["repo"], ["read:org", "read:user"]],
};

/** mulberry32: small, fast and deterministic. */
function generator(seed: number): () => number {
  let a = (seed ^ 0x5eed_acce) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function seedAccess(state: EmulatorState, seed: number): void {
  new AccessSeeder(state, generator(seed)).build();
}

class AccessSeeder {
  constructor(
    private readonly state: EmulatorState,
    private readonly random: () => number,
  ) {}

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private chars(alphabet: string, length: number): string {
    let text = "";
    for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(this.random() * alphabet.length)];
    return text;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  /** An instant between the user's creation and the reference date. */
  private since(user: StoredUser): string {
    const from = Date.parse(user.created_at);
    return new Date(from + Math.floor(this.random() * Math.max(1, REFERENCE - from))).toISOString();
  }

  build(): void {
    const users = [...this.state.users.values()];
    if (users.length === 0) return;
    this.seedGroups(users);
    this.seedOrganizationRoles();
    const organizationsOf = new Map<string, string[]>();
    for (const [organizationId, members] of this.state.organizationMembers) {
      for (const userId of members) organizationsOf.set(userId, [...(organizationsOf.get(userId) ?? []), organizationId]);
    }
    for (const user of users) {
      this.seedConnectedAccounts(user, organizationsOf.get(user.user_id) ?? []);
      this.seedRiskAssessments(user);
    }
  }

  private seedGroups(users: StoredUser[]): void {
    const roleByName = new Map([...this.state.roles.values()].map((role) => [role.name, role.id]));
    const database = this.state.connections.find((c) => c.strategy === "auth0");
    const groups: Group[] = [];
    for (const definition of GROUPS) {
      const created = new Date(REFERENCE - this.int(200, 900) * DAY).toISOString();
      const group: Group = {
        id: `grp_${this.chars(BASE58, 16)}`,
        name: definition.name,
        ...(definition.externalId ? { external_id: definition.externalId } : {}),
        ...(definition.connection && database ? { connection_id: database.id } : {}),
        tenant_name: this.state.tenant,
        created_at: created,
        updated_at: new Date(Date.parse(created) + this.int(0, 150) * DAY).toISOString(),
      };
      groups.push(group);
      this.state.groups.set(group.id, group);
      this.state.groupRoles.set(
        group.id,
        definition.roles.flatMap((name) => roleByName.get(name) ?? []),
      );
    }
    for (const user of users) {
      if (!this.chance(0.3)) continue;
      const joined = new Set<Group>();
      const wanted = this.int(1, 2);
      while (joined.size < wanted) joined.add(this.pick(groups));
      this.state.userGroups.set(
        user.user_id,
        [...joined].map((group) => ({ group_id: group.id, membership_created_at: this.since(user) })),
      );
    }
    // One user at least holds a role both directly and through a group, so a role can have both sources.
    for (const user of users) {
      const direct = this.state.userRoles.get(user.user_id) ?? [];
      const group = groups.find((g) => (this.state.groupRoles.get(g.id) ?? []).some((roleId) => direct.includes(roleId)));
      if (!group) continue;
      const memberships = this.state.userGroups.get(user.user_id) ?? [];
      if (!memberships.some((m) => m.group_id === group.id)) {
        this.state.userGroups.set(user.user_id, [...memberships, { group_id: group.id, membership_created_at: this.since(user) }]);
      }
      break;
    }
  }

  private seedOrganizationRoles(): void {
    const roleIds = [...this.state.roles.keys()];
    for (const [organizationId, members] of this.state.organizationMembers) {
      for (const userId of members) {
        if (!this.chance(0.5)) continue;
        const roles = new Set<string>();
        const wanted = this.int(1, 2);
        while (roles.size < wanted) roles.add(this.pick(roleIds));
        this.state.organizationMemberRoles.set(organizationMemberKey(organizationId, userId), [...roles]);
      }
    }
  }

  private seedConnectedAccounts(user: StoredUser, organizations: readonly string[]): void {
    const social = user.identities.filter((identity) => identity.isSocial);
    if (social.length === 0) return;
    const accounts: ConnectedAccount[] = [];
    const tokenSets: FederatedConnectionTokenSet[] = [];
    for (const identity of social) {
      const connection = this.state.connections.find((c) => c.name === identity.connection);
      const grants = CONNECTED_SCOPES[identity.provider];
      if (!connection || !grants) continue;
      if (this.chance(0.4)) {
        const created = this.since(user);
        const account: ConnectedAccount = {
          id: `cac_${this.chars(ALNUM, 16)}`,
          connection: connection.name,
          connection_id: connection.id,
          strategy: connection.strategy,
          access_type: "offline",
          scopes: [...this.pick(grants)],
          created_at: created,
        };
        if (this.chance(0.5)) account.expires_at = new Date(Date.parse(created) + 180 * DAY).toISOString();
        if (organizations.length > 0 && this.chance(0.5)) account.organization_id = this.pick(organizations);
        accounts.push(account);
      }
      if (this.chance(0.35)) {
        const issued = this.since(user);
        tokenSets.push({
          id: `tset_${this.chars(ALNUM, 16)}`,
          connection: connection.name,
          scope: this.pick(grants).join(" "),
          expires_at: this.chance(0.7) ? new Date(Date.parse(issued) + 3_600_000).toISOString() : null,
          issued_at: issued,
          last_used_at: this.chance(0.6) ? new Date(Date.parse(issued) + this.int(1, 3_000) * 1000).toISOString() : null,
        });
      }
    }
    if (accounts.length > 0) this.state.connectedAccounts.set(user.user_id, accounts);
    if (tokenSets.length > 0) this.state.federatedTokenSets.set(user.user_id, tokenSets);
  }

  private seedRiskAssessments(user: StoredUser): void {
    const primary = user.identities[0];
    if (!primary || !user.last_login || !this.chance(0.25)) return;
    const devices = Array.from({ length: this.int(1, 3) }, () => `dev_${this.chars(ALNUM, 12)}`);
    this.state.riskAssessments.set(user.user_id, [{ connection: primary.connection, assessor: "new-device", known_devices: devices }]);
  }
}
