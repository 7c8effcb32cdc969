// Swagger UI as a front-end developer uses it, in Debian's Chromium: Authorize with a token, then
// "Try it out" on GET /api/v1/students. Exits 0 only if the call went out with the token and answered 200;
// the screenshot is kept for the person reading the test report.
import { chromium } from "playwright-core";

const [base, token, screenshot] = [process.env.SERVICE_URL, process.env.TOKEN, process.env.SCREENSHOT];
const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    // this machine's network is closed: Chromium's own background connections only fail and slow it down
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"],
});
try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    await page.goto(`${base}/q/swagger-ui/`);
    await page.click("button.authorize");
    const dialog = page.locator(".modal-ux");
    await dialog.locator("input").first().fill(token);
    await dialog.locator("button.authorize").click();
    await dialog.locator("button.btn-done").click();

    const operation = page.locator('.opblock-get:has(.opblock-summary-path[data-path="/api/v1/students"])');
    await operation.locator(".opblock-summary").click();
    await operation.locator("button.try-out__btn").click();
    await operation.locator("button.execute").click();
    const status = operation.locator(".live-responses-table .response .response-col_status").first();
    await status.waitFor({ timeout: 30_000 });
    const answered = (await status.innerText()).trim();
    const curl = await operation.locator(".curl-command").innerText();
    await status.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshot });
    console.log(JSON.stringify({ status: answered, bearer: curl.includes(`Bearer ${token}`) }));
    process.exit(answered.startsWith("200") && curl.includes(`Bearer ${token}`) ? 0 : 1);
} finally {
    await browser.close();
}
