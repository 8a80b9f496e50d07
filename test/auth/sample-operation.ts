import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";

/** A valid value of each scalar the schema uses (custom scalars validate their input). */
const SCALAR_SAMPLES: Record<string, unknown> = {
  ID: "auth0|000000000000000000000000",
  String: "sample",
  Int: 1,
  Float: 1,
  Boolean: true,
  JSON: {},
  JSONObject: {},
  DateTime: "2024-01-01T00:00:00.000Z",
  EmailAddress: "nobody@example.com",
  PhoneNumber: "+15555550100",
  URL: "https://example.com/",
  IP: "127.0.0.1",
  NonNegativeInt: 1,
  // A JSON request carries no upload: the value reaches the resolver, which refuses it (INVALID_INPUT).
  File: "sample",
};

/** A value of `type` that passes GraphQL's coercion: required input fields only, the first enum value. */
export function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isScalarType(type)) {
    if (!(type.name in SCALAR_SAMPLES)) throw new Error(`no sample value for scalar ${type.name}: add one to SCALAR_SAMPLES`);
    return SCALAR_SAMPLES[type.name];
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (type.isOneOf) return { [fields[0]!.name]: sampleValue(fields[0]!.type) };
    return Object.fromEntries(
      fields
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  throw new Error(`no sample value for ${String(type)}`);
}

/**
 * The smallest valid operation calling one root field: every required argument, as a variable with
 * a sample value, and `__typename` as its selection.
 */
export function sampleOperation(
  operation: "query" | "mutation",
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const definitions = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  return {
    query: `${operation}${definitions ? `(${definitions})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sampleValue(arg.type)])),
  };
}
