import { STATUS_CODES } from "node:http";

/** An Auth0 error answer: `{statusCode, error, message, errorCode}` (hapi/Boom style). */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly errorCode?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    const body: Record<string, unknown> = {
      statusCode: this.statusCode,
      error: STATUS_CODES[this.statusCode] ?? "Error",
      message: this.message,
    };
    if (this.errorCode) body.errorCode = this.errorCode;
    // Auth0's 401s repeat the message under attributes.error.
    if (this.statusCode === 401) body.attributes = { error: this.message };
    return body;
  }
}

export const inexistentUser = () => new ApiError(404, "The user does not exist.", "inexistent_user");

export const invalidBody = (detail: string) => new ApiError(400, `Payload validation error: ${detail}`, "invalid_body");

export const invalidQuery = (detail: string) => new ApiError(400, `Query validation error: ${detail}`, "invalid_query_string");
