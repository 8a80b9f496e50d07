import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for the graph's clients. The tests are one such client: every `graphql(…)`
// document under test/ becomes a TypedDocumentNode in test/gql/, and the persisted-document hashes
// (for trusted documents) land in test/gql/persisted-documents.json.
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["test/**/*.ts", "!test/gql/**"],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    "test/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: "string",
          JSON: "unknown",
          JSONObject: "Record<string, unknown>",
          NonNegativeInt: "number",
          EmailAddress: "string",
          PhoneNumber: "string",
          URL: "string",
          IP: "string",
          File: "File",
        },
      },
    },
  },
};

export default config;
