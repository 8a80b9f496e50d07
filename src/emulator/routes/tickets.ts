import { randomBytes } from "node:crypto";
import { ApiError, inexistentUser, invalidBody } from "../errors.js";
import type { Route, RouteContext } from "../route.js";
import type { StoredUser } from "../state.js";
import { validateBody } from "../validation.js";

// User tickets: single-use URLs that let their holder change the user's password or verify their
// email. A ticket is a bearer secret of that user's: it is answered once and never stored in clear.

interface TicketBody {
  user_id?: string;
  email?: string;
  connection_id?: string;
  identity?: { user_id: string; provider: string };
  organization_id?: string;
}

function ticketUser(ctx: RouteContext, body: TicketBody): StoredUser {
  if (body.user_id !== undefined && body.connection_id !== undefined) {
    throw invalidBody("'user_id' and 'connection_id' cannot be used together.");
  }
  let user: StoredUser | undefined;
  if (body.user_id !== undefined) {
    user = ctx.state.users.get(body.user_id);
  } else if (body.email !== undefined && body.connection_id !== undefined) {
    const connection = ctx.state.connections.find((c) => c.id === body.connection_id);
    if (!connection) throw new ApiError(400, `The connection with id ${body.connection_id} does not exist.`, "invalid_body");
    const email = body.email.toLowerCase();
    user = [...ctx.state.users.values()].find((u) => u.identities[0]?.connection === connection.name && u.email === email);
  } else {
    throw invalidBody("'Missing required property: user_id'.");
  }
  if (!user) throw inexistentUser();
  if (body.identity) {
    const { provider, user_id } = body.identity;
    if (!user.identities.some((i) => i.provider === provider && i.user_id === user_id)) {
      throw new ApiError(400, "The user exists, but does not contain the given identity.", "invalid_body");
    }
  }
  if (body.organization_id !== undefined) {
    if (!ctx.state.organizations.has(body.organization_id)) throw new ApiError(400, "The organization does not exist", "invalid_body");
    if (!(ctx.state.organizationMembers.get(body.organization_id) ?? []).includes(user.user_id)) {
      throw new ApiError(
        400,
        `The user with id ${user.user_id} is not a member of organization with id ${body.organization_id}.`,
        "invalid_body",
      );
    }
  }
  if (!user.email) throw new ApiError(400, "The user does not have an email address.", "invalid_body");
  return user;
}

/** A ticket points at the tenant's login pages (which the emulator does not serve), as Auth0's do. */
function ticketUrl(ctx: RouteContext, kind: "reset" | "verify_email"): string {
  return `https://${ctx.state.tenant}.login.auth0.example/u/${kind}?ticket=${randomBytes(24).toString("base64url")}`;
}

const passwordChange: Route = {
  method: "POST",
  path: "/api/v2/tickets/password-change",
  scopes: ["create:user_tickets"],
  query: [],
  handle(ctx) {
    const body = validateBody<TicketBody>(ctx.body, "ChangePasswordTicketRequestContent");
    const user = ticketUser(ctx, body);
    if (user.identities[0]?.provider !== "auth0") {
      throw new ApiError(400, "The user's main connection does not support this operation.", "invalid_body");
    }
    return { status: 201, body: { ticket: ticketUrl(ctx, "reset") } };
  },
};

const emailVerification: Route = {
  method: "POST",
  path: "/api/v2/tickets/email-verification",
  scopes: ["create:user_tickets"],
  query: [],
  handle(ctx) {
    const body = validateBody<TicketBody>(ctx.body, "VerifyEmailTicketRequestContent");
    ticketUser(ctx, body);
    return { status: 201, body: { ticket: ticketUrl(ctx, "verify_email") } };
  },
};

export const ticketsRoutes: Route[] = [passwordChange, emailVerification];
