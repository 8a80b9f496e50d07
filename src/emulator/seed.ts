import { createHash } from "node:crypto";
import { Faker, en, generateMersenne53Randomizer, type Randomizer } from "@faker-js/faker";
import { hashPasswordWithSalt } from "./passwords.js";
import { seedAccess } from "./seed-access.js";
import {
  ADDRESS_TYPES,
  APPLICATIONS,
  APP_ROLES,
  COMPANY_DOMAINS,
  COUNTRIES,
  DATABASE_CONNECTION,
  GITHUB_CONNECTION,
  GOOGLE_CONNECTION,
  GUARDIAN_DEVICES,
  LANGUAGES,
  LOCATIONS,
  ORGANIZATION_INDUSTRIES,
  ORGANIZATION_REGIONS,
  ORGANIZATION_TIERS,
  PASSKEY_PROVIDERS,
  PHONE_PLANS,
  PLANS,
  RESOURCE_SERVERS,
  ROLE_DEFINITIONS,
  SECURITY_KEYS,
  SIGNUP_SOURCES,
  SUBSCRIPTION_STATUSES,
  THEMES,
  USERNAME_CONNECTION,
  USER_AGENTS,
} from "./seed-catalog.js";
import {
  emptyState,
  type AuthenticationMethod,
  type Connection,
  type EmulatorState,
  type Enrollment,
  type JsonObject,
  type LogEvent,
  type RefreshToken,
  type Session,
  type StoredIdentity,
  type StoredUser,
} from "./state.js";

// The seeded tenant. Deterministic: everything is drawn from one seeded faker and dated relative to
// a fixed reference instant (never the clock), so one seed always gives byte-identical state.
// Cheap per user (array picks, not faker's template helpers) so 100,000 users seed in seconds.

export interface SeedOptions {
  users: number;
  seed: number;
}

/** "Now" for seeded data: every seeded date is at or before it. */
export const SEED_REFERENCE_DATE = "2026-01-01T00:00:00.000Z";
/** The password of every seeded database user (stored only as a hash). */
export const SEEDED_USER_PASSWORD = "Usergraph-demo-2026!";

const REFERENCE = Date.parse(SEED_REFERENCE_DATE);
const TENANT_START = Date.parse("2019-01-01T00:00:00.000Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const HEX = "0123456789abcdef";
const DIGITS = "0123456789";
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

type Kind = "database" | "username" | "google" | "github";

const KIND_WEIGHTS = [58, 10, 20, 12];
const ADDRESS_COUNTS = [0, 1, 2, 3];
const ADDRESS_COUNT_WEIGHTS = [1, 3, 1, 1];
const SESSION_COUNTS = [0, 1, 2, 3, 4, 5, 6];
const SESSION_COUNT_WEIGHTS = [40, 30, 12, 8, 5, 3, 2];
const GUARDIAN_FLAVOURS = ["push", "sms", "totp"] as const;
const GUARDIAN_FLAVOUR_WEIGHTS = [5, 3, 4];
/** Extra log events besides signup, last login, password change and MFA enrollment. */
const LOG_TYPES = ["s", "f", "sapi", "slo", "fp"];
const DATABASE_LOG_WEIGHTS = [5, 2, 2, 2, 1];
const SOCIAL_LOG_WEIGHTS = [5, 2, 2, 2, 0];

/** Fast draws from the seeded faker's own generator (faker's helpers cost ~1 µs a call). */
class Dice {
  private readonly codes: number[] = [];

  constructor(
    readonly faker: Faker,
    private readonly randomizer: Randomizer,
  ) {}

  next(): number {
    return this.randomizer.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: ArrayLike<T>): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chars(alphabet: string, length: number): string {
    const codes = this.codes;
    codes.length = length;
    for (let i = 0; i < length; i += 1) codes[i] = alphabet.charCodeAt(Math.floor(this.next() * alphabet.length));
    return String.fromCharCode(...codes);
  }
  /** A millisecond instant in [from, to]. */
  between(from: number, to: number): number {
    return to <= from ? from : from + Math.floor(this.next() * (to - from));
  }
  /** `count` distinct items, in draw order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    const want = Math.min(count, items.length);
    while (chosen.size < want) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].map((i) => items[i]!);
  }
  /** An item drawn with the given weights (same order as `items`). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const weight of weights) total += weight;
    let roll = this.next() * total;
    for (let i = 0; i < items.length; i += 1) {
      roll -= weights[i]!;
      if (roll < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }
}

/**
 * Builds short ASCII strings from character codes. A template literal would leave a chain of cons
 * strings per value; across millions of seeded dates, ids and addresses that doubles the heap.
 */
class Ascii {
  private readonly codes: number[] = [];

  text(value: string): this {
    for (let i = 0; i < value.length; i += 1) this.codes.push(value.charCodeAt(i));
    return this;
  }
  /** `value` in decimal, left-padded with zeros to `width`. */
  digits(value: number, width = 1): this {
    const start = this.codes.length;
    let rest = Math.floor(value);
    do {
      this.codes.push(48 + (rest % 10));
      rest = Math.floor(rest / 10);
    } while (rest > 0);
    while (this.codes.length - start < width) this.codes.push(48);
    // digits were pushed least significant first
    for (let i = start, j = this.codes.length - 1; i < j; i += 1, j -= 1) {
      const swap = this.codes[i]!;
      this.codes[i] = this.codes[j]!;
      this.codes[j] = swap;
    }
    return this;
  }
  done(): string {
    const value = String.fromCharCode(...this.codes);
    this.codes.length = 0;
    return value;
  }
}

const ascii = new Ascii();
/** A flat copy of a concatenated string (see Ascii). */
const flat = (value: string): string => ascii.text(value).done();

/** The instant as `Date#toISOString` writes it (UTC, milliseconds), without a Date per call. */
function iso(ms: number, compact = false): string {
  // Civil date from days since the epoch (Howard Hinnant's algorithm).
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  if (compact) {
    return ascii
      .digits(year, 4)
      .digits(month, 2)
      .digits(day, 2)
      .digits(hours, 2)
      .digits(minutes, 2)
      .digits(seconds, 2)
      .digits(millis, 3)
      .done();
  }
  return ascii
    .digits(year, 4)
    .text("-")
    .digits(month, 2)
    .text("-")
    .digits(day, 2)
    .text("T")
    .digits(hours, 2)
    .text(":")
    .digits(minutes, 2)
    .text(":")
    .digits(seconds, 2)
    .text(".")
    .digits(millis, 3)
    .text("Z")
    .done();
}

function asciiWord(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase();
}

function slug(value: string): string {
  return value
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
}

/** Indexes of `count` distinct members of `pool` (indexes into the user list). */
function choose(dice: Dice, pool: readonly number[], count: number): Set<number> {
  return new Set(dice.sample(pool, count));
}

/** scrypt is slow on purpose: every emulator started with the same seed shares one hash. */
const passwordHashes = new Map<string, string>();
function seededPasswordHash(saltHex: string): string {
  let hash = passwordHashes.get(saltHex);
  if (!hash) {
    hash = hashPasswordWithSalt(SEEDED_USER_PASSWORD, Buffer.from(saltHex, "hex"));
    passwordHashes.set(saltHex, hash);
  }
  return hash;
}

const quota = (size: number, rate: number, minimum: number) => Math.min(size, Math.max(minimum, Math.round(size * rate)));

export function seedState(options: SeedOptions): EmulatorState {
  if (!Number.isInteger(options.users) || options.users < 0) throw new Error("users must be a non-negative integer");
  const randomizer = generateMersenne53Randomizer();
  const faker = new Faker({ locale: en, randomizer });
  faker.seed(options.seed);
  const state = new TenantSeeder(new Dice(faker, randomizer)).build(options.users);
  seedAccess(state, options.seed);
  return state;
}

interface Plan {
  kind: Kind;
  loggedIn: boolean;
}

interface SeededUser {
  user: StoredUser;
  kind: Kind;
  connection: Connection;
  /** The id without its provider prefix, as the primary identity carries it. */
  localId: string;
}

class TenantSeeder {
  private readonly state = emptyState();
  private readonly connections = new Map<Kind, Connection>();
  private readonly applications: { client_id: string; name: string; mobile: boolean; audience: string; scopes: string }[];
  private readonly emails = new Set<string>();
  private readonly usernames = new Set<string>();
  private readonly userIds = new Set<string>();
  private readonly firstNames: readonly string[];
  private readonly lastNames: readonly string[];
  private readonly cities: readonly string[];
  private readonly streetSuffixes: readonly string[];
  private readonly freeEmailDomains: readonly string[];
  private readonly timeZones: readonly string[];
  private logSequence = 0;
  /** Log `location_info` objects, shared by this tenant's logs (never mutated). */
  private readonly locationInfo = LOCATIONS.map(({ octet: _o, asn: _a, ...info }) => info);

  constructor(private readonly dice: Dice) {
    const definitions = dice.faker.rawDefinitions;
    this.firstNames = definitions.person?.first_name?.generic ?? ["Alex"];
    this.lastNames = definitions.person?.last_name?.generic ?? ["Smith"];
    this.cities = definitions.location?.city_name ?? ["Springfield"];
    this.streetSuffixes = definitions.location?.street_suffix ?? ["Street"];
    this.freeEmailDomains = definitions.internet?.free_email ?? ["gmail.com"];
    this.timeZones = LOCATIONS.map((l) => l.time_zone);
    this.applications = APPLICATIONS.map((app) => ({
      ...app,
      client_id: dice.chars(ALNUM, 32),
      scopes: `openid profile email offline_access ${app.scope}`,
    }));
  }

  build(count: number): EmulatorState {
    this.seedConnections();
    this.seedAuthorization();
    this.seedOrganizations();
    this.seedUsers(count);
    return this.state;
  }

  private id(prefix: string): string {
    return flat(`${prefix}${this.dice.chars(ALNUM, 16)}`);
  }

  private seedConnections(): void {
    const define = (kind: Kind, name: string, strategy: string, requiresUsername: boolean) => {
      const connection: Connection = { id: this.id("con_"), name, strategy, requires_username: requiresUsername, enabled: true };
      this.connections.set(kind, connection);
      this.state.connections.push(connection);
    };
    define("database", DATABASE_CONNECTION, "auth0", false);
    define("username", USERNAME_CONNECTION, "auth0", true);
    define("google", GOOGLE_CONNECTION, "google-oauth2", false);
    define("github", GITHUB_CONNECTION, "github", false);
  }

  private seedAuthorization(): void {
    this.state.resourceServers = RESOURCE_SERVERS.map((rs) => ({
      identifier: rs.identifier,
      name: rs.name,
      scopes: rs.scopes.map((s) => ({ ...s })),
    }));
    for (const definition of ROLE_DEFINITIONS) {
      const role = { id: this.id("rol_"), name: definition.name, description: definition.description };
      this.state.roles.set(role.id, role);
      this.state.rolePermissions.set(
        role.id,
        definition.permissions.map(([resource_server_identifier, permission_name]) => ({ resource_server_identifier, permission_name })),
      );
    }
  }

  private seedOrganizations(): void {
    // Organization names are unique slugs; display names are the companies' own.
    const companies = new Map<string, string>();
    while (companies.size < 6) {
      const displayName = this.dice.faker.company.name();
      const name = slug(displayName);
      if (name && !companies.has(name)) companies.set(name, displayName);
    }
    for (const [name, displayName] of companies) {
      const industry = this.dice.pick(ORGANIZATION_INDUSTRIES);
      const org = {
        id: this.id("org_"),
        name,
        display_name: displayName,
        branding: {
          logo_url: `https://cdn.usergraph.dev/organizations/${name}/logo.png`,
          colors: { primary: `#${this.dice.chars(HEX, 6)}`, page_background: `#${this.dice.chars(HEX, 6)}` },
        },
        metadata: {
          industry,
          tier: this.dice.pick(ORGANIZATION_TIERS),
          region: this.dice.pick(ORGANIZATION_REGIONS),
          crm_account_id: `acct-${this.dice.chars(DIGITS, 8)}`,
        },
      };
      this.state.organizations.set(org.id, org);
      this.state.organizationMembers.set(org.id, []);
    }
  }

  private seedUsers(count: number): void {
    const dice = this.dice;
    const kinds: Kind[] = ["database", "username", "google", "github"];
    const plans: Plan[] = [];
    for (let i = 0; i < count; i += 1) {
      const kind = dice.weighted(kinds, KIND_WEIGHTS);
      plans.push({ kind, loggedIn: dice.chance(0.94) });
    }
    // Every connection has users once there are enough of them.
    if (count >= kinds.length) {
      for (const [k, index] of dice.sample([...plans.keys()], kinds.length).entries()) plans[index]!.kind = kinds[k]!;
    }
    const all = [...plans.keys()];
    const where = (test: (plan: Plan) => boolean) => all.filter((i) => test(plans[i]!));
    const database = where((p) => p.kind === "database" || p.kind === "username");
    const active = where((p) => p.loggedIn);
    const adminBlocked = choose(dice, all, quota(all.length, 0.02, 2));
    const linked = choose(
      dice,
      where((p) => p.kind === "database"),
      quota(database.length, 0.08, 3),
    );
    const guardian = choose(dice, active, quota(active.length, 0.15, 4));
    const legacyMfa = new Map(
      dice
        .sample(
          active.filter((i) => !guardian.has(i)),
          quota(active.length, 0.015, 2),
        )
        .map((index, n) => [index, n % 2 === 0 ? "google-authenticator" : "duo"]),
    );
    const bruteForced = choose(dice, database, quota(database.length, 0.02, 5));
    // At least one user is blocked both ways: lifting the brute-force block must leave the admin block.
    const both = database.find((i) => adminBlocked.has(i));
    if (both !== undefined) bruteForced.add(both);

    const passwordHash = seededPasswordHash(dice.chars(HEX, 32));
    const memberships = [...this.state.organizationMembers.values()];
    const roleIds = [...this.state.roles.keys()];
    const roleWeights = ROLE_DEFINITIONS.map((r) => r.weight);

    for (let i = 0; i < count; i += 1) {
      const plan = plans[i]!;
      const legacy = legacyMfa.get(i);
      const multifactor = guardian.has(i) ? ["guardian"] : legacy ? [legacy] : undefined;
      const seeded = this.seedUser(plan, { multifactor, blocked: adminBlocked.has(i), linked: linked.has(i) });
      const { user } = seeded;
      this.state.users.set(user.user_id, user);
      if (plan.kind === "database" || plan.kind === "username") this.state.passwords.set(user.user_id, passwordHash);

      if (dice.chance(0.45)) {
        const picked = new Set<string>();
        const wanted = dice.int(1, 3);
        for (let n = 0; n < wanted; n += 1) picked.add(dice.weighted(roleIds, roleWeights));
        this.state.userRoles.set(user.user_id, [...picked]);
      }
      if (dice.chance(0.1)) this.seedDirectPermissions(user.user_id);
      if (dice.chance(0.35)) for (const members of dice.sample(memberships, dice.int(1, 2))) members.push(user.user_id);

      const sessions = this.seedSessions(seeded);
      this.seedRefreshTokens(seeded, sessions);
      if (guardian.has(i)) this.seedGuardian(seeded);
      if (plan.kind === "database" && dice.chance(0.06)) this.seedPasskey(seeded);
      if (bruteForced.has(i)) this.seedBruteForceBlocks(seeded);
      this.seedLogs(seeded, bruteForced.has(i));
    }
  }

  private uniqueEmail(first: string, last: string, domain: string): string {
    const base = `${asciiWord(first) || "user"}.${asciiWord(last) || "name"}`;
    let email = flat(`${base}@${domain}`);
    while (this.emails.has(email)) email = flat(`${base}${this.dice.int(2, 9999)}@${domain}`);
    this.emails.add(email);
    return email;
  }

  private uniqueUsername(first: string, last: string): string {
    const base = `${(asciiWord(first) || "u").slice(0, 1)}${(asciiWord(last) || "user").slice(0, 14)}`;
    let username = flat(base);
    while (this.usernames.has(username)) username = flat(`${base}${this.dice.int(2, 9999)}`);
    this.usernames.add(username);
    return username;
  }

  private uniqueUserId(provider: string, draw: () => string): string {
    let local = draw();
    while (this.userIds.has(`${provider}|${local}`)) local = draw();
    this.userIds.add(`${provider}|${local}`);
    return local;
  }

  private phoneNumber(): string {
    const plan = this.dice.pick(PHONE_PLANS);
    return flat(`+${plan.code}${this.dice.pick(plan.first)}${this.dice.chars(DIGITS, plan.length - 1)}`);
  }

  private ip(location: (typeof LOCATIONS)[number]): string {
    const dice = this.dice;
    return ascii
      .digits(location.octet)
      .text(".")
      .digits(dice.int(0, 255))
      .text(".")
      .digits(dice.int(0, 255))
      .text(".")
      .digits(dice.int(1, 254))
      .done();
  }

  private seedUser(plan: Plan, traits: { multifactor: string[] | undefined; blocked: boolean; linked: boolean }): SeededUser {
    const dice = this.dice;
    const connection = this.connections.get(plan.kind)!;
    const first = dice.pick(this.firstNames);
    const last = dice.pick(this.lastNames);
    const fullName = flat(`${first} ${last}`);
    const createdAt = dice.between(TENANT_START, REFERENCE - 2 * DAY);
    const home = dice.pick(LOCATIONS);

    let localId: string;
    let provider: string;
    const user: StoredUser = { user_id: "", created_at: iso(createdAt), updated_at: "", identities: [] };
    let identity: StoredIdentity;

    if (plan.kind === "database" || plan.kind === "username") {
      provider = "auth0";
      localId = this.uniqueUserId(provider, () => dice.chars(HEX, 24));
      const domain = dice.chance(0.4) ? dice.pick(COMPANY_DOMAINS) : dice.pick(this.freeEmailDomains);
      const email = this.uniqueEmail(first, last, domain);
      user.email = email;
      user.email_verified = dice.chance(0.82);
      if (plan.kind === "username") user.username = this.uniqueUsername(first, last);
      const hasProfile = dice.chance(0.85);
      user.name = hasProfile ? fullName : email;
      user.nickname = flat(email.split("@")[0]!);
      if (hasProfile) {
        user.given_name = first;
        user.family_name = last;
      }
      const initials = `${asciiWord(first).slice(0, 1) || "u"}${asciiWord(last).slice(0, 1) || "g"}`;
      const gravatar = createHash("md5").update(email).digest("hex");
      user.picture = flat(`https://s.gravatar.com/avatar/${gravatar}?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F${initials}.png`);
      identity = { connection: connection.name, provider, user_id: localId, isSocial: false };
    } else if (plan.kind === "google") {
      provider = "google-oauth2";
      localId = this.uniqueUserId(provider, () => `1${dice.chars(DIGITS, 20)}`);
      user.email = this.uniqueEmail(first, last, "gmail.com");
      user.email_verified = true;
      user.name = fullName;
      user.given_name = first;
      user.family_name = last;
      user.nickname = flat(user.email.split("@")[0]!);
      user.picture = flat(`https://lh3.googleusercontent.com/a/ACg8oc${dice.chars(ALNUM, 40)}=s96-c`);
      user.locale = dice.pick(LANGUAGES).slice(0, 2);
      identity = {
        connection: connection.name,
        provider,
        user_id: localId,
        isSocial: true,
        access_token: flat(`ya29.a0${dice.chars(ALNUM, 80)}`),
        refresh_token: flat(`1//0${dice.chars(ALNUM, 60)}`),
      };
    } else {
      provider = "github";
      localId = this.uniqueUserId(provider, () => String(dice.int(100_000, 190_000_000)));
      const login = flat(`${asciiWord(first)}-${asciiWord(last)}`.replace(/^-|-$/g, "") || `gh${localId}`);
      if (dice.chance(0.9)) {
        user.email = this.uniqueEmail(first, last, dice.pick(this.freeEmailDomains));
        user.email_verified = dice.chance(0.9);
      }
      user.name = fullName;
      user.nickname = login;
      user.picture = flat(`https://avatars.githubusercontent.com/u/${localId}?v=4`);
      identity = {
        connection: connection.name,
        provider,
        user_id: localId,
        isSocial: true,
        access_token: flat(`gho_${dice.chars(ALNUM, 36)}`),
      };
    }
    user.user_id = flat(`${provider}|${localId}`);
    user.identities.push(identity);

    if (dice.chance(plan.kind === "google" || plan.kind === "github" ? 0.1 : 0.3)) {
      user.phone_number = this.phoneNumber();
      user.phone_verified = dice.chance(0.7);
    }

    // Dates: every event after creation; updated_at after every event (logins count as updates).
    let latest = createdAt;
    if (plan.loggedIn) {
      const lastLogin = dice.between(createdAt, REFERENCE - HOUR);
      user.last_login = iso(lastLogin);
      user.last_ip = this.ip(home);
      user.logins_count = dice.chance(0.7) ? dice.int(1, 40) : dice.int(41, 900);
      latest = Math.max(latest, lastLogin);
    } else {
      user.logins_count = 0;
    }
    if ((plan.kind === "database" || plan.kind === "username") && dice.chance(0.15)) {
      const reset = dice.between(createdAt, REFERENCE - HOUR);
      user.last_password_reset = iso(reset);
      latest = Math.max(latest, reset);
    }
    if (traits.multifactor) {
      const modified = dice.between(createdAt, user.last_login ? Date.parse(user.last_login) : REFERENCE - HOUR);
      user.multifactor = traits.multifactor;
      user.multifactor_last_modified = iso(modified);
      latest = Math.max(latest, modified);
    }
    user.updated_at = iso(dice.between(latest, REFERENCE));

    if (dice.chance(0.85)) user.user_metadata = this.userMetadata(home.time_zone);
    if (dice.chance(0.9)) user.app_metadata = this.appMetadata(createdAt);
    if (traits.blocked) user.blocked = true;

    if (traits.linked) user.identities.push(this.linkedIdentity(first, last));
    return { user, kind: plan.kind, connection, localId };
  }

  private linkedIdentity(first: string, last: string): StoredIdentity {
    const dice = this.dice;
    const google = dice.chance(0.6);
    const provider = google ? "google-oauth2" : "github";
    const localId = this.uniqueUserId(provider, () => (google ? `1${dice.chars(DIGITS, 20)}` : String(dice.int(100_000, 190_000_000))));
    const email = this.uniqueEmail(first, last, google ? "gmail.com" : dice.pick(this.freeEmailDomains));
    const profileData: JsonObject = { email, email_verified: true, name: `${first} ${last}` };
    if (google) {
      profileData.given_name = first;
      profileData.family_name = last;
      profileData.picture = `https://lh3.googleusercontent.com/a/ACg8oc${dice.chars(ALNUM, 40)}=s96-c`;
    } else {
      profileData.nickname = `${asciiWord(first)}${asciiWord(last)}`;
      profileData.picture = `https://avatars.githubusercontent.com/u/${localId}?v=4`;
    }
    return {
      connection: google ? GOOGLE_CONNECTION : GITHUB_CONNECTION,
      provider,
      user_id: localId,
      isSocial: true,
      access_token: google ? `ya29.a0${dice.chars(ALNUM, 80)}` : `gho_${dice.chars(ALNUM, 36)}`,
      profileData,
    };
  }

  private userMetadata(timeZone: string): JsonObject {
    const dice = this.dice;
    const metadata: JsonObject = {
      preferences: {
        language: dice.pick(LANGUAGES),
        theme: dice.pick(THEMES),
        timezone: dice.chance(0.8) ? timeZone : dice.pick(this.timeZones),
        notifications: { email: dice.chance(0.7), sms: dice.chance(0.2), product_updates: dice.chance(0.4) },
      },
    };
    const addressCount = dice.weighted(ADDRESS_COUNTS, ADDRESS_COUNT_WEIGHTS);
    const addresses: JsonObject[] = [];
    for (let n = 0; n < addressCount; n += 1) {
      addresses.push({
        type: ADDRESS_TYPES[n % ADDRESS_TYPES.length]!,
        street: flat(`${dice.int(1, 9999)} ${dice.pick(this.lastNames)} ${dice.pick(this.streetSuffixes)}`),
        city: dice.pick(this.cities),
        postal_code: dice.chars(DIGITS, 5),
        country: dice.pick(COUNTRIES),
        primary: n === 0,
      });
    }
    metadata.addresses = addresses;
    if (dice.chance(0.3))
      metadata.job_title = dice.pick(["Engineer", "Product Manager", "Designer", "Analyst", "Founder", "Support Lead", "CFO"]);
    if (dice.chance(0.2)) metadata.onboarding = { completed: dice.chance(0.8), steps_done: dice.int(1, 6) };
    return metadata;
  }

  private appMetadata(createdAt: number): JsonObject {
    const dice = this.dice;
    const plan = dice.pick(PLANS);
    const metadata: JsonObject = {
      plan,
      customer_id: flat(`cus_${dice.chars(ALNUM, 14)}`),
      signup_source: dice.pick(SIGNUP_SOURCES),
      roles: [dice.pick(APP_ROLES)],
      feature_flags: { beta_dashboard: dice.chance(0.25), new_billing: dice.chance(0.5) },
    };
    if (plan !== "free") {
      metadata.subscription = {
        plan,
        status: dice.pick(SUBSCRIPTION_STATUSES),
        seats: plan === "enterprise" ? dice.int(25, 500) : dice.int(1, 20),
        started_at: iso(dice.between(createdAt, REFERENCE - DAY)),
        renews_at: iso(REFERENCE + dice.int(1, 365) * DAY),
      };
    }
    if (dice.chance(0.1))
      metadata.support = {
        tier: dice.pick(["standard", "priority"]),
        account_manager: `${dice.pick(this.firstNames)} ${dice.pick(this.lastNames)}`,
      };
    return metadata;
  }

  private seedDirectPermissions(userId: string): void {
    const all = this.state.resourceServers.flatMap((rs) =>
      rs.scopes.map((scope) => ({ resource_server_identifier: rs.identifier, permission_name: scope.value })),
    );
    this.state.userPermissions.set(userId, this.dice.sample(all, this.dice.int(1, 3)));
  }

  private seedSessions({ user, kind }: SeededUser): Session[] {
    const dice = this.dice;
    if (!user.last_login) return [];
    const count = dice.weighted(SESSION_COUNTS, SESSION_COUNT_WEIGHTS);
    if (count === 0) return [];
    const lastLogin = Date.parse(user.last_login);
    const earliest = Math.max(Date.parse(user.created_at), lastLogin - 60 * DAY);
    const created = Array.from({ length: count }, (_, n) => (n === count - 1 ? lastLogin : dice.between(earliest, lastLogin))).sort(
      (a, b) => a - b,
    );
    const sessions = created.map((at): Session => {
      const agent = dice.pick(USER_AGENTS);
      const location = dice.pick(LOCATIONS);
      const app = this.applications[agent.mobile ? 1 : dice.chance(0.8) ? 0 : 2]!;
      const lastInteracted = dice.between(at, Math.min(at + 7 * DAY, REFERENCE));
      const persistent = dice.chance(0.85);
      const ip = this.ip(location);
      const createdAt = iso(at);
      const interactedAt = iso(lastInteracted);
      const methods: Session["authentication"]["methods"] = [
        { name: kind === "google" || kind === "github" ? "federated" : "pwd", timestamp: createdAt },
      ];
      if (user.multifactor?.includes("guardian")) {
        methods.push({ name: "mfa", timestamp: iso(at + 20_000), type: dice.pick(["otp", "push-notification", "sms"]) });
      }
      return {
        id: dice.chars(ALNUM, 32),
        user_id: user.user_id,
        created_at: createdAt,
        updated_at: interactedAt,
        authenticated_at: createdAt,
        idle_expires_at: persistent ? iso(lastInteracted + 3 * DAY) : null,
        expires_at: iso(at + 30 * DAY),
        last_interacted_at: interactedAt,
        device: {
          initial_user_agent: agent.ua,
          initial_ip: ip,
          initial_asn: location.asn,
          last_user_agent: agent.ua,
          last_ip: dice.chance(0.8) ? ip : this.ip(location),
          last_asn: location.asn,
        },
        clients: [{ client_id: app.client_id }],
        authentication: { methods },
        cookie: { mode: persistent ? "persistent" : "non-persistent" },
        session_metadata: dice.chance(0.15) ? { device_name: dice.pick(GUARDIAN_DEVICES), remembered: true } : null,
      };
    });
    this.state.sessions.set(user.user_id, sessions);
    return sessions;
  }

  private seedRefreshTokens({ user }: SeededUser, sessions: Session[]): void {
    const dice = this.dice;
    const tokens: RefreshToken[] = [];
    const make = (
      at: number,
      clientId: string,
      sessionId: string | null,
      device: Session["device"] | null,
      rotating: boolean,
    ): RefreshToken => {
      const app = this.applications.find((a) => a.client_id === clientId) ?? this.applications[1]!;
      const location = dice.pick(LOCATIONS);
      const ip = device?.initial_ip ?? this.ip(location);
      const agent = device?.initial_user_agent ?? dice.pick(USER_AGENTS).ua;
      const exchanged = dice.chance(0.7) ? dice.between(at, REFERENCE) : null;
      return {
        // At most 30 characters, as POST /refresh-tokens/revoke takes them (32 drawn, so the seeded data stays as it was).
        id: dice.chars(ALNUM, 32).slice(0, 24),
        user_id: user.user_id,
        created_at: iso(at),
        idle_expires_at: rotating ? iso((exchanged ?? at) + 15 * DAY) : null,
        expires_at: rotating ? iso(at + 90 * DAY) : null,
        last_exchanged_at: exchanged === null ? null : iso(exchanged),
        device: {
          initial_ip: ip,
          initial_asn: device?.initial_asn ?? location.asn,
          initial_user_agent: agent,
          last_ip: device?.last_ip ?? ip,
          last_asn: device?.last_asn ?? location.asn,
          last_user_agent: device?.last_user_agent ?? agent,
        },
        client_id: app.client_id,
        session_id: sessionId,
        rotating,
        resource_servers: [{ audience: app.audience, scopes: app.scopes }],
        refresh_token_metadata: dice.chance(0.1) ? { issued_for: app.name, risk: "low" } : null,
      };
    };
    for (const session of sessions) {
      if (dice.chance(0.4))
        tokens.push(make(Date.parse(session.created_at), session.clients[0]!.client_id, session.id, session.device, dice.chance(0.7)));
    }
    if (user.last_login && dice.chance(0.15)) {
      const at = dice.between(Date.parse(user.created_at), Date.parse(user.last_login));
      tokens.push(make(at, this.applications[1]!.client_id, null, null, true));
    }
    if (tokens.length > 0)
      this.state.refreshTokens.set(
        user.user_id,
        tokens.sort((a, b) => a.created_at.localeCompare(b.created_at)),
      );
  }

  private seedGuardian({ user }: SeededUser): void {
    const dice = this.dice;
    const enrolledAt = Date.parse(user.multifactor_last_modified ?? user.created_at);
    const lastAuth = user.last_login ? Math.max(enrolledAt, Date.parse(user.last_login)) : enrolledAt;
    const device = `dev_${dice.chars(ALNUM, 16)}`;
    const flavour = dice.weighted(GUARDIAN_FLAVOURS, GUARDIAN_FLAVOUR_WEIGHTS);
    const enrollments: Enrollment[] = [];
    const methods: AuthenticationMethod[] = [];
    const at = iso(enrolledAt);
    const last = iso(lastAuth);
    if (flavour === "push") {
      const name = dice.pick(GUARDIAN_DEVICES);
      enrollments.push({
        id: device,
        status: "confirmed",
        type: "pn",
        name,
        identifier: `${dice.chars(HEX, 8)}-${dice.chars(HEX, 4)}-4${dice.chars(HEX, 3)}-a${dice.chars(HEX, 3)}-${dice.chars(HEX, 12)}`,
        auth_method: "guardian",
        enrolled_at: at,
        last_auth: last,
      });
      methods.push(
        {
          id: `push|${device}`,
          type: "push",
          confirmed: true,
          name,
          link_id: `totp|${device}`,
          created_at: at,
          enrolled_at: at,
          last_auth_at: last,
        },
        {
          id: `totp|${device}`,
          type: "totp",
          confirmed: true,
          link_id: `push|${device}`,
          created_at: at,
          enrolled_at: at,
          last_auth_at: last,
        },
      );
    } else if (flavour === "sms") {
      const phone = user.phone_number ?? this.phoneNumber();
      enrollments.push({
        id: device,
        status: "confirmed",
        type: "sms",
        name: phone,
        phone_number: phone,
        auth_method: "sms",
        enrolled_at: at,
        last_auth: last,
      });
      methods.push({
        id: `phone|${device}`,
        type: "phone",
        confirmed: true,
        phone_number: phone,
        preferred_authentication_method: "sms",
        authentication_methods: [{ id: `sms|${device}`, type: "sms" }],
        created_at: at,
        enrolled_at: at,
        last_auth_at: last,
      });
    } else {
      enrollments.push({
        id: device,
        status: "confirmed",
        type: "authenticator",
        auth_method: "authenticator",
        enrolled_at: at,
        last_auth: last,
      });
      methods.push({
        id: `totp|${device}`,
        type: "totp",
        confirmed: true,
        name: "Authenticator app",
        created_at: at,
        enrolled_at: at,
        last_auth_at: last,
      });
    }
    if (dice.chance(0.1)) {
      const pendingAt = iso(dice.between(enrolledAt, REFERENCE - HOUR));
      const phone = this.phoneNumber();
      enrollments.push({
        id: `dev_${dice.chars(ALNUM, 16)}`,
        status: "pending",
        type: "sms",
        name: phone,
        phone_number: phone,
        auth_method: "sms",
        enrolled_at: pendingAt,
      });
    }
    methods.push({
      id: `recovery-code|dev_${dice.chars(ALNUM, 16)}`,
      type: "recovery-code",
      confirmed: true,
      created_at: at,
      enrolled_at: at,
    });
    if (user.email && dice.chance(0.3)) {
      methods.push({
        id: `email|dev_${dice.chars(ALNUM, 16)}`,
        type: "email",
        confirmed: true,
        email: user.email,
        name: "Email",
        created_at: at,
        enrolled_at: at,
      });
    }
    if (dice.chance(0.1)) {
      const keyAt = iso(dice.between(enrolledAt, lastAuth));
      methods.push({
        id: `webauthn-roaming|dev_${dice.chars(ALNUM, 16)}`,
        type: "webauthn-roaming",
        confirmed: true,
        name: dice.pick(SECURITY_KEYS),
        key_id: dice.chars(ALNUM, 43),
        public_key: dice.chars(ALNUM, 88),
        relying_party_identifier: "usergraph-dev.us.auth0.com",
        created_at: keyAt,
        enrolled_at: keyAt,
        last_auth_at: last,
      });
    }
    this.state.enrollments.set(user.user_id, enrollments);
    this.state.authenticationMethods.set(user.user_id, [...(this.state.authenticationMethods.get(user.user_id) ?? []), ...methods]);
    this.state.recoveryCodes.set(user.user_id, dice.chars(UPPER_ALNUM, 24));
  }

  private seedPasskey({ user, localId }: SeededUser): void {
    const dice = this.dice;
    const provider = dice.pick(PASSKEY_PROVIDERS);
    const at = iso(dice.between(Date.parse(user.created_at), Date.parse(user.updated_at)));
    const method: AuthenticationMethod = {
      id: `passkey|dev_${dice.chars(ALNUM, 16)}`,
      type: "passkey",
      confirmed: true,
      name: provider.name,
      key_id: dice.chars(ALNUM, 43),
      public_key: dice.chars(ALNUM, 88),
      created_at: at,
      enrolled_at: at,
      credential_device_type: provider.device,
      credential_backed_up: provider.device === "multi_device",
      identity_user_id: localId,
      user_agent: dice.pick(USER_AGENTS).ua,
      user_handle: dice.chars(BASE32, 32),
      transports: [...provider.transports],
      aaguid: provider.aaguid,
      relying_party_identifier: "usergraph-dev.us.auth0.com",
    };
    if (user.last_login) method.last_auth_at = user.last_login;
    this.state.authenticationMethods.set(user.user_id, [...(this.state.authenticationMethods.get(user.user_id) ?? []), method]);
  }

  private seedBruteForceBlocks({ user, connection }: SeededUser): void {
    const dice = this.dice;
    const identifier =
      user.username && dice.chance(0.5) ? user.username : user.phone_number && dice.chance(0.3) ? user.phone_number : user.email!;
    const ips = dice.chance(0.15) ? 0 : dice.chance(0.8) ? 1 : 2;
    if (ips === 0) {
      this.state.bruteForceBlocks.push({ user_id: user.user_id, identifier, connection: connection.name });
      return;
    }
    for (let n = 0; n < ips; n += 1) {
      this.state.bruteForceBlocks.push({
        user_id: user.user_id,
        identifier,
        ip: this.ip(dice.pick(LOCATIONS)),
        connection: connection.name,
      });
    }
  }

  /** 56 digits like Auth0's: sortable by date, then by a sequence, then random. */
  private logId(at: number): string {
    this.logSequence += 1;
    const stamp = iso(at, true);
    return ascii.text("900").text(stamp).digits(this.logSequence, 12).text(this.dice.chars(DIGITS, 24)).done();
  }

  private seedLogs({ user, kind, connection }: SeededUser, bruteForced: boolean): void {
    const dice = this.dice;
    const social = kind === "google" || kind === "github";
    const created = Date.parse(user.created_at);
    const events: { at: number; type: string }[] = [{ at: created, type: social ? "s" : "ss" }];
    if (user.last_login) {
      const lastLogin = Date.parse(user.last_login);
      if (lastLogin > created) events.push({ at: lastLogin, type: "s" });
      const extra = dice.int(0, 3);
      for (let n = 0; n < extra; n += 1) {
        const type = dice.weighted(LOG_TYPES, social ? SOCIAL_LOG_WEIGHTS : DATABASE_LOG_WEIGHTS);
        events.push({ at: dice.between(created, lastLogin), type });
      }
    }
    if (user.last_password_reset) events.push({ at: Date.parse(user.last_password_reset), type: "scp" });
    if (user.multifactor_last_modified) events.push({ at: Date.parse(user.multifactor_last_modified), type: "gd_enrollment_complete" });
    if (bruteForced) events.push({ at: dice.between(created, REFERENCE - HOUR), type: "limit_wc" });
    events.sort((a, b) => a.at - b.at);

    const home = dice.pick(LOCATIONS);
    const agent = dice.pick(USER_AGENTS);
    const logs = events.map(({ at, type }): LogEvent => {
      const app = this.applications[agent.mobile ? 1 : 0]!;
      const log: LogEvent = {
        log_id: this.logId(at),
        date: iso(at),
        type,
        description: LOG_DESCRIPTIONS[type] ?? null,
        connection: connection.name,
        connection_id: connection.id,
        client_id: app.client_id,
        client_name: app.name,
        ip: this.ip(home),
        hostname: "usergraph-dev.us.auth0.com",
        user_id: user.user_id,
        user_name: user.email ?? user.username ?? user.nickname ?? user.user_id,
        strategy: connection.strategy,
        strategy_type: social ? "social" : "database",
        isMobile: agent.mobile,
        user_agent: agent.ua,
        location_info: this.locationInfo[LOCATIONS.indexOf(home)]!,
      };
      if (type === "sapi") {
        log.client_name = "Usergraph Admin (M2M)";
        log.details = { request: { method: "patch", path: flat(`/api/v2/users/${user.user_id}`) }, response: { statusCode: 200 } };
      } else if (type === "f" || type === "fp") {
        log.details = { error: { message: "Wrong email or password." } };
      }
      return log;
    });
    this.state.logs.set(user.user_id, logs);
  }
}

const LOG_DESCRIPTIONS: Record<string, string> = {
  s: "Successful login",
  ss: "Successful signup",
  f: "Wrong email or password.",
  fp: "Wrong email or password.",
  sapi: "Update a User",
  slo: "User successfully logged out",
  scp: "Password changed",
  gd_enrollment_complete: "Guardian - Enrollment complete",
  limit_wc: "User blocked because of too many failed login attempts from this IP address.",
};
