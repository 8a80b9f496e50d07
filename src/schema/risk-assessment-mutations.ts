import { z } from "zod";
import { builder } from "./builder.js";
import { userIdInput } from "./input-checks.js";
import { defineUserPayload, runUserWrite, type UserWritePayload } from "./user-write-payload.js";

const RiskAssessor = builder.enumType("RiskAssessor", {
  description: "A risk assessor of Auth0's adaptive MFA whose memory of a user can be cleared.",
  values: {
    NEW_DEVICE: { value: "new-device", description: "The devices the user logged in from before: after clearing, every device is new." },
  } as const,
});

const ClearUserRiskAssessmentsInput = builder.inputType("ClearUserRiskAssessmentsInput", {
  description: "Whose risk assessments to clear, on which connection, for which assessors.",
  fields: (t) => ({
    userId: t.id({ required: true, description: "The user's Auth0 `user_id`." }),
    connection: t.string({
      required: true,
      description: "The name of the connection the user logs in with, e.g. `Username-Password-Authentication`.",
    }),
    assessors: t.field({ type: [RiskAssessor], required: true, description: "The assessors to clear (at least one)." }),
  }),
});

const PAYLOAD = defineUserPayload<UserWritePayload>(
  "ClearUserRiskAssessmentsPayload",
  "The result of `clearUserRiskAssessments`: the user, whose next login is assessed afresh.",
);

/** Auth0's rule for a connection name here: 1–128 letters, digits and single inner hyphens. */
const CONNECTION_NAME = /^[a-zA-Z0-9](-[a-zA-Z0-9]|[a-zA-Z0-9])*$/;

const ClearArgs = z
  .object({
    input: z.object({
      userId: userIdInput.refine((id) => id.length <= 1024, { error: "The user id has at most 1024 characters." }),
      connection: z.string().max(128, { error: "The connection name has at most 128 characters." }).regex(CONNECTION_NAME, {
        error: "The connection name is letters and digits, with single hyphens between them.",
      }),
      assessors: z.array(z.literal("new-device")).min(1, { error: "Give at least one assessor." }),
    }),
  })
  .transform(({ input }) => ({ id: input.userId, connection: input.connection, assessors: [...new Set(input.assessors)] }));

builder.mutationFields((t) => ({
  clearUserRiskAssessments: t.field({
    type: PAYLOAD,
    nullable: true,
    description:
      "Clears what adaptive MFA's risk assessors remember of a user on a connection (Auth0's `POST " +
      "/users/{id}/risk-assessments/clear`), e.g. the devices the user logged in from, so the next login is " +
      "assessed afresh. Auth0 answers success for an unknown user: the user is NOT_FOUND when the payload " +
      "selects `user`. Needs the `update:users` scope.",
    authScopes: { scope: "update:users" },
    args: {
      input: t.arg({ type: ClearUserRiskAssessmentsInput, required: true, description: "The user, the connection and the assessors." }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(
        ctx,
        info,
        { schema: ClearArgs, args },
        ({ id, connection, assessors }) => ctx.client.clearUserRiskAssessments(id, { connection, assessors }),
        { named: { user: ["input", "userId"] }, unverified: true },
      ),
  }),
}));
