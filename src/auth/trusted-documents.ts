import { readFileSync } from "node:fs";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import type { Plugin } from "graphql-yoga";

/**
 * The persisted-documents manifest codegen's client preset writes with `persistedDocuments: true`:
 * `{ "sha256:<hex>": "<document>" }`, the key being the document's id (GraphQL over HTTP, Appendix
 * A). Throws a clear error when the file is missing or is not such a map.
 */
export function loadTrustedDocuments(path: string): ReadonlyMap<string, string> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`TRUSTED_DOCUMENTS: cannot read ${path} as JSON (${(error as Error).message})`);
  }
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) {
    throw new Error(`TRUSTED_DOCUMENTS: ${path} must be a JSON object of document id → document`);
  }
  const documents = new Map<string, string>();
  for (const [id, document] of Object.entries(manifest)) {
    if (typeof document !== "string") throw new Error(`TRUSTED_DOCUMENTS: ${path}: the document of ${JSON.stringify(id)} is not a string`);
    documents.set(id, document);
  }
  return documents;
}

/**
 * The id a request names its document by: the GraphQL-over-HTTP `documentId` (what clients of the
 * codegen client preset send: `sha256:<hex>`; in the body of a POST or the URL of a GET), or Apollo's
 * `extensions.persistedQuery.sha256Hash`.
 */
function documentIdOf(params: { extensions?: Record<string, unknown> } & Record<string, unknown>, request: Request): string | null {
  if (typeof params.documentId === "string") return params.documentId;
  // yoga's GET parser keeps only query, operationName, variables and extensions of the URL.
  if (request.method === "GET") {
    const fromUrl = new URL(request.url).searchParams.get("documentId");
    if (fromUrl) return fromUrl;
  }
  const persistedQuery = params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  if (typeof persistedQuery?.sha256Hash === "string") return `sha256:${persistedQuery.sha256Hash}`;
  return null;
}

/**
 * Trusted documents: only the operations of the manifest run, named by their id; any other
 * operation (a `query` in the request) is refused before it is parsed — PERSISTED_QUERY_ONLY, an
 * unknown id PERSISTED_QUERY_NOT_FOUND, no id PERSISTED_QUERY_ID_REQUIRED — all HTTP 400.
 */
export function useTrustedDocuments(documents: ReadonlyMap<string, string>): Plugin {
  const refusal = (code: string, message: string) => ({ message, extensions: { code, http: { status: 400 } } });
  return usePersistedOperations({
    allowArbitraryOperations: false,
    extractPersistedOperationId: (params, request) => documentIdOf(params as Parameters<typeof documentIdOf>[0], request),
    getPersistedOperation: (id) => documents.get(id) ?? null,
    customErrors: {
      persistedQueryOnly: refusal(
        "PERSISTED_QUERY_ONLY",
        "Only trusted documents run here: send the `documentId` of a persisted operation, not a `query`.",
      ),
      notFound: refusal("PERSISTED_QUERY_NOT_FOUND", "No trusted document has this id."),
      keyNotFound: refusal("PERSISTED_QUERY_ID_REQUIRED", "Send the `documentId` of a persisted operation."),
    },
  }) as Plugin;
}
