import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// The vendored OpenAPI subset of the Management API: the emulator validates request bodies against
// its schemas, so what Auth0 rejects (unknown properties, wrong types, patterns) is rejected here too.
const OAS_URL = new URL("../../schema/auth0-management-users.oas.json", import.meta.url);
const OAS_ID = "auth0-management-oas";

/**
 * Auth0's own string formats in the contract (`user-id`, `html-color`, …). The document does not
 * define them, so they are annotations here: accepted, not checked (ajv would warn about each).
 */
export const AUTH0_FORMATS = [
  "authenticator-id",
  "client-id",
  "connection-id",
  "html-color",
  "organization-id",
  "organization-name",
  "role-id",
  "session-id",
  "strict-https-uri-or-null",
  "strict-uri",
  "user-id",
  "user-id-with-max-length",
] as const;

/** The standard formats (ajv-formats) plus Auth0's, unchecked. */
export function addContractFormats(instance: Ajv2020): void {
  (addFormats as unknown as (a: Ajv2020) => void)(instance);
  for (const format of AUTH0_FORMATS) instance.addFormat(format, true);
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function contractAjv(): Ajv2020 {
  if (!ajv) {
    const document = JSON.parse(readFileSync(OAS_URL, "utf8")) as Record<string, unknown>;
    ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    addContractFormats(ajv);
    ajv.addSchema({ ...document, $id: OAS_ID });
  }
  return ajv;
}

/** A validator for `#/components/schemas/<name>` of the contract. */
export function schemaValidator(name: string): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = contractAjv().compile({ $ref: `${OAS_ID}#/components/schemas/${name}` });
    compiled.set(name, validate);
  }
  return validate;
}
