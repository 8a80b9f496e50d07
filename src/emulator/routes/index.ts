import type { Route } from "../route.js";
import { authenticationMethodsRoutes } from "./authentication-methods.js";
import { connectedAccountsRoutes } from "./connected-accounts.js";
import { effectiveAccessRoutes } from "./effective-access.js";
import { federatedTokenSetsRoutes } from "./federated-token-sets.js";
import { groupsRoutes } from "./groups.js";
import { connectionsRoutes } from "./connections.js";
import { identitiesRoutes } from "./identities.js";
import { jobsRoutes } from "./jobs.js";
import { logsRoutes } from "./logs.js";
import { mfaRoutes } from "./mfa.js";
import { organizationMembersRoutes } from "./organization-members.js";
import { organizationsRoutes } from "./organizations.js";
import { permissionsRoutes } from "./permissions.js";
import { refreshTokensRoutes } from "./refresh-tokens.js";
import { riskAssessmentsRoutes } from "./risk-assessments.js";
import { rolesRoutes } from "./roles.js";
import { sessionsRoutes } from "./sessions.js";
import { ticketsRoutes } from "./tickets.js";
import { userBlocksRoutes } from "./user-blocks.js";
import { usersRoutes } from "./users.js";

/** Every Management API endpoint the emulator serves. */
export const managementRoutes: Route[] = [
  ...usersRoutes,
  ...identitiesRoutes,
  ...rolesRoutes,
  ...permissionsRoutes,
  ...organizationsRoutes,
  ...logsRoutes,
  ...mfaRoutes,
  ...authenticationMethodsRoutes,
  ...sessionsRoutes,
  ...refreshTokensRoutes,
  ...userBlocksRoutes,
  ...effectiveAccessRoutes,
  ...groupsRoutes,
  ...organizationMembersRoutes,
  ...connectedAccountsRoutes,
  ...federatedTokenSetsRoutes,
  ...riskAssessmentsRoutes,
  ...jobsRoutes,
  ...ticketsRoutes,
  ...connectionsRoutes,
];
