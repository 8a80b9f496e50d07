import { lexicographicSortSchema } from "graphql";
import { builder } from "./builder.js";
import "./identity.js";
import "./user.js";
import "./session.js";
import "./refresh-token.js";
import "./log-event.js";
import "./authentication-method.js";
import "./enrollment.js";
import "./user-block.js";
import "./permission.js";
import "./organization.js";
import "./role.js";
import "./group.js";
import "./effective-access.js";
import "./organization-member.js";
import "./connected-account.js";
import "./federated-token-set.js";
import "./user-mutations.js";
import "./identity-mutations.js";
import "./role-mutations.js";
import "./permission-mutations.js";
import "./user-block-mutations.js";
import "./session-mutations.js";
import "./refresh-token-mutations.js";
import "./mfa-mutations.js";
import "./authentication-method-mutations.js";
import "./risk-assessment-mutations.js";
import "./federated-token-set-mutations.js";
import "./organization-member-mutations.js";
import "./job.js";
import "./job-mutations.js";
import "./ticket-mutations.js";
import "./entities.js";
import { settleEntityRepresentations } from "./entity-representations.js";
import { guardUpstreamReads } from "./upstream-guard.js";

/** The Apollo Federation version the subgraph SDL links (`@link(url: …)`). */
export const FEDERATION_SPEC = "https://specs.apollo.dev/federation/v2.6";

/**
 * The served schema: the graph as an Apollo Federation v2 subgraph. It is a complete API on its own;
 * federation adds only `Query._entities` and `Query._service` (with their types `_Entity`, `_Any`,
 * `_Service`), which a router uses. Sorted, like every schema here. A field without an upstream cost
 * fact cannot reach upstream (see upstream-guard.ts); `_entities` checks every representation before
 * resolving any, and settles each item on its own (entity-representations.ts).
 */
export const schema = settleEntityRepresentations(
  guardUpstreamReads(builder.toSubGraphSchema({ linkUrl: FEDERATION_SPEC, federationDirectives: ["@key", "@shareable"] })),
);

/** The API clients see: the served schema without the federation internals (`schema/schema.graphql`). */
export const clientSchema = lexicographicSortSchema(builder.toSchema());
