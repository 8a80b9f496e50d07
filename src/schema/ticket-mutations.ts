import { z } from "zod";
import { builder } from "./builder.js";
import { checkInput, nonBlank } from "./input-checks.js";
import { definePayload, runMutation, type UserErrorShape } from "./user-error.js";

// User tickets: URLs that let whoever holds them change the user's password or verify their email.
// A ticket is a secret of the user's: answered once, never logged or kept.

const TicketIdentityInput = builder.inputType("TicketIdentityInput", {
  description: "The identity a ticket is for, for a user with several.",
  fields: (t) => ({
    userId: t.string({ required: true, description: "The identity's user id at its provider." }),
    provider: t.string({ required: true, description: "The identity's provider (`auth0`)." }),
    connectionId: t.string({ required: false, description: "The identity's connection (`con_…`)." }),
  }),
});

const CreatePasswordChangeTicketInput = builder.inputType("CreatePasswordChangeTicketInput", {
  description: "Whose password the ticket changes: `userId`, or `email` with `connectionId`.",
  fields: (t) => ({
    userId: t.id({ required: false, description: "The user's Auth0 `user_id` (not with `connectionId`)." }),
    email: t.field({ type: "EmailAddress", required: false, description: "The user's email (with `connectionId`)." }),
    connectionId: t.string({ required: false, description: "The user's connection (`con_…`), with `email`." }),
    resultUrl: t.field({
      type: "URL",
      required: false,
      description: "Where the user goes once the ticket is used (classic Universal Login; not with `organizationId`).",
    }),
    clientId: t.string({ required: false, description: "The application whose login route the user returns to." }),
    organizationId: t.string({ required: false, description: "The organization whose branding to use (`org_…`)." }),
    ttlSec: t.int({ required: false, description: "Seconds the ticket stays valid (default and 0: 5 days)." }),
    markEmailAsVerified: t.boolean({ required: false, description: "Also mark the user's email as verified when the ticket is used." }),
    includeEmailInRedirect: t.boolean({ required: false, description: "Add the user's email to the redirect URL." }),
    identity: t.field({ type: TicketIdentityInput, required: false, description: "The identity (with `userId`)." }),
  }),
});

const CreateEmailVerificationTicketInput = builder.inputType("CreateEmailVerificationTicketInput", {
  description: "Whose email the ticket verifies.",
  fields: (t) => ({
    userId: t.id({ required: true, description: "The user's Auth0 `user_id`." }),
    resultUrl: t.field({
      type: "URL",
      required: false,
      description: "Where the user goes once the ticket is used (classic Universal Login).",
    }),
    clientId: t.string({ required: false, description: "The application whose login route the user returns to." }),
    organizationId: t.string({ required: false, description: "The organization whose branding to use (`org_…`)." }),
    ttlSec: t.int({ required: false, description: "Seconds the ticket stays valid (default and 0: 5 days)." }),
    includeEmailInRedirect: t.boolean({ required: false, description: "Add the user's email to the redirect URL." }),
    identity: t.field({ type: TicketIdentityInput, required: false, description: "The identity to verify." }),
  }),
});

interface TicketResult {
  ticket?: string;
  userErrors: UserErrorShape[];
}

const ticketField =
  "SENSITIVE — the ticket URL: whoever opens it can act for the user. Give it to the user only; the " +
  "gateway neither stores nor logs it. Null when the mutation failed.";

const CreatePasswordChangeTicketPayload = definePayload<TicketResult>(
  "CreatePasswordChangeTicketPayload",
  "The result of `createPasswordChangeTicket`.",
  (t) => ({
    ticket: t.field({ type: "URL", nullable: true, description: ticketField, resolve: (p) => p.ticket ?? null }),
  }),
);
const CreateEmailVerificationTicketPayload = definePayload<TicketResult>(
  "CreateEmailVerificationTicketPayload",
  "The result of `createEmailVerificationTicket`.",
  (t) => ({
    ticket: t.field({ type: "URL", nullable: true, description: ticketField, resolve: (p) => p.ticket ?? null }),
  }),
);

const ttl = z.number().int().min(0, { error: "ttlSec must be 0 or more." }).nullish();
const identity = z
  .object({
    userId: nonBlank("The identity's user id"),
    provider: z.literal("auth0", { error: "Tickets are for `auth0` identities." }),
    connectionId: z.string().nullish(),
  })
  .nullish();
const optionalText = (what: string) => nonBlank(what).nullish();

const passwordChangeInput = z.object({
  input: z
    .object({
      userId: optionalText("The user id"),
      email: z.string().nullish(),
      connectionId: z
        .string()
        .regex(/^con_[A-Za-z0-9]{16}$/, { error: "A connection id is `con_` and 16 letters or digits." })
        .nullish(),
      resultUrl: z.instanceof(URL).nullish(),
      clientId: optionalText("The client id"),
      organizationId: optionalText("The organization id"),
      ttlSec: ttl,
      markEmailAsVerified: z.boolean().nullish(),
      includeEmailInRedirect: z.boolean().nullish(),
      identity,
    })
    .refine((i) => (i.userId != null) !== (i.email != null && i.connectionId != null) && !(i.userId != null && i.connectionId != null), {
      error: "Give userId, or email with connectionId.",
      path: ["userId"],
    })
    .refine((i) => !(i.resultUrl != null && i.organizationId != null), {
      error: "resultUrl cannot be used with organizationId.",
      path: ["resultUrl"],
    }),
});

const emailVerificationInput = z.object({
  input: z.object({
    userId: nonBlank("The user id"),
    resultUrl: z.instanceof(URL).nullish(),
    clientId: optionalText("The client id"),
    organizationId: optionalText("The organization id"),
    ttlSec: ttl,
    includeEmailInRedirect: z.boolean().nullish(),
    identity,
  }),
});

type CommonInput = {
  resultUrl?: URL | null;
  clientId?: string | null;
  organizationId?: string | null;
  ttlSec?: number | null;
  includeEmailInRedirect?: boolean | null;
  identity?: { userId: string; provider: string; connectionId?: string | null } | null;
};

function commonBody(input: CommonInput) {
  return {
    ...(input.resultUrl ? { result_url: input.resultUrl.toString() } : {}),
    ...(input.clientId ? { client_id: input.clientId } : {}),
    ...(input.organizationId ? { organization_id: input.organizationId } : {}),
    ...(input.ttlSec != null ? { ttl_sec: input.ttlSec } : {}),
    ...(input.includeEmailInRedirect != null ? { includeEmailInRedirect: input.includeEmailInRedirect } : {}),
    ...(input.identity
      ? {
          identity: {
            user_id: input.identity.userId,
            provider: "auth0" as const,
            ...(input.identity.connectionId ? { connection_id: input.identity.connectionId } : {}),
          },
        }
      : {}),
  };
}

const refusals = {
  named: { user: ["input", "userId"], connection: ["input", "connectionId"] },
  messages: [
    { message: /organization/i, code: "INVALID_INPUT" as const, field: ["input", "organizationId"] },
    { message: /identity/i, code: "INVALID_INPUT" as const, field: ["input", "identity"] },
    { message: /connection/i, code: "INVALID_INPUT" as const, field: ["input", "connectionId"] },
  ],
};

builder.mutationFields((t) => ({
  createPasswordChangeTicket: t.field({
    type: CreatePasswordChangeTicketPayload,
    nullable: false,
    description:
      "Creates a password change ticket: a URL where the user sets a new password (Auth0's `POST " +
      "/tickets/password-change`). Auth0 does not check who asks: make sure the caller may act for the " +
      "user. An unknown user is NOT_FOUND. Needs the `create:user_tickets` scope.",
    authScopes: { scope: "create:user_tickets" },
    args: {
      input: t.arg({ type: CreatePasswordChangeTicketInput, required: true, description: "Whose password, and how the ticket behaves." }),
    },
    resolve: (_root, args, ctx) =>
      runMutation(async () => {
        const { input } = checkInput(passwordChangeInput, args);
        const { ticket } = await ctx.client.createPasswordChangeTicket({
          ...(input.userId ? { user_id: input.userId } : { email: input.email!, connection_id: input.connectionId! }),
          ...(input.markEmailAsVerified != null ? { mark_email_as_verified: input.markEmailAsVerified } : {}),
          ...commonBody(input),
        });
        return { ticket };
      }, refusals),
  }),
  createEmailVerificationTicket: t.field({
    type: CreateEmailVerificationTicketPayload,
    nullable: false,
    description:
      "Creates an email verification ticket: a URL that verifies the user's email address when opened " +
      "(Auth0's `POST /tickets/email-verification`). An unknown user is NOT_FOUND. Needs the " +
      "`create:user_tickets` scope.",
    authScopes: { scope: "create:user_tickets" },
    args: {
      input: t.arg({ type: CreateEmailVerificationTicketInput, required: true, description: "Whose email, and how the ticket behaves." }),
    },
    resolve: (_root, args, ctx) =>
      runMutation(async () => {
        const { input } = checkInput(emailVerificationInput, args);
        const { ticket } = await ctx.client.createEmailVerificationTicket({ user_id: input.userId, ...commonBody(input) });
        return { ticket };
      }, refusals),
  }),
}));
