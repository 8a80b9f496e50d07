import { ApiError } from "../errors.js";
import type { Route } from "../route.js";
import { validateBody } from "../validation.js";

// Forgets what the named assessors remember of the user on that connection (the devices `new-device`
// knows), so the next login is assessed afresh. The contract documents no 404: an unknown user or a
// connection with nothing remembered is accepted.
const clearRiskAssessments: Route = {
  method: "POST",
  path: "/api/v2/users/{id}/risk-assessments/clear",
  scopes: ["update:users"],
  query: [],
  handle(ctx) {
    const userId = ctx.params.id ?? "";
    if (userId.length > 1024)
      throw new ApiError(400, "Path validation error: 'String is too long, maximum 1024' on property id.", "invalid_uri");
    const body = validateBody<{ connection: string; assessors: string[] }>(ctx.body, "ClearAssessorsRequestContent");
    const assessments = ctx.state.riskAssessments.get(userId) ?? [];
    const kept = assessments.filter((a) => a.connection !== body.connection || !body.assessors.includes(a.assessor));
    if (kept.length !== assessments.length) {
      if (kept.length > 0) ctx.state.riskAssessments.set(userId, kept);
      else ctx.state.riskAssessments.delete(userId);
      ctx.changed();
    }
    return { status: 204 };
  },
};

export const riskAssessmentsRoutes: Route[] = [clearRiskAssessments];
