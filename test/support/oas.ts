import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { addContractFormats } from "../../src/emulator/contract.js";

// The emulator's answers are checked against the vendored contract, so a fresh clone anywhere runs
// the suite. Where the contract as the project received it (../shared beside the checkout) exists,
// test/contract/vendored-oas.test.ts checks that the vendored copy has not drifted from it.
export const VENDORED_OAS_PATH = fileURLToPath(new URL("../../schema/auth0-management-users.oas.json", import.meta.url));
export const SHARED_OAS_PATH = fileURLToPath(new URL("../../../shared/auth0-management-users.oas.json", import.meta.url));
export const sharedOasPresent = existsSync(SHARED_OAS_PATH);

interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type OasDocument = { paths: Record<string, Record<string, Operation>> };

export const oas = JSON.parse(readFileSync(VENDORED_OAS_PATH, "utf8")) as OasDocument;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addContractFormats(ajv);
ajv.addSchema({ ...oas, $id: "oas" });

const templates = Object.keys(oas.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`),
  literal: !template.includes("{"),
}));

/** The OAS path template of a Management API path (`/users/auth0%7C1/roles` → `/users/{id}/roles`). */
export function templateOf(path: string): string | undefined {
  const matches = templates.filter((t) => t.pattern.test(path));
  // Prefer a literal template ("/user-blocks") over a parameterised one.
  return (matches.find((m) => m.literal) ?? matches[0])?.template;
}

export function operationOf(method: string, path: string): Operation | undefined {
  const template = templateOf(path);
  return template ? oas.paths[template]?.[method.toLowerCase()] : undefined;
}

const validators = new Map<string, ValidateFunction>();

/** Auth0's error body (contract §5.1); the OAS documents error statuses without a schema. */
const validateErrorBody = ajv.compile({
  type: "object",
  additionalProperties: false,
  required: ["statusCode", "error", "message"],
  properties: {
    statusCode: { type: "integer" },
    error: { type: "string", minLength: 1 },
    message: { type: "string", minLength: 1 },
    errorCode: { type: "string", minLength: 1 },
    attributes: { type: "object", properties: { error: { type: "string" } } },
  },
});

/**
 * Validates a JSON body the emulator returned against the contract's response schema for that
 * operation and status; returns a list of problems (empty when it conforms).
 */
export function responseProblems(method: string, path: string, status: number, body: unknown): string[] {
  const template = templateOf(path);
  const operation = template ? oas.paths[template]?.[method.toLowerCase()] : undefined;
  if (!template || !operation) return [`no operation ${method} ${path} in the contract`];
  if (status >= 400) {
    if (!validateErrorBody(body))
      return (validateErrorBody.errors ?? []).map((e) => `error body ${e.instancePath || "/"} ${e.message ?? ""}`);
    return (body as { statusCode: number }).statusCode === status ? [] : [`error body statusCode differs from HTTP status ${status}`];
  }
  const response = operation.responses[String(status)];
  if (!response) return [`status ${status} is not documented for ${method} ${template}`];
  // A 204 has no body, whatever schema the contract attaches to it.
  if (status === 204) return body === undefined ? [] : ["a 204 answer has a body"];
  const schema = response.content?.["application/json"]?.schema;
  if (!schema) return body === undefined ? [] : [`${method} ${template} ${status} has no JSON body in the contract`];
  const key = `${method} ${template} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    const path = template.replaceAll("~", "~0").replaceAll("/", "~1");
    const pointer = `#/paths/${path}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
    validate = ajv.compile({ $ref: `oas${pointer}` });
    validators.set(key, validate);
  }
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
