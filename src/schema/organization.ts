import type { Organization } from "../upstream/types.js";
import { builder } from "./builder.js";
import { offsetConnectionField, offsetConnectionType } from "./connection-fields.js";
import { upstreamCost } from "./field-facts.js";
import { UserRef, type UserRecord } from "./user.js";

type Branding = NonNullable<Organization["branding"]>;
type BrandingColors = NonNullable<Branding["colors"]>;

export const OrganizationRef = builder.objectRef<Organization>("Organization");
const BrandingRef = builder.objectRef<Branding>("OrganizationBranding");
const BrandingColorsRef = builder.objectRef<BrandingColors>("OrganizationBrandingColors");

BrandingColorsRef.implement({
  description: "Color scheme used to customize the organization's login pages.",
  fields: (t) => ({
    primary: t.string({ nullable: false, description: "HEX color for primary elements, e.g. `#0059d6`.", resolve: (c) => c.primary }),
    pageBackground: t.string({
      nullable: false,
      description: "HEX color for the page background, e.g. `#000000`.",
      resolve: (c) => c.page_background,
    }),
  }),
});

BrandingRef.implement({
  description: "Theme that defines how to style the organization's login pages.",
  fields: (t) => ({
    logoUrl: t.field({
      type: "URL",
      nullable: true,
      description: "URL (https) of the logo to display on the login page.",
      resolve: (b) => b.logo_url ?? null,
    }),
    colors: t.field({
      type: BrandingColorsRef,
      nullable: true,
      description: "Color scheme used to customize the login pages.",
      resolve: (b) => b.colors ?? null,
    }),
  }),
});

OrganizationRef.implement({
  description:
    "An Auth0 Organization: a business customer (a company, a team) whose members sign in with the organization's own login experience.",
  fields: (t) => ({
    id: t.id({
      nullable: false,
      description: "Organization identifier, e.g. `org_…` (at most 50 characters).",
      resolve: (o) => String(o.id),
    }),
    name: t.string({
      nullable: false,
      description: "The name of this organization: a lower-case slug (1–50 characters) unique in the tenant, e.g. `acme-users`.",
      resolve: (o) => o.name,
    }),
    displayName: t.string({
      nullable: true,
      description: "Friendly name of this organization (1–255 characters), e.g. `Acme Users`.",
      resolve: (o) => o.display_name ?? null,
    }),
    branding: t.field({
      type: BrandingRef,
      nullable: true,
      description: "Theme that defines how to style the organization's login pages; null when none is set.",
      resolve: (o) => o.branding ?? null,
    }),
    metadata: t.field({
      type: "JSONObject",
      nullable: true,
      description:
        "Metadata associated with the organization: an object of string (or null) values of at most 255 characters, at most 25 keys.",
      resolve: (o) => (o.metadata as Record<string, unknown> | undefined) ?? null,
    }),
  }),
});

export const OrganizationConnection = offsetConnectionType(OrganizationRef, {
  name: "Organization",
  description: "A page of organizations.",
  total: "How many organizations there are in all (asked of Auth0 only when selected).",
  edge: "An organization in a page of organizations, with its cursor.",
});

builder.queryField("organization", (t) =>
  t.field({
    type: OrganizationRef,
    nullable: true,
    description: "An organization by its id; null when no such organization exists. Needs the `read:organizations` scope.",
    authScopes: { scope: "read:organizations" },
    extensions: upstreamCost({ kind: "byId", loader: "organization", id: "argument" }),
    args: { id: t.arg.id({ required: true, description: "The organization id, e.g. `org_…`." }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.organization.load(String(id)),
  }),
);

builder.objectField(UserRef, "organizations", (t) =>
  offsetConnectionField(t, {
    type: OrganizationConnection,
    items: "organizations",
    nullable: true,
    description:
      "The organizations this user is currently a member of (Auth0's `GET /users/{id}/organizations`). " +
      "Needs the `read:organizations` scope.",
    authScopes: { scope: "read:organizations" },
    fetch: (user: UserRecord, request, ctx) => ctx.loaders.userOrganizations.load({ id: user.user_id, ...request }),
  }),
);
