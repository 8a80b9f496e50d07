import { graphql } from "../gql/index.js";

// Operations of a "production frontend", for the trusted-documents tests: codegen's client preset
// (npm run codegen) types them and writes their ids and text to test/gql/persisted-documents.json.

export const TrustedMe = graphql(`query TrustedMe { me { id email } }`);

export const TrustedUser = graphql(`query TrustedUser($id: ID!) { user(id: $id) { id email name } }`);
