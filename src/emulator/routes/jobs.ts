import { ApiError, inexistentUser, invalidBody } from "../errors.js";
import { checkExportFields, type ExportField, exportFile } from "../jobs/export-file.js";
import { applyImport, MAX_CONCURRENT_IMPORTS, MAX_IMPORT_FILE_BYTES, parseImportFile } from "../jobs/import-file.js";
import type { Job } from "../jobs/job-board.js";
import type { Route, RouteContext } from "../route.js";
import type { Connection } from "../state.js";
import { validateBody } from "../validation.js";

// The jobs endpoints (contract §9): users exports and imports, verification emails, and reading a
// job and its errors.

const jobNotFound = () => new ApiError(404, "The job does not exist.", "inexistent_job");
const CONNECTION_ID = /^con_[A-Za-z0-9]{16}$/;

function connectionById(ctx: RouteContext, id: string): Connection {
  const connection = ctx.state.connections.find((c) => c.id === id);
  if (!connection) throw new ApiError(400, "The connection does not exist.", "inexistent_connection");
  return connection;
}

/** The job as `GET /jobs/{id}` answers it: a finished export carries a fresh download link. */
function jobView(ctx: RouteContext, job: Job): Record<string, unknown> {
  const progress = ctx.jobs.progress(job);
  return {
    id: job.id,
    type: job.type,
    created_at: new Date(job.createdAt).toISOString(),
    ...job.attributes,
    ...progress,
    ...(job.statusDetails !== undefined ? { status_details: job.statusDetails } : {}),
    ...(job.summary ? { summary: job.summary } : {}),
    ...(job.file && progress.status === "completed" ? { location: ctx.jobs.link(job, ctx.origin) } : {}),
  };
}

/** What creating a job answers: the job as it starts. */
function createdView(job: Job): Record<string, unknown> {
  return { id: job.id, type: job.type, status: job.status, created_at: new Date(job.createdAt).toISOString(), ...job.attributes };
}

interface ExportBody {
  connection_id?: string;
  format?: "json" | "csv";
  limit?: number;
  fields?: ExportField[];
}

const createExport: Route = {
  method: "POST",
  path: "/api/v2/jobs/users-exports",
  scopes: ["read:users"],
  query: [],
  handle(ctx) {
    const body = validateBody<ExportBody>(ctx.body ?? {}, "CreateExportUsersRequestContent");
    const format = body.format ?? "json";
    checkExportFields(format, body.fields);
    const connection = body.connection_id !== undefined ? connectionById(ctx, body.connection_id) : undefined;
    const selected = () => {
      const users = [...ctx.state.users.values()].filter((u) => !connection || u.identities[0]?.connection === connection.name);
      return body.limit !== undefined ? users.slice(0, body.limit) : users;
    };
    const attributes = {
      ...(connection ? { connection_id: connection.id, connection: connection.name } : { connection: "" }),
      format,
      ...(body.limit !== undefined ? { limit: body.limit } : {}),
      ...(body.fields ? { fields: body.fields } : {}),
    };
    const job = ctx.jobs.start("users_export", selected().length, attributes, async (running) => {
      await ctx.jobs.saveFile(running, exportFile(ctx.state.tenant, selected(), format, body.fields));
      return { status: "completed" };
    });
    return { status: 200, body: createdView(job) };
  },
};

function formBoolean(form: FormData, name: string, fallback: boolean): boolean {
  const raw = form.get(name);
  if (raw === null) return fallback;
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw invalidBody(`'Expected type boolean but found type string' on property ${name}.`);
}

const createImport: Route = {
  method: "POST",
  path: "/api/v2/jobs/users-imports",
  scopes: ["create:users"],
  query: [],
  multipart: true,
  async handle(ctx) {
    const raw = ctx.rawBody;
    if (!raw?.contentType.toLowerCase().startsWith("multipart/form-data")) {
      throw invalidBody("'Invalid multipart payload format'.");
    }
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(raw.bytes), { headers: { "content-type": raw.contentType } }).formData();
    } catch {
      throw invalidBody("'Invalid multipart payload format'.");
    }
    const file = form.get("users");
    if (file === null || typeof file === "string") throw new ApiError(400, "Must provide 'users' file as multipart part.", "invalid_body");
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      throw new ApiError(413, `Payload content length greater than maximum allowed: ${MAX_IMPORT_FILE_BYTES}.`, "payload_too_large");
    }
    if (file.size === 0) throw new ApiError(400, "Users file must not be empty.", "invalid_body");
    const connectionId = form.get("connection_id");
    if (typeof connectionId !== "string") throw new ApiError(400, "Must provide 'connection_id' as multipart part.", "invalid_body");
    if (!CONNECTION_ID.test(connectionId)) {
      throw invalidBody("'String does not match pattern ^con_[A-Za-z0-9]{16}$' on property connection_id.");
    }
    const upsert = formBoolean(form, "upsert", false);
    const sendCompletionEmail = formBoolean(form, "send_completion_email", true);
    const externalId = form.get("external_id");
    const connection = connectionById(ctx, connectionId);
    if (connection.strategy !== "auth0") throw new ApiError(400, "Connection must be a database connection.", "invalid_body");
    if (!connection.enabled) throw new ApiError(400, "Connection must be enabled.", "invalid_body");
    if (ctx.jobs.running("users_import") >= MAX_CONCURRENT_IMPORTS) {
      throw new ApiError(
        429,
        `There are already ${MAX_CONCURRENT_IMPORTS} pending import jobs for this tenant. Wait for one of them to finish.`,
        "too_many_jobs",
      );
    }
    const users = parseImportFile(Buffer.from(await file.arrayBuffer()));
    const attributes = {
      connection_id: connection.id,
      connection: connection.name,
      ...(typeof externalId === "string" ? { external_id: externalId } : {}),
      send_completion_email: sendCompletionEmail,
    };
    const job = ctx.jobs.start("users_import", Array.isArray(users) ? users.length : 1, attributes, (running) => {
      if (!Array.isArray(users)) return { status: "failed", statusDetails: users };
      const result = applyImport(ctx.state, connection, users, upsert, new Date());
      running.summary = result.summary;
      running.errors = result.errors;
      ctx.changed();
      return { status: "completed" };
    });
    return { status: 202, body: createdView(job) };
  },
};

interface VerificationEmailBody {
  user_id: string;
  client_id?: string;
  identity?: { user_id: string; provider: string };
  organization_id?: string;
}

const createVerificationEmail: Route = {
  method: "POST",
  path: "/api/v2/jobs/verification-email",
  scopes: ["update:users"],
  query: [],
  handle(ctx) {
    const body = validateBody<VerificationEmailBody>(ctx.body, "CreateVerificationEmailRequestContent");
    const user = ctx.state.users.get(body.user_id);
    if (!user) throw inexistentUser();
    if (body.identity) {
      const { provider, user_id } = body.identity;
      if (!user.identities.some((i) => i.provider === provider && i.user_id === user_id)) {
        throw new ApiError(400, "The user exists, but does not contain the given identity.", "invalid_body");
      }
    }
    if (body.organization_id !== undefined && !ctx.state.organizations.has(body.organization_id)) {
      throw new ApiError(400, "The organization does not exist", "invalid_body");
    }
    if (!user.email) throw new ApiError(400, "User does not have an email address.", "invalid_body");
    const job = ctx.jobs.start("verification_email", 1, {}, () => ({ status: "completed" }));
    return { status: 201, body: createdView(job) };
  },
};

const getJob: Route = {
  method: "GET",
  path: "/api/v2/jobs/{id}",
  scopes: ["create:users", "read:users"],
  query: [],
  handle(ctx) {
    const job = ctx.jobs.get(ctx.params.id ?? "");
    if (!job) throw jobNotFound();
    return { status: 200, body: jobView(ctx, job) };
  },
};

const getJobErrors: Route = {
  method: "GET",
  path: "/api/v2/jobs/{id}/errors",
  scopes: ["create:users", "read:users"],
  query: [],
  handle(ctx) {
    const job = ctx.jobs.get(ctx.params.id ?? "");
    if (!job) throw jobNotFound();
    if (job.status === "failed") {
      return {
        status: 200,
        body: {
          id: job.id,
          type: job.type,
          status: job.status,
          ...(job.statusDetails ? { status_details: job.statusDetails } : {}),
          created_at: new Date(job.createdAt).toISOString(),
          ...(job.attributes.connection_id ? { connection_id: job.attributes.connection_id } : {}),
        },
      };
    }
    if (!job.errors || job.errors.length === 0) return { status: 204 };
    return { status: 200, body: job.errors };
  },
};

export const jobsRoutes: Route[] = [createExport, createImport, createVerificationEmail, getJob, getJobErrors];
