import type { Enrollment } from "../upstream/types.js";
import { builder } from "./builder.js";
import { upstreamCost } from "./field-facts.js";
import { UserRef } from "./user.js";
import { wireDate, wireString } from "./wire-values.js";

export const EnrollmentRef = builder.objectRef<Enrollment>("Enrollment");

const EnrollmentStatus = builder.enumType("EnrollmentStatus", {
  description: "Status of an enrollment.",
  values: {
    PENDING: { value: "pending", description: "The enrollment was started but not confirmed." },
    CONFIRMED: { value: "confirmed", description: "The enrollment is confirmed and usable." },
  } as const,
});

const EnrollmentAuthMethod = builder.enumType("EnrollmentAuthMethod", {
  description: "Authentication method of an enrollment.",
  values: {
    AUTHENTICATOR: { value: "authenticator", description: "A one-time-password authenticator app." },
    GUARDIAN: { value: "guardian", description: "The Auth0 Guardian app (push notifications)." },
    SMS: { value: "sms", description: "Codes sent by text message." },
    WEBAUTHN_PLATFORM: { value: "webauthn-platform", description: "A device's built-in biometric authenticator (WebAuthn platform)." },
    WEBAUTHN_ROAMING: { value: "webauthn-roaming", description: "A security key (WebAuthn roaming)." },
  } as const,
});

EnrollmentRef.implement({
  description: "A Guardian multi-factor enrollment of a user (its first confirmed one, and any pending).",
  fields: (t) => ({
    id: t.id({ nullable: true, description: "ID of this enrollment.", resolve: (e) => wireString(e.id) }),
    status: t.field({
      type: EnrollmentStatus,
      nullable: true,
      description: "Status of this enrollment: `pending` or `confirmed`.",
      resolve: (e) => e.status ?? null,
    }),
    type: t.string({ nullable: true, description: "Type of enrollment.", resolve: (e) => wireString(e.type) }),
    name: t.string({ nullable: true, description: "Name of enrollment (usually phone number).", resolve: (e) => wireString(e.name) }),
    identifier: t.string({
      nullable: true,
      description: "Device identifier (usually phone identifier) of this enrollment.",
      resolve: (e) => wireString(e.identifier),
    }),
    // A string rather than PhoneNumber: Auth0 may answer it masked.
    phoneNumber: t.string({ nullable: true, description: "Phone number for this enrollment.", resolve: (e) => wireString(e.phone_number) }),
    authMethod: t.field({
      type: EnrollmentAuthMethod,
      nullable: true,
      description:
        "Authentication method for this enrollment: `authenticator`, `guardian`, `sms`, `webauthn-roaming` or `webauthn-platform`.",
      resolve: (e) => e.auth_method ?? null,
    }),
    enrolledAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "Start date and time of this enrollment.",
      resolve: (e) => wireDate(e.enrolled_at),
    }),
    lastAuth: t.field({
      type: "DateTime",
      nullable: true,
      description: "Last authentication date and time of this enrollment.",
      resolve: (e) => wireDate(e.last_auth),
    }),
  }),
});

builder.objectFields(UserRef, (t) => ({
  enrollments: t.field({
    type: [EnrollmentRef],
    nullable: true,
    description:
      "The user's Guardian multi-factor enrollments (GET /users/{id}/enrollments). For every enrolled " +
      "factor see `authenticationMethods`. Null, with an error on this field only, when the caller lacks " +
      "read:users (or read:current_user) or Auth0 fails.",
    authScopes: { anyScope: ["read:users", "read:current_user"] },
    extensions: upstreamCost({ kind: "call" }),
    resolve: (user, _args, ctx) => ctx.loaders.userEnrollments.load(user.user_id),
  }),
}));
