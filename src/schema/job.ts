import { isUpstreamError } from "../upstream/errors.js";
import type { JobImportUserError, Job as WireJob } from "../upstream/types.js";
import { builder } from "./builder.js";
import { type ConnectionArgs, type ConnectionResult, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./connections.js";
import type { GatewayContext } from "./context.js";
import { graphError } from "./errors.js";
import { upstreamCost } from "./field-facts.js";
import { type UserRecord, UserRef } from "./user.js";

// Auth0's long-running jobs (users exports and imports, verification emails) as one `Job`
// interface. A job object is the wire job (`GET /jobs/{id}` or the answer that created it).

export type JobRecord = WireJob & { fields?: { name: string; export_as?: string }[]; limit?: number };

export const JOB_READ_SCOPES = ["read:users", "create:users"] as const;

const JobStatus = builder.enumType("JobStatus", {
  description: "Where a job is: it starts pending, is processed, and ends completed or failed.",
  values: {
    PENDING: { value: "pending", description: "Waiting to start." },
    PROCESSING: { value: "processing", description: "Running: see `percentageDone` and `timeLeftSeconds`." },
    COMPLETED: { value: "completed", description: "Finished." },
    FAILED: { value: "failed", description: "Failed as a whole: `statusDetails` says why." },
  } as const,
});

export const JobFileFormat = builder.enumType("JobFileFormat", {
  description: "The format of a users export file.",
  values: {
    JSON: { value: "json", description: "Newline-delimited JSON: one user per line (gzip-compressed)." },
    CSV: { value: "csv", description: "CSV with a header row, every value quoted and escaped against CSV injection (gzip-compressed)." },
  } as const,
});

export const JobRef = builder.interfaceRef<JobRecord>("Job");
export const UsersExportJobRef = builder.objectRef<JobRecord>("UsersExportJob");
export const UsersImportJobRef = builder.objectRef<JobRecord>("UsersImportJob");
export const VerificationEmailJobRef = builder.objectRef<JobRecord>("VerificationEmailJob");

const JOB_TYPES: Record<string, string> = {
  users_export: "UsersExportJob",
  users_import: "UsersImportJob",
  verification_email: "VerificationEmailJob",
};

JobRef.implement({
  description: "A long-running job of the Auth0 tenant (GET /jobs/{id}).",
  resolveType: (job) => JOB_TYPES[job.type] ?? "VerificationEmailJob",
  fields: (t) => ({
    id: t.id({ nullable: false, description: "The job's id (`job_…`).", resolve: (job) => job.id }),
    status: t.field({ type: JobStatus, nullable: false, description: "Where the job is.", resolve: (job) => job.status as "pending" }),
    createdAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the job was created.",
      resolve: (job) => job.created_at ?? null,
    }),
    connectionId: t.string({
      nullable: true,
      description: "The connection the job works on (`con_…`); null for a whole-tenant export.",
      resolve: (job) => job.connection_id || null,
    }),
    percentageDone: t.int({
      nullable: true,
      description: "How much of the job is done, 0–100 (null until Auth0 reports it).",
      resolve: (job) => job.percentage_done ?? null,
    }),
    timeLeftSeconds: t.int({
      nullable: true,
      description: "Auth0's estimate of the seconds left (null until it reports one).",
      resolve: (job) => job.time_left_seconds ?? null,
    }),
    statusDetails: t.string({
      nullable: true,
      description: "Why a job failed, when it did.",
      resolve: (job) => job.status_details ?? null,
    }),
  }),
});

const ExportField = builder.objectRef<{ name: string; export_as?: string }>("ExportField").implement({
  description: "A user attribute an export writes, and the name it is written under.",
  fields: (t) => ({
    name: t.string({
      nullable: false,
      description: "The attribute, e.g. `email`, `user_metadata.country`, `identities[0].connection`.",
      resolve: (f) => f.name,
    }),
    exportAs: t.string({
      nullable: true,
      description: "The column (CSV) or key (JSON) it is written under; the name when null.",
      resolve: (f) => f.export_as ?? null,
    }),
  }),
});

const ExportedUserConnection = builder.connectionObject(
  { type: UserRef, name: "ExportedUserConnection", description: "A page of the users of a finished export, in file order." },
  { name: "ExportedUserEdge", description: "An exported user, with its cursor." },
);

type ExportCursor = { k: "x"; i: number };

function exportCursor(index: number): string {
  return Buffer.from(JSON.stringify({ k: "x", i: index } satisfies ExportCursor)).toString("base64url");
}

function exportOffset(after: string | null | undefined): number {
  if (!after) return 0;
  try {
    const cursor = JSON.parse(Buffer.from(after, "base64url").toString("utf8")) as Partial<ExportCursor>;
    if (cursor.k === "x" && Number.isInteger(cursor.i) && cursor.i! >= 0) return cursor.i! + 1;
  } catch {
    // a foreign cursor: refused below
  }
  throw graphError("INVALID_CURSOR", "This cursor does not belong to this list of exported users.");
}

/** The page size of `UsersExportJob.users`, refused outside 0…100. */
function exportPageSize(args: ConnectionArgs): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 0 || first > MAX_PAGE_SIZE) throw graphError("BAD_USER_INPUT", `\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`);
  return first;
}

/**
 * A page of an export's users: reads the job for a fresh link (links last 60 s), then streams the
 * file up to the end of the page. A link that expires in between is read afresh once.
 */
async function exportedUsers(ctx: GatewayContext, job: JobRecord, args: ConnectionArgs): Promise<ConnectionResult<UserRecord>> {
  const first = exportPageSize(args);
  const offset = exportOffset(args.after);
  const read = async (): Promise<{ items: UserRecord[]; hasMore: boolean }> => {
    const current = (await ctx.client.getJob(job.id)) as JobRecord;
    if (current.status !== "completed" || !current.location) {
      throw graphError(
        "EXPORT_NOT_READY",
        `The export ${job.id} is ${current.status}: its users can be read once it has completed (watch it with \`jobProgress\`).`,
      );
    }
    const file = { format: current.format === "csv" ? ("csv" as const) : ("json" as const), fields: current.fields ?? job.fields };
    return (await ctx.client.readUsersExportPage(current.location, { offset, limit: first, ...file })) as {
      items: UserRecord[];
      hasMore: boolean;
    };
  };
  const page = await read().catch((error: unknown) => {
    if (isUpstreamError(error) && error.errorCode === "link_expired") return read();
    throw error;
  });
  const edges = page.items.map((node, i) => {
    if (typeof node.user_id !== "string") {
      throw graphError(
        "BAD_USER_INPUT",
        "This export has no `user_id` field: export it with `user_id` among its fields to read it as users.",
      );
    }
    return { node, cursor: exportCursor(offset + i) };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasMore,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

UsersExportJobRef.implement({
  description: "A users export (POST /jobs/users-exports): writes the tenant's (or a connection's) users to a file.",
  interfaces: [JobRef],
  isTypeOf: (job) => (job as JobRecord).type === "users_export",
  fields: (t) => ({
    format: t.field({
      type: JobFileFormat,
      nullable: true,
      description: "The file's format.",
      resolve: (job) => (job.format as "json" | undefined) ?? null,
    }),
    limit: t.int({ nullable: true, description: "The most users exported; all when null.", resolve: (job) => job.limit ?? null }),
    fields: t.field({
      type: [ExportField],
      nullable: true,
      description: "The attributes exported; Auth0's default set when null.",
      resolve: (job) => job.fields ?? null,
    }),
    location: t.field({
      type: "URL",
      nullable: true,
      description:
        "Where to download the finished file (gzip). The link works for 60 seconds: read the job again for a " +
        "fresh one. Null until the export has completed.",
      resolve: (job) => job.location ?? null,
    }),
    users: t.field({
      type: ExportedUserConnection,
      nullable: true,
      description:
        "The exported users as Users, read from the finished export file (JSON or CSV, each column or key mapped back to its " +
        "attribute): each page streams the file and stops once the page is full, so any number of users pages in constant " +
        "memory. This is how to walk every user past the 1000-result search window. " +
        "Costs two calls a page (the job, for a fresh link, and the file).",
      authScopes: { scope: "read:users" },
      extensions: upstreamCost({ kind: "exportFile" }),
      args: {
        first: t.arg.int({ required: false, description: "How many users (default 20, at most 100)." }),
        after: t.arg.string({ required: false, description: "The cursor after which to continue." }),
      },
      resolve: (job, args, ctx) => exportedUsers(ctx, job, args),
    }),
  }),
});

interface ImportUserErrorShape {
  email: string | null;
  userId: string | null;
  errors: { code: string | null; message: string | null; path: string | null }[];
}

const ImportErrorDetail = builder.objectRef<ImportUserErrorShape["errors"][number]>("ImportUserErrorDetail").implement({
  description: "One problem Auth0 found with an imported user.",
  fields: (t) => ({
    code: t.string({ nullable: true, description: "Auth0's code, e.g. `DUPLICATED_USER`, `INVALID_FORMAT`.", resolve: (e) => e.code }),
    message: t.string({ nullable: true, description: "What is wrong.", resolve: (e) => e.message }),
    path: t.string({ nullable: true, description: "The attribute at fault, e.g. `email`.", resolve: (e) => e.path }),
  }),
});

const ImportUserError = builder.objectRef<ImportUserErrorShape>("ImportUserError").implement({
  description:
    "A user of an import file that was not imported, named by its email or user id (nothing else of the " +
    "file, a password hash least of all, is echoed).",
  fields: (t) => ({
    email: t.string({ nullable: true, description: "The user's email, as in the file.", resolve: (e) => e.email }),
    userId: t.string({
      nullable: true,
      description: "The user's `user_id`, as in the file (without the `auth0|` prefix).",
      resolve: (e) => e.userId,
    }),
    errors: t.field({ type: [ImportErrorDetail], nullable: false, description: "Its problems.", resolve: (e) => e.errors }),
  }),
});

const ImportSummary = builder
  .objectRef<{ inserted?: number; updated?: number; failed?: number; total?: number }>("ImportSummary")
  .implement({
    description: "What a finished import did.",
    fields: (t) => ({
      inserted: t.int({ nullable: false, description: "Users created.", resolve: (s) => s.inserted ?? 0 }),
      updated: t.int({ nullable: false, description: "Existing users updated (with `upsert`).", resolve: (s) => s.updated ?? 0 }),
      failed: t.int({ nullable: false, description: "Users not imported (see `errors`).", resolve: (s) => s.failed ?? 0 }),
      total: t.int({ nullable: false, description: "Users in the file.", resolve: (s) => s.total ?? 0 }),
    }),
  });

function importErrors(rows: JobImportUserError[]): ImportUserErrorShape[] {
  return rows.map((row) => {
    const user = (row.user ?? {}) as { email?: unknown; user_id?: unknown };
    return {
      email: typeof user.email === "string" ? user.email : null,
      userId: typeof user.user_id === "string" ? user.user_id : null,
      errors: (row.errors ?? []).map((e) => ({ code: e.code ?? null, message: e.message ?? null, path: e.path ?? null })),
    };
  });
}

UsersImportJobRef.implement({
  description: "A users import (POST /jobs/users-imports): inserts (or, with upsert, updates) the users of a file.",
  interfaces: [JobRef],
  isTypeOf: (job) => (job as JobRecord).type === "users_import",
  fields: (t) => ({
    summary: t.field({
      type: ImportSummary,
      nullable: true,
      description: "What the import did; null until it has finished.",
      resolve: (job) => job.summary ?? null,
    }),
    errors: t.field({
      type: [ImportUserError],
      nullable: false,
      description:
        "The users that were not imported, with why (GET /jobs/{id}/errors, read only when selected). Empty until the import has finished.",
      authScopes: { scope: "create:users" },
      extensions: upstreamCost({ kind: "call" }),
      resolve: async (job, _args, ctx) => {
        if (job.status === "pending" || job.status === "processing") return [];
        const errors = await ctx.client.getJobErrors(job.id);
        return Array.isArray(errors) ? importErrors(errors) : [];
      },
    }),
  }),
});

VerificationEmailJobRef.implement({
  description: "A verification email sent to a user (POST /jobs/verification-email).",
  interfaces: [JobRef],
  isTypeOf: (job) => (job as JobRecord).type === "verification_email",
  fields: () => ({}),
});

export async function loadJob(ctx: GatewayContext, id: string): Promise<JobRecord | null> {
  try {
    return (await ctx.client.getJob(id)) as JobRecord;
  } catch (error) {
    if (isUpstreamError(error) && error.statusCode === 404) return null;
    throw error;
  }
}

builder.queryFields((t) => ({
  job: t.field({
    type: JobRef,
    nullable: true,
    description:
      "A job by id (GET /jobs/{id}): its status and progress, and for a finished export a fresh download " +
      "link. Null when it does not exist (jobs expire 24 hours after they were created).",
    authScopes: { anyScope: JOB_READ_SCOPES },
    extensions: upstreamCost({ kind: "call" }),
    args: { id: t.arg.id({ required: true, description: "The job's id (`job_…`)." }) },
    resolve: (_root, args, ctx) => loadJob(ctx, String(args.id)),
  }),
}));

builder.subscriptionType({ description: "Live updates, over Server-Sent Events (GraphQL over SSE)." });

builder.subscriptionFields((t) => ({
  jobProgress: t.field({
    type: JobRef,
    nullable: false,
    description:
      "The job at each change of its status or percentage, ending once it has completed or failed. Every " +
      "subscriber of one job shares one poll of GET /jobs/{id}, which stops when the last one leaves. Fails " +
      "with NOT_FOUND for an unknown job.",
    authScopes: { anyScope: JOB_READ_SCOPES },
    // The poll a subscriber starts with; later polls are shared by every subscriber of the job.
    extensions: upstreamCost({ kind: "call" }),
    args: { id: t.arg.id({ required: true, description: "The job's id (`job_…`)." }) },
    subscribe: (_root, args, ctx) => watchJob(ctx, String(args.id)),
    resolve: (job) => job,
  }),
}));

async function* watchJob(ctx: GatewayContext, id: string): AsyncGenerator<JobRecord> {
  try {
    for await (const job of ctx.jobWatch.watch(id)) yield job as JobRecord;
  } catch (error) {
    if (isUpstreamError(error) && error.statusCode === 404)
      throw graphError("NOT_FOUND", `There is no job ${id} (jobs expire 24 hours after they were created).`);
    throw error;
  }
}
