import { lexicographicSortSchema } from "graphql";
import { builder } from "./builder.js";
import "./identity.js";
import "./user.js";
import "./session.js";
import "./refresh-token.js";
import "./log-event.js";
import "./authentication-method.js";
import "./enrollment.js";
import "./user-block.js";
import "./permission.js";
import "./organization.js";
import "./role.js";

export const schema = lexicographicSortSchema(builder.toSchema());
