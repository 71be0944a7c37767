// Swagger UI in Debian's Chromium, as a user tries it: Authorize with the password flow and the
// UI's defaults (client fields left empty), then "Try it out" on GET /api/v1/wallets.
// Usage: node swagger-ui.mjs <base-url> <username> <password> <screenshot-dir>
// Prints one JSON line: {"authorized":bool,"status":"200",...}; exits non-zero on failure.
import { chromium } from 'playwright-core';

const [base, username, password, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const result = { authorized: false, status: null, consoleErrors: [] };
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
try {
  page.on('console', (m) => { if (m.type() === 'error') result.consoleErrors.push(m.text()); });
  await page.goto(`${base}/openapi/ui/`, { waitUntil: 'networkidle' });
  await page.locator('button.authorize').first().click();
  const passwordFlow = page.locator('.auth-container').filter({ has: page.locator('#oauth_username') }).first();
  await passwordFlow.locator('#oauth_username').fill(username);
  await passwordFlow.locator('#oauth_password').fill(password);
  const token = page.waitForResponse((r) => r.url().endsWith('/auth/v1/oauth2/token'));
  await passwordFlow.locator('button.authorize').click();
  result.tokenStatus = (await token).status();
  await page.locator('.modal-ux button', { hasText: 'Logout' }).first().waitFor({ timeout: 15000 });
  result.authorized = true;
  await page.screenshot({ path: `${shots}/swagger-ui-authorized.png` });
  await page.locator('.modal-ux button.close-modal').click();

  const operation = page.locator('#operations-Wallets-listWallets');
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('button.try-out__btn').click();
  await operation.locator('button.execute').click();
  const status = operation.locator('.live-responses-table tr.response .response-col_status').first();
  await status.waitFor({ timeout: 15000 });
  result.status = (await status.innerText()).trim();
  result.body = (await operation.locator('.live-responses-table .response-col_description pre').first().innerText()).slice(0, 200);
  await operation.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/swagger-ui-try-it-out.png`, fullPage: false });
} catch (e) {
  result.error = String(e).split('\n')[0];
  await page.screenshot({ path: `${shots}/swagger-ui-failure.png` }).catch(() => {});
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
process.exit(result.error ? 1 : 0);
