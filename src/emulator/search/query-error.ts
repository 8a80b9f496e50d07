import { invalidQuery } from "../errors.js";

/** Auth0's 400 for a `q` it cannot run: bad syntax or a query type a field does not support. */
export const invalidSearch = (detail: string) => invalidQuery(`'${detail}' on property q.`);
