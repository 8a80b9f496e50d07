import { z } from "zod";
import { isUpstreamError } from "../upstream/errors.js";
import { builder } from "./builder.js";
import { upstreamCost } from "./field-facts.js";
import { CONNECTION_ID } from "./identity-input.js";
import { checkImportFile } from "./import-file-check.js";
import { checkInput, nonBlank } from "./input-checks.js";
import { JobFileFormat, type JobRecord, UsersExportJobRef, UsersImportJobRef, VerificationEmailJobRef } from "./job.js";
import { definePayload, runMutation, type UserErrorShape, UserInputError } from "./user-error.js";

// The jobs that start from the graph: exporting and importing users, sending a verification email.

const connectionId = z.string().regex(CONNECTION_ID, { error: "A connection id is `con_` and 16 letters or digits." });

const ExportFieldInput = builder.inputType("ExportFieldInput", {
  description: "A user attribute to export.",
  fields: (t) => ({
    name: t.string({
      required: true,
      description: "The attribute, e.g. `email`, `user_metadata.country`, `identities[0].connection` (at most 100 characters).",
    }),
    exportAs: t.string({ required: false, description: "The CSV column (or JSON key) to write it under; the name when absent." }),
  }),
});

const ExportUsersInput = builder.inputType("ExportUsersInput", {
  description: "What to export.",
  fields: (t) => ({
    connectionId: t.string({
      required: false,
      description: "Only the users of this connection (`con_…`); every user of the tenant when absent.",
    }),
    format: t.field({ type: JobFileFormat, required: false, defaultValue: "json", description: "The file's format (default JSON)." }),
    limit: t.int({ required: false, description: "The most users to export (at least 1); all when absent." }),
    fields: t.field({
      type: [ExportFieldInput],
      required: false,
      description:
        "The attributes to export (CSV: at most 30, metadata keys one by one). Auth0's default set when " +
        "absent. Keep `user_id` to read the export as users.",
    }),
  }),
});

const exportInput = z.object({
  input: z
    .object({
      connectionId: connectionId.nullish(),
      format: z.enum(["json", "csv"]).nullish(),
      limit: z.number().int().min(1, { error: "limit must be at least 1." }).nullish(),
      fields: z
        .array(z.object({ name: nonBlank("A field name").pipe(z.string().max(100)), exportAs: z.string().min(1).max(100).nullish() }))
        .min(1, { error: "Give at least one field, or leave fields out for Auth0's default set." })
        .nullish(),
    })
    .refine((input) => input.format !== "csv" || (input.fields?.length ?? 0) <= 30, {
      error: "A CSV export has at most 30 fields.",
      path: ["fields"],
    }),
});

const ImportUsersInput = builder.inputType("ImportUsersInput", {
  description: "What to import, and where.",
  fields: (t) => ({
    file: t.field({
      type: "File",
      required: true,
      description: "The users: a JSON array in Auth0's bulk-import schema, at most 512000 bytes.",
    }),
    connectionId: t.string({
      required: false,
      description: "The database connection to import into (`con_…`). Give this or `connection`.",
    }),
    connection: t.string({
      required: false,
      description: "The database connection's name (looked up with GET /connections?name=). Give this or `connectionId`.",
    }),
    upsert: t.boolean({
      required: false,
      defaultValue: false,
      description: "Update users that already exist (default: skip and report them).",
    }),
    externalId: t.string({ required: false, description: "An id of your own for the job." }),
    sendCompletionEmail: t.boolean({
      required: false,
      defaultValue: false,
      description: "Email the tenant's owners when the job is done (default false).",
    }),
  }),
});

const importInput = z.object({
  input: z
    .object({
      connectionId: connectionId.nullish(),
      connection: nonBlank("The connection name").nullish(),
      upsert: z.boolean().nullish(),
      externalId: z.string().max(255).nullish(),
      sendCompletionEmail: z.boolean().nullish(),
    })
    .refine((input) => (input.connectionId == null) !== (input.connection == null), {
      error: "Give exactly one of connectionId and connection.",
      path: ["connectionId"],
    }),
});

const IdentityInputRef = builder.inputType("VerificationIdentityInput", {
  description: "One identity of a user.",
  fields: (t) => ({
    userId: t.string({ required: true, description: "The identity's user id at its provider." }),
    provider: t.string({ required: true, description: "The identity's provider, e.g. `google-oauth2`." }),
  }),
});

const SendVerificationEmailInput = builder.inputType("SendVerificationEmailInput", {
  description: "Whom to send a verification email.",
  fields: (t) => ({
    userId: t.id({ required: true, description: "The user's Auth0 `user_id`." }),
    clientId: t.string({
      required: false,
      description: "The application whose email template and links to use; the tenant's global client when absent.",
    }),
    identity: t.field({ type: IdentityInputRef, required: false, description: "The identity to verify, for a user with several." }),
    organizationId: t.string({ required: false, description: "The organization whose branding and parameters to use (`org_…`)." }),
  }),
});

interface ExportResult {
  job?: JobRecord;
  userErrors: UserErrorShape[];
}
interface ImportResult {
  job?: JobRecord;
  userErrors: UserErrorShape[];
}

const ExportUsersPayload = definePayload<ExportResult>("ExportUsersPayload", "The result of `exportUsers`.", (t) => ({
  job: t.field({
    type: UsersExportJobRef,
    nullable: true,
    description: "The export job, pending: watch it with `jobProgress` or read it with `job(id)`.",
    resolve: (p) => p.job ?? null,
  }),
}));
const ImportUsersPayload = definePayload<ImportResult>("ImportUsersPayload", "The result of `importUsers`.", (t) => ({
  job: t.field({
    type: UsersImportJobRef,
    nullable: true,
    description: "The import job, pending: watch it with `jobProgress` or read it with `job(id)`.",
    resolve: (p) => p.job ?? null,
  }),
}));
const SendVerificationEmailPayload = definePayload<ImportResult>(
  "SendVerificationEmailPayload",
  "The result of `sendVerificationEmail`.",
  (t) => ({
    job: t.field({
      type: VerificationEmailJobRef,
      nullable: true,
      description: "The job sending the email.",
      resolve: (p) => p.job ?? null,
    }),
  }),
);

/** Auth0 runs at most two imports at once; a third is its refusal, which the caller can wait out. */
function tooManyJobs(error: unknown): never {
  if (isUpstreamError(error) && error.errorCode === "too_many_jobs") {
    throw new UserInputError([{ field: null, message: `Auth0 refused the import: ${error.message}`, code: "UPSTREAM_REJECTED" }]);
  }
  throw error;
}

builder.mutationFields((t) => ({
  exportUsers: t.field({
    type: ExportUsersPayload,
    nullable: false,
    description:
      "Starts exporting the tenant's users (or a connection's) to a gzip file, JSON lines or CSV (Auth0's " +
      "`POST /jobs/users-exports`). Read the finished export's users with `UsersExportJob.users`, past the " +
      "1000-result search window. Needs the `read:users` scope.",
    authScopes: { scope: "read:users" },
    args: { input: t.arg({ type: ExportUsersInput, required: true, description: "What to export." }) },
    resolve: (_root, args, ctx) =>
      runMutation(
        async () => {
          const { input } = checkInput(exportInput, args);
          const job = await ctx.client.createUsersExportJob({
            ...(input.connectionId ? { connection_id: input.connectionId } : {}),
            format: input.format ?? "json",
            ...(input.limit != null ? { limit: input.limit } : {}),
            ...(input.fields
              ? { fields: input.fields.map((f) => ({ name: f.name, ...(f.exportAs ? { export_as: f.exportAs } : {}) })) }
              : {}),
          });
          return { job: job as JobRecord };
        },
        { named: { connection: ["input", "connectionId"] } },
      ),
  }),
  importUsers: t.field({
    type: ImportUsersPayload,
    nullable: false,
    description:
      "Starts importing users from an uploaded file into a database connection (Auth0's `POST " +
      "/jobs/users-imports`). The file is checked first (at most 512000 bytes, a JSON array of users in " +
      "Auth0's bulk-import schema) and then streamed to Auth0. Auth0 runs at most two imports at once. " +
      "Needs the `create:users` scope.",
    authScopes: { scope: "create:users" },
    // A connection given by name is looked up first.
    extensions: upstreamCost({ kind: "call", calls: 2 }),
    args: { input: t.arg({ type: ImportUsersInput, required: true, description: "The file and where to import it." }) },
    resolve: (_root, args, ctx) =>
      runMutation(
        async () => {
          const { input } = checkInput(importInput, args);
          const file = await checkImportFile(args.input.file, ["input", "file"]);
          let id = input.connectionId ?? undefined;
          if (id === undefined) {
            const found = await ctx.client.getConnectionsByName(input.connection!);
            if (found.length === 0)
              throw new UserInputError([
                { field: ["input", "connection"], message: `There is no connection named ${input.connection}.`, code: "NOT_FOUND" },
              ]);
            id = found[0]!.id;
          }
          const job = await ctx.client
            .createUsersImportJob({
              file,
              connectionId: id,
              upsert: input.upsert ?? false,
              sendCompletionEmail: input.sendCompletionEmail ?? false,
              ...(input.externalId != null ? { externalId: input.externalId } : {}),
            })
            .catch(tooManyJobs);
          return { job: job as unknown as JobRecord };
        },
        {
          named: { connection: ["input", args.input.connectionId != null ? "connectionId" : "connection"] },
          messages: [{ message: /connection/i, code: "INVALID_INPUT", field: ["input", "connectionId"] }],
        },
      ),
  }),
  sendVerificationEmail: t.field({
    type: SendVerificationEmailPayload,
    nullable: false,
    description:
      "Sends the user an email asking them to verify their address (Auth0's `POST " +
      "/jobs/verification-email`). An unknown user is NOT_FOUND. Needs the `update:users` scope.",
    authScopes: { scope: "update:users" },
    args: { input: t.arg({ type: SendVerificationEmailInput, required: true, description: "Whom to send it." }) },
    resolve: (_root, args, ctx) =>
      runMutation(
        async () => {
          const { input } = checkInput(
            z.object({
              input: z.object({
                userId: nonBlank("The user id"),
                clientId: nonBlank("The client id").nullish(),
                identity: z.object({ userId: nonBlank("The identity's user id"), provider: nonBlank("The provider") }).nullish(),
                organizationId: nonBlank("The organization id").nullish(),
              }),
            }),
            args,
          );
          const job = await ctx.client.createVerificationEmailJob({
            user_id: input.userId,
            ...(input.clientId ? { client_id: input.clientId } : {}),
            ...(input.identity
              ? { identity: { user_id: input.identity.userId, provider: input.identity.provider as "google-oauth2" } }
              : {}),
            ...(input.organizationId ? { organization_id: input.organizationId } : {}),
          });
          return { job: job as JobRecord };
        },
        { named: { user: ["input", "userId"] } },
      ),
  }),
}));
