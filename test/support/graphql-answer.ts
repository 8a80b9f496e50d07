/** A GraphQL error as the gateway answers it. */
export interface AnsweredError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** A GraphQL answer as tests read it: `TData` is the shape the test's operation selects. */
export interface GraphQLAnswer<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: AnsweredError[];
  extensions?: Record<string, unknown>;
}

/** The `extensions.code` of each error, in order ([] when the answer has none). */
export function errorCodes(answer: { errors?: AnsweredError[] } | undefined): (string | undefined)[] {
  return (answer?.errors ?? []).map((error) => error.extensions?.code);
}
