// Fixed reference data the seed draws from: the tenant's APIs, roles, applications, devices and
// places. Everything random (ids, people, dates) is drawn in seed.ts from the seeded faker.

export const DATABASE_CONNECTION = "Username-Password-Authentication";
/** A second database connection that requires a username, so `username` means something. */
export const USERNAME_CONNECTION = "Partners-Username-Password";
export const GOOGLE_CONNECTION = "google-oauth2";
export const GITHUB_CONNECTION = "github";

export const RESOURCE_SERVERS = [
  {
    identifier: "https://api.usergraph.dev/",
    name: "Usergraph Platform API",
    scopes: [
      { value: "read:projects", description: "Read projects" },
      { value: "write:projects", description: "Create and update projects" },
      { value: "delete:projects", description: "Delete projects" },
      { value: "read:reports", description: "Read usage reports" },
      { value: "export:reports", description: "Export usage reports" },
      { value: "manage:members", description: "Invite and remove workspace members" },
      { value: "read:audit", description: "Read the audit trail" },
      { value: "admin:workspace", description: "Administer workspace settings" },
    ],
  },
  {
    identifier: "https://billing.usergraph.dev/",
    name: "Usergraph Billing API",
    scopes: [
      { value: "read:invoices", description: "Read invoices" },
      { value: "write:invoices", description: "Issue and void invoices" },
      { value: "read:subscriptions", description: "Read subscriptions" },
      { value: "manage:subscriptions", description: "Change plans and seats" },
      { value: "refund:payments", description: "Refund payments" },
    ],
  },
] as const;

const PLATFORM = RESOURCE_SERVERS[0].identifier;
const BILLING = RESOURCE_SERVERS[1].identifier;

/** Roles and their permissions, as [resource server identifier, scope] pairs. */
export const ROLE_DEFINITIONS: { name: string; description: string; weight: number; permissions: [string, string][] }[] = [
  {
    name: "Workspace Admin",
    description: "Full control of the workspace, its members and its settings",
    weight: 1,
    permissions: [
      [PLATFORM, "read:projects"],
      [PLATFORM, "write:projects"],
      [PLATFORM, "delete:projects"],
      [PLATFORM, "manage:members"],
      [PLATFORM, "read:audit"],
      [PLATFORM, "admin:workspace"],
    ],
  },
  {
    name: "Project Owner",
    description: "Creates, edits and deletes projects",
    weight: 4,
    permissions: [
      [PLATFORM, "read:projects"],
      [PLATFORM, "write:projects"],
      [PLATFORM, "delete:projects"],
    ],
  },
  {
    name: "Editor",
    description: "Edits projects",
    weight: 8,
    permissions: [
      [PLATFORM, "read:projects"],
      [PLATFORM, "write:projects"],
    ],
  },
  {
    name: "Viewer",
    description: "Read-only access to projects and reports",
    weight: 12,
    permissions: [
      [PLATFORM, "read:projects"],
      [PLATFORM, "read:reports"],
    ],
  },
  {
    name: "Analyst",
    description: "Reads and exports usage reports",
    weight: 4,
    permissions: [
      [PLATFORM, "read:reports"],
      [PLATFORM, "export:reports"],
    ],
  },
  {
    name: "Auditor",
    description: "Reads the audit trail and invoices",
    weight: 2,
    permissions: [
      [PLATFORM, "read:audit"],
      [BILLING, "read:invoices"],
    ],
  },
  {
    name: "Support Agent",
    description: "Helps customers with their projects and subscriptions",
    weight: 3,
    permissions: [
      [PLATFORM, "read:projects"],
      [BILLING, "read:subscriptions"],
      [BILLING, "read:invoices"],
    ],
  },
  {
    name: "Billing Manager",
    description: "Manages subscriptions and invoices",
    weight: 2,
    permissions: [
      [BILLING, "read:invoices"],
      [BILLING, "write:invoices"],
      [BILLING, "read:subscriptions"],
      [BILLING, "manage:subscriptions"],
    ],
  },
  {
    name: "Finance Lead",
    description: "Issues refunds and reads every billing record",
    weight: 1,
    permissions: [
      [BILLING, "read:invoices"],
      [BILLING, "read:subscriptions"],
      [BILLING, "refund:payments"],
    ],
  },
  {
    name: "Developer",
    description: "Builds against the platform API",
    weight: 6,
    permissions: [
      [PLATFORM, "read:projects"],
      [PLATFORM, "write:projects"],
      [PLATFORM, "read:reports"],
    ],
  },
];

/** The tenant's applications (clients) users log in to; ids are drawn by the seed. */
export const APPLICATIONS = [
  { name: "Usergraph Console", mobile: false, audience: PLATFORM, scope: "read:projects write:projects" },
  { name: "Usergraph Mobile", mobile: true, audience: PLATFORM, scope: "read:projects" },
  { name: "Usergraph Billing Portal", mobile: false, audience: BILLING, scope: "read:invoices read:subscriptions" },
] as const;

export const USER_AGENTS = [
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    mobile: false,
  },
  { ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", mobile: false },
  { ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", mobile: false },
  {
    ua: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    mobile: false,
  },
  { ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36", mobile: false },
  {
    ua:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) " +
      "Version/18.2 Mobile/15E148 Safari/604.1",
    mobile: true,
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    mobile: true,
  },
  {
    ua: "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
    mobile: true,
  },
] as const;

/** Places logins come from: log `location_info`, with the leading octet of their IPv4 addresses and an ASN. */
export const LOCATIONS = [
  {
    country_code: "US",
    country_code3: "USA",
    country_name: "United States",
    city_name: "San Francisco",
    latitude: 37.7749,
    longitude: -122.4194,
    time_zone: "America/Los_Angeles",
    continent_code: "NA",
    octet: 73,
    asn: "7922",
  },
  {
    country_code: "US",
    country_code3: "USA",
    country_name: "United States",
    city_name: "New York",
    latitude: 40.7128,
    longitude: -74.006,
    time_zone: "America/New_York",
    continent_code: "NA",
    octet: 71,
    asn: "701",
  },
  {
    country_code: "US",
    country_code3: "USA",
    country_name: "United States",
    city_name: "Austin",
    latitude: 30.2672,
    longitude: -97.7431,
    time_zone: "America/Chicago",
    continent_code: "NA",
    octet: 99,
    asn: "11427",
  },
  {
    country_code: "CA",
    country_code3: "CAN",
    country_name: "Canada",
    city_name: "Toronto",
    latitude: 43.6532,
    longitude: -79.3832,
    time_zone: "America/Toronto",
    continent_code: "NA",
    octet: 142,
    asn: "577",
  },
  {
    country_code: "GB",
    country_code3: "GBR",
    country_name: "United Kingdom",
    city_name: "London",
    latitude: 51.5072,
    longitude: -0.1276,
    time_zone: "Europe/London",
    continent_code: "EU",
    octet: 81,
    asn: "2856",
  },
  {
    country_code: "FR",
    country_code3: "FRA",
    country_name: "France",
    city_name: "Paris",
    latitude: 48.8566,
    longitude: 2.3522,
    time_zone: "Europe/Paris",
    continent_code: "EU",
    octet: 90,
    asn: "3215",
  },
  {
    country_code: "DE",
    country_code3: "DEU",
    country_name: "Germany",
    city_name: "Berlin",
    latitude: 52.52,
    longitude: 13.405,
    time_zone: "Europe/Berlin",
    continent_code: "EU",
    octet: 91,
    asn: "3320",
  },
  {
    country_code: "ES",
    country_code3: "ESP",
    country_name: "Spain",
    city_name: "Madrid",
    latitude: 40.4168,
    longitude: -3.7038,
    time_zone: "Europe/Madrid",
    continent_code: "EU",
    octet: 88,
    asn: "3352",
  },
  {
    country_code: "BR",
    country_code3: "BRA",
    country_name: "Brazil",
    city_name: "São Paulo",
    latitude: -23.5558,
    longitude: -46.6396,
    time_zone: "America/Sao_Paulo",
    continent_code: "SA",
    octet: 177,
    asn: "28573",
  },
  {
    country_code: "IN",
    country_code3: "IND",
    country_name: "India",
    city_name: "Bengaluru",
    latitude: 12.9716,
    longitude: 77.5946,
    time_zone: "Asia/Kolkata",
    continent_code: "AS",
    octet: 106,
    asn: "24560",
  },
  {
    country_code: "JP",
    country_code3: "JPN",
    country_name: "Japan",
    city_name: "Tokyo",
    latitude: 35.6762,
    longitude: 139.6503,
    time_zone: "Asia/Tokyo",
    continent_code: "AS",
    octet: 126,
    asn: "2516",
  },
  {
    country_code: "AU",
    country_code3: "AUS",
    country_name: "Australia",
    city_name: "Sydney",
    latitude: -33.8688,
    longitude: 151.2093,
    time_zone: "Australia/Sydney",
    continent_code: "OC",
    octet: 101,
    asn: "1221",
  },
] as const;

/** E.164 numbers: country code, national significant number length, allowed first digits. */
export const PHONE_PLANS = [
  { code: "1", length: 10, first: "23456789" },
  { code: "44", length: 10, first: "7" },
  { code: "33", length: 9, first: "67" },
  { code: "49", length: 11, first: "1" },
  { code: "61", length: 9, first: "4" },
] as const;

export const COMPANY_DOMAINS = [
  "acme.example",
  "globex.example",
  "initech.example",
  "umbrella.example",
  "hooli.example",
  "stark.example",
] as const;

export const LANGUAGES = ["en", "en-GB", "fr", "de", "es", "pt-BR", "ja", "nl"] as const;
export const THEMES = ["light", "dark", "system"] as const;
export const PLANS = ["free", "starter", "pro", "enterprise"] as const;
export const SUBSCRIPTION_STATUSES = ["active", "active", "active", "trialing", "past_due", "canceled"] as const;
export const APP_ROLES = ["member", "member", "member", "support", "billing-admin", "owner"] as const;
export const SIGNUP_SOURCES = ["website", "mobile-app", "invitation", "partner-referral", "sales-led"] as const;
export const ADDRESS_TYPES = ["home", "work", "billing", "shipping"] as const;
export const COUNTRIES = ["US", "GB", "FR", "DE", "ES", "CA", "BR", "JP", "AU", "IN"] as const;

export const GUARDIAN_DEVICES = ["iPhone 16 Pro", "iPhone 15", "Pixel 9", "Pixel 8a", "Galaxy S24", "OnePlus 12"] as const;
export const SECURITY_KEYS = ["YubiKey 5C NFC", "YubiKey 5 Nano", "Titan Security Key", "Feitian ePass"] as const;
/** Passkey providers: AAGUID and a name the user would see. */
export const PASSKEY_PROVIDERS = [
  { aaguid: "fbfc3007-154e-4ecc-8c0b-6e020557d7bd", name: "iCloud Keychain", device: "multi_device", transports: ["internal", "hybrid"] },
  { aaguid: "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4", name: "Google Passwords", device: "multi_device", transports: ["internal", "hybrid"] },
  { aaguid: "bada5566-a7aa-401f-bd96-45619a55120d", name: "1Password", device: "multi_device", transports: ["internal"] },
  { aaguid: "08987058-cadc-4b81-b6e1-30de50dcbe96", name: "Windows Hello", device: "single_device", transports: ["internal"] },
] as const;

export const ORGANIZATION_INDUSTRIES = ["fintech", "healthcare", "retail", "logistics", "media", "education", "manufacturing"] as const;
export const ORGANIZATION_TIERS = ["standard", "premium", "strategic"] as const;
export const ORGANIZATION_REGIONS = ["us-east", "us-west", "eu-central", "ap-southeast"] as const;
