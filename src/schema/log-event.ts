import type { LogEvent } from "../upstream/types.js";
import { builder } from "./builder.js";
import { offsetConnectionField, offsetConnectionType } from "./connection-fields.js";
import { SortDirection, UserRef, type UserRecord } from "./user.js";
import { wireDate, wireNumber, wireObject, wireString } from "./wire-values.js";

type LogSecurityContext = NonNullable<LogEvent["security_context"]>;
type LogLocationInfo = NonNullable<LogEvent["location_info"]>;

/** Auth0 pages through only the first 1000 log events of a user. */
export const LOG_WINDOW = 1000;
/** Newest first: the order a user's activity is read in (and Auth0's own default). */
export const LOG_SORT = "date:-1";

export const LogEventRef = builder.objectRef<LogEvent>("LogEvent");
const LogSecurityContextRef = builder.objectRef<LogSecurityContext>("LogSecurityContext");
const LogLocationInfoRef = builder.objectRef<LogLocationInfo>("LogLocationInfo");

LogSecurityContextRef.implement({
  description: "Information about security-related signals of the request that caused the event.",
  fields: (t) => ({
    ja3: t.string({ nullable: true, description: "JA3 fingerprint value.", resolve: (c) => wireString(c.ja3) }),
    ja4: t.string({ nullable: true, description: "JA4 fingerprint value.", resolve: (c) => wireString(c.ja4) }),
  }),
});

LogLocationInfoRef.implement({
  description: "Information about the location that triggered this event, based on its `ip`.",
  fields: (t) => ({
    countryCode: t.string({
      nullable: true,
      description: "Two-letter Alpha-2 ISO 3166-1 country code.",
      resolve: (l) => wireString(l.country_code),
    }),
    countryCode3: t.string({
      nullable: true,
      description: "Three-letter Alpha-3 ISO 3166-1 country code.",
      resolve: (l) => wireString(l.country_code3),
    }),
    countryName: t.string({ nullable: true, description: "Full country name in English.", resolve: (l) => wireString(l.country_name) }),
    cityName: t.string({ nullable: true, description: "Full city name in English.", resolve: (l) => wireString(l.city_name) }),
    latitude: t.float({ nullable: true, description: "Global latitude (horizontal) position.", resolve: (l) => wireNumber(l.latitude) }),
    longitude: t.float({ nullable: true, description: "Global longitude (vertical) position.", resolve: (l) => wireNumber(l.longitude) }),
    timeZone: t.string({
      nullable: true,
      description: "Time zone name as found in the tz database.",
      resolve: (l) => wireString(l.time_zone),
    }),
    continentCode: t.string({
      nullable: true,
      description:
        "Continent the country is located within: `AF` (Africa), `AN` (Antarctica), `AS` (Asia), `EU` " +
        "(Europe), `NA` (North America), `OC` (Oceania) or `SA` (South America).",
      resolve: (l) => wireString(l.continent_code),
    }),
  }),
});

LogEventRef.implement({
  description:
    "A tenant log event involving the user: a login, a failed login, a signup, a Management API change, " +
    "an MFA enrollment… Auth0 keeps log events for a limited time that depends on the plan.",
  fields: (t) => ({
    logId: t.id({ nullable: true, description: "Unique ID of the event.", resolve: (l) => wireString(l.log_id) }),
    date: t.field({ type: "DateTime", nullable: true, description: "Date when the event occurred.", resolve: (l) => wireDate(l.date) }),
    type: t.string({
      nullable: true,
      description:
        "Type of event: Auth0's event code, e.g. `s` (successful login), `f` (failed login), `ss` (successful " +
        "signup), `sapi` (Management API operation).",
      resolve: (l) => wireString(l.type),
    }),
    description: t.string({ nullable: true, description: "Description of this event.", resolve: (l) => wireString(l.description) }),
    connection: t.string({
      nullable: true,
      description: "Name of the connection the event relates to.",
      resolve: (l) => wireString(l.connection),
    }),
    connectionId: t.string({
      nullable: true,
      description: "ID of the connection the event relates to.",
      resolve: (l) => wireString(l.connection_id),
    }),
    clientId: t.string({ nullable: true, description: "ID of the client (application).", resolve: (l) => wireString(l.client_id) }),
    clientName: t.string({ nullable: true, description: "Name of the client (application).", resolve: (l) => wireString(l.client_name) }),
    ip: t.field({ type: "IP", nullable: true, description: "IP address of the log event source.", resolve: (l) => wireString(l.ip) }),
    hostname: t.string({ nullable: true, description: "Hostname the event applies to.", resolve: (l) => wireString(l.hostname) }),
    userId: t.string({ nullable: true, description: "ID of the user involved in the event.", resolve: (l) => wireString(l.user_id) }),
    userName: t.string({ nullable: true, description: "Name of the user involved in the event.", resolve: (l) => wireString(l.user_name) }),
    audience: t.string({ nullable: true, description: "API audience the event applies to.", resolve: (l) => wireString(l.audience) }),
    scope: t.string({ nullable: true, description: "Scope permissions applied to the event.", resolve: (l) => wireString(l.scope) }),
    strategy: t.string({
      nullable: true,
      description: "Name of the strategy involved in the event.",
      resolve: (l) => wireString(l.strategy),
    }),
    strategyType: t.string({
      nullable: true,
      description: "Type of strategy involved in the event.",
      resolve: (l) => wireString(l.strategy_type),
    }),
    isMobile: t.boolean({
      nullable: true,
      description: "Whether the client was a mobile device (true) or desktop/laptop/server (false).",
      resolve: (l) => (typeof l.isMobile === "boolean" ? l.isMobile : null),
    }),
    details: t.field({
      type: "JSONObject",
      nullable: true,
      description: "Additional useful details about this event (structure is dependent upon event type).",
      resolve: (l) => wireObject(l.details),
    }),
    userAgent: t.string({
      nullable: true,
      description: "User agent string from the client device that caused the event.",
      resolve: (l) => wireString(l.user_agent),
    }),
    securityContext: t.field({
      type: LogSecurityContextRef,
      nullable: true,
      description: "Information about security-related signals.",
      resolve: (l) => wireObject(l.security_context) as LogSecurityContext | null,
    }),
    locationInfo: t.field({
      type: LogLocationInfoRef,
      nullable: true,
      description: "Information about the location that triggered this event, based on the `ip`.",
      resolve: (l) => wireObject(l.location_info) as LogLocationInfo | null,
    }),
  }),
});

export const LogEventConnection = offsetConnectionType(LogEventRef, {
  name: "LogEvent",
  description: "A page of a user's log events, newest first.",
  total: "How many log events the user has in all (asked of Auth0 only when selected).",
  edge: "A log event in a page of log events, with its cursor.",
});

const LogSortField = builder.enumType("LogSortField", {
  description: "A log event attribute a user's log events can be sorted by.",
  values: {
    DATE: { value: "date", description: "When the event happened." },
    TYPE: { value: "type", description: "The event's type code." },
    CLIENT_NAME: { value: "client_name", description: "The name of the application involved." },
    CLIENT_ID: { value: "client_id", description: "The id of the application involved." },
    CONNECTION: { value: "connection", description: "The connection involved." },
    IP: { value: "ip", description: "The IP address the event came from." },
    HOSTNAME: { value: "hostname", description: "The hostname the event was received on." },
    LOG_ID: { value: "log_id", description: "The event's id." },
  } as const,
});

const LogSort = builder.inputType("LogSort", {
  description: "How to order a user's log events: an attribute and a direction.",
  fields: (t) => ({
    field: t.field({ type: LogSortField, required: true, description: "The attribute to sort by." }),
    direction: t.field({
      type: SortDirection,
      required: false,
      defaultValue: -1,
      description: "The order; descending (newest first for `DATE`) by default.",
    }),
  }),
});

builder.objectFields(UserRef, (t) => ({
  logs: offsetConnectionField(t, {
    type: LogEventConnection,
    items: "log events",
    nullable: true,
    description:
      `The log events involving the user (GET /users/{id}/logs), newest first (\`sort=${LOG_SORT}\`) ` +
      `unless \`sort\` says otherwise. Auth0 pages through only the first ${LOG_WINDOW} of them: past ` +
      `that the field fails with SEARCH_WINDOW_EXCEEDED. Null, with an error on this field only, when ` +
      `the caller lacks read:logs (or read:logs_users) or Auth0 fails.`,
    authScopes: { anyScope: ["read:logs", "read:logs_users"] },
    window: LOG_WINDOW,
    args: (arg) => ({ sort: arg({ type: LogSort, required: false, description: "The order; newest first when absent." }) }),
    fetch: (user: UserRecord, request, ctx, args) => {
      const sort = args.sort ? `${args.sort.field}:${args.sort.direction ?? -1}` : LOG_SORT;
      return ctx.loaders.userLogs.load({ id: user.user_id, sort, ...request });
    },
  }),
}));
