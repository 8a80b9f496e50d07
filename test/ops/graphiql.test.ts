import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMain, type MainProcess } from "./support.js";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = "/tmp/usergraph-graphiql.png";

/** An element's text with Monaco's non-breaking spaces as plain ones. */
const textOf = async (locator: { innerText(): Promise<string> }) => (await locator.innerText()).replace(/\u00a0/g, " ");

let main: MainProcess;
let browser: Browser;

beforeAll(async () => {
  // No skip: CI installs chromium (.ci/run); a machine without it fails here, saying so.
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  main = await startMain();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  main?.kill();
});

describe("GraphiQL", () => {
  it("opens from the gateway alone with the dev token and an example, runs a users query and shows the answer", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    await page.goto(`${main.url}/graphql`);
    const run = page.locator(".graphiql-execute-button");
    await run.waitFor({ state: "visible", timeout: 20_000 });
    // The example operation and the dev token's header are pre-filled.
    await expect.poll(() => textOf(page.locator(".graphiql-query-editor")), { timeout: 20_000 }).toContain("query FirstUsers");
    await expect
      .poll(() => textOf(page.locator(".graphiql-editor-tool")), { timeout: 20_000 })
      .toContain(`"Authorization": "Bearer ${main.devToken}"`);

    const answer = page.waitForResponse(
      (response) =>
        response.url() === `${main.url}/graphql` &&
        response.request().method() === "POST" &&
        (response.request().postData() ?? "").includes("FirstUsers"),
    );
    await run.click();
    const response = await answer;
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { data?: { users: { totalCount: number; nodes: { email: string }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const firstEmail = body.data!.users.nodes[0]!.email;

    // The result pane shows what the gateway answered.
    const result = page.locator(".graphiql-response");
    await expect.poll(() => textOf(result), { timeout: 20_000 }).toContain(firstEmail);
    expect(await textOf(result)).toContain(`"totalCount": ${body.data!.users.totalCount}`);

    // The docs explorer opens on the schema's root types.
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await expect.poll(() => textOf(page.locator(".graphiql-doc-explorer")), { timeout: 10_000 }).toContain("Query");

    await page.screenshot({ path: SCREENSHOT });

    // Every request the page made went to the gateway (or stayed inside the page: data:, blob:).
    const gateway = new URL(main.url).host;
    const elsewhere = requested.filter((url) => !url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).host !== gateway);
    expect(elsewhere).toEqual([]);
    expect(requested.filter((url) => url.startsWith(main.url)).length).toBeGreaterThan(1);
    expect(pageErrors).toEqual([]);
  });
});
