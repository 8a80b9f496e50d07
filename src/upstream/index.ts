export { createManagementClient, ManagementClient } from "./client.js";
export type {
  BlocksParams,
  CallOptions,
  FieldSelection,
  LogsParams,
  ManagementClientOptions,
  RolesParams,
  SearchUsersParams,
  UsersImportParams,
} from "./client.js";
export type { ExportPage } from "./export-file.js";
export { CallScope, ScopeSettled, type CallScopeOptions } from "./call-scope.js";
export {
  CallBudgetExhausted,
  DeadlineExceeded,
  InvalidPathParameter,
  isNotFound,
  isUpstreamError,
  MalformedResponse,
  UpstreamError,
  type UpstreamErrorKind,
} from "./errors.js";
export type { UpstreamCallEvent, UpstreamCallListener, UpstreamHooks, UpstreamRetryEvent } from "./hooks.js";
export { REDACT_PATHS } from "./logging.js";
export type { PacerHold } from "./pacer.js";
export type { CheckpointPage, CheckpointPaging, OffsetPage, OffsetPaging } from "./pages.js";
export type { RetryReason } from "./retry.js";
export { MAX_PATH_PARAMETER_LENGTH } from "./operations.js";
export type * from "./types.js";
export type { UpstreamSpan, UpstreamTracer } from "./tracing.js";
