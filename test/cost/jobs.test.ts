import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { estimateUpstreamCalls } from "../../src/cost/estimate.js";
import { schema } from "../../src/schema/index.js";

const estimate = (query: string, variableValues: Record<string, unknown> = {}) =>
  estimateUpstreamCalls({ schema, document: parse(query), variableValues });

describe("the estimate of jobs", () => {
  it("counts each upstream call: the job, its errors, a page of an export (job + file) and what is below its users", () => {
    expect(estimate(`{ job(id: "job_1") { id status } }`)).toBe(1);
    expect(estimate(`{ job(id: "job_1") { ... on UsersImportJob { summary { total } errors { email } } } }`)).toBe(2);
    expect(estimate(`{ job(id: "job_1") { ... on UsersExportJob { users(first: 10) { nodes { id email } } } } }`)).toBe(3);
    expect(estimate(`{ job(id: "job_1") { ... on UsersExportJob { users(first: 10) { nodes { roles { nodes { name } } } } } } }`)).toBe(13);
  });

  it("counts the mutations' calls, the connection lookup of an import included, and a subscription's first poll", () => {
    expect(estimate(`mutation { exportUsers(input: {}) { job { id } } }`)).toBe(1);
    expect(estimate(`mutation($f: File!) { importUsers(input: {file: $f, connection: "db"}) { job { id } } }`, { f: "x" })).toBe(2);
    expect(estimate(`mutation { sendVerificationEmail(input: {userId: "auth0|1"}) { job { id } } }`)).toBe(1);
    expect(estimate(`mutation { createPasswordChangeTicket(input: {userId: "auth0|1"}) { ticket } }`)).toBe(1);
    expect(estimate(`subscription { jobProgress(id: "job_1") { id status } }`)).toBe(1);
  });
});
