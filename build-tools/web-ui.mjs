// The web UI end to end in Debian's Chromium, as two new users use it: sign up, open wallets, add
// money, send money by e-mail (double-clicking Confirm), see it in both lists, categorise it, watch
// the budget and the report move, click a chart segment through to the lines behind it, request a
// statement, import a CSV and attach a receipt (presigned uploads straight to S3), and sign out; an admin opens the admin screen; a deep link survives the sign-in. axe-core checks every
// screen; screenshots (desktop and mobile) land in <shots>.
// Usage: node web-ui.mjs <base-url> <shots-dir> <admin-email> <admin-password>
// Prints one JSON line (the last): emails, axe results per screen, console errors, timings, error.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';

const [base, shots, adminEmail, adminPassword] = process.argv.slice(2);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'Web-Ui-Passw0rd!';
// A 1×1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const result = {
  alice: `ui-alice-${randomUUID()}@it.payfast.test`,
  bob: `ui-bob-${randomUUID()}@it.payfast.test`,
  password: PASSWORD,
  axe: {},
  consoleErrors: [],
  failedResponses: [],
  steps: [],
};
const month = new Date().toISOString().slice(0, 7);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});

async function newPage(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('console', (m) => { if (m.type() === 'error') result.consoleErrors.push(`${name}: ${m.text()}`); });
  page.on('pageerror', (e) => result.consoleErrors.push(`${name}: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) result.failedResponses.push(`${name}: ${r.status()} ${r.request().method()} ${r.url()}`); });
  return page;
}

/** axe-core on the page as it is: counts by impact, the serious and critical ones listed. */
async function audit(page, screen) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  result.axe[screen] = {
    violations: violations.length,
    seriousOrCritical: serious.length,
    details: serious.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`),
  };
  await page.screenshot({ path: `${shots}/${screen}.png`, fullPage: true });
}

function step(name) {
  result.steps.push(name);
}

async function signUp(page, email, name) {
  await page.goto(`${base}/sign-up`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
}

async function signIn(page, email, password) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function openWallet(page, name) {
  const form = page.getByRole('form', { name: 'Open a wallet' });
  await form.getByLabel('Name (optional)').fill(name);
  await form.getByRole('button', { name: 'Open wallet' }).click();
  await page.getByRole('article', { name: `${name} wallet` }).waitFor();
}

async function nav(page, label, heading) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

const alice = await newPage('alice');
const bob = await newPage('bob');
try {
  // First load: the sign-in page; its largest contentful paint.
  await alice.goto(`${base}/`, { waitUntil: 'load' });
  await alice.getByRole('heading', { name: 'Sign in to PayFast' }).waitFor();
  result.lcpMs = await alice.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list) => resolve(list.getEntries().at(-1).startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
  }));
  await audit(alice, 'sign-in');
  await alice.getByRole('link', { name: 'Create an account' }).click();
  await alice.getByRole('heading', { name: 'Create your PayFast account' }).waitFor();
  await audit(alice, 'sign-up');

  const started = Date.now();
  await signUp(alice, result.alice, 'Alice UI');
  result.signUpToDashboardMs = Date.now() - started;
  step('alice signed up');
  await openWallet(alice, 'Everyday');
  const card = alice.getByRole('article', { name: 'Everyday wallet' });
  await card.getByRole('button', { name: 'Add money' }).click();
  await card.getByLabel('Amount to add (USD)').fill('100.00');
  await card.getByRole('button', { name: 'Add', exact: true }).click();
  await card.getByTestId('balance').filter({ hasText: '$100.00' }).waitFor();
  step('alice deposited 100.00');
  await audit(alice, 'dashboard');

  await signUp(bob, result.bob, 'Bob UI');
  await openWallet(bob, 'Savings');
  step('bob signed up with a USD wallet');

  await nav(alice, 'Send money', 'Send money');
  await audit(alice, 'send-money');
  await alice.getByLabel('Recipient e-mail').fill(result.bob);
  await alice.getByLabel('Amount (USD)').fill('12.34');
  await alice.getByLabel('Description (optional)').fill('Dinner with Bob');
  await alice.getByRole('button', { name: 'Review' }).click();
  const send = alice.getByRole('button', { name: 'Send $12.34' });
  await send.dblclick();
  await alice.getByRole('heading', { name: 'Money sent' }).waitFor();
  step('alice sent 12.34 to bob (double click)');

  await nav(alice, 'Transactions', 'Transactions');
  const sent = alice.getByTestId('transaction').filter({ hasText: 'Dinner with Bob' });
  await sent.getByTestId('amount').filter({ hasText: '-$12.34' }).waitFor();
  const annotated = alice.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/v1/transactions/'));
  await sent.getByLabel('Category of Dinner with Bob').selectOption('dining');
  result.annotateStatus = (await annotated).status();
  await audit(alice, 'transactions');
  step('alice categorised it as dining');

  await nav(bob, 'Transactions', 'Transactions');
  await bob.getByTestId('transaction').filter({ hasText: 'Dinner with Bob' }).getByTestId('amount')
    .filter({ hasText: '$12.34' }).waitFor();
  step('bob sees it');

  await nav(alice, 'Budgets', 'Budgets');
  const budgetForm = alice.getByRole('form', { name: /budget/i });
  await budgetForm.getByLabel('Category').selectOption('dining');
  await budgetForm.getByLabel(/limit/i).fill('15.00');
  await budgetForm.getByRole('button', { name: /save|set/i }).click();
  const bar = alice.getByRole('progressbar', { name: 'dining budget used' });
  await bar.waitFor();
  result.budgetPercent = Number(await bar.getAttribute('aria-valuenow'));
  await audit(alice, 'budgets');
  step(`dining budget 15.00 shows ${result.budgetPercent} %`);

  await nav(alice, 'Dashboard', 'Dashboard');
  await alice.getByTestId('month-spending').filter({ hasText: '$12.34' }).waitFor();
  await alice.getByRole('article', { name: 'Budgets nearing their limit' }).getByRole('progressbar', { name: 'dining budget used' }).waitFor();
  step('dashboard shows the spending and the budget nearing its limit');

  await nav(alice, 'Reports', 'Reports');
  const segment = alice.locator('.recharts-pie-sector path').first();
  await segment.waitFor();
  await audit(alice, 'reports');
  // A lone slice is a whole ring: click on the ring's left edge, not in the hole at its centre.
  const box = await segment.boundingBox();
  await segment.click({ position: { x: 8, y: box.height / 2 } });
  await alice.waitForURL((url) => url.pathname === '/transactions' && url.searchParams.get('category') === 'dining'
    && url.searchParams.get('month') === month);
  await alice.getByRole('heading', { name: 'Spending lines' }).waitFor();
  await alice.getByTestId('spending-line').filter({ hasText: 'Dinner with Bob' }).waitFor();
  result.drillDownLines = await alice.getByTestId('spending-line').count();
  await audit(alice, 'spending-lines');
  step('the donut segment lists the lines behind it');

  await nav(alice, 'Expenses', 'Expenses');
  await audit(alice, 'expenses');
  await nav(alice, 'Statements & imports', 'Statements & imports');
  await audit(alice, 'files');
  const statementForm = alice.getByRole('form', { name: 'Request a statement' });
  await statementForm.getByLabel('Wallet').selectOption({ index: 1 });
  await statementForm.getByRole('button', { name: 'Request statement' }).click();
  await alice.getByRole('button', { name: /Download the statement of/ }).first().waitFor({ timeout: 30000 });
  step('a statement was written to S3 and is ready to download');
  const importForm = alice.getByRole('form', { name: 'Import a bank file' });
  await importForm.getByLabel('Bank file').setInputFiles({
    name: 'bank.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`date,amount,merchant\n${month}-01,-4.50,Corner Cafe\n${month}-01,-20.00,Grocer\n${month}-01,250.00,Salary\n`),
  });
  await importForm.getByRole('button', { name: 'Upload and preview' }).click();
  await alice.getByRole('button', { name: 'Import 2 expenses' }).click();
  await alice.getByText('Imported 2 expenses.').waitFor({ timeout: 30000 });
  await audit(alice, 'files-imported');
  step('a CSV went to S3 from the browser, was previewed and imported (2 expenses, the inflow skipped)');

  await nav(alice, 'Transactions', 'Transactions');
  const line = alice.getByTestId('transaction').filter({ hasText: 'Dinner with Bob' });
  await line.getByRole('button', { name: 'Note, tags, receipt' }).click();
  await line.getByRole('textbox', { name: 'Note' }).fill('Birthday dinner');
  await line.getByLabel('Receipt', { exact: true }).setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
  await line.getByRole('button', { name: 'Save' }).click();
  await line.getByRole('link', { name: 'Receipt' }).waitFor();
  await line.getByText('Note: Birthday dinner').waitFor();
  step('a receipt was uploaded to S3 from the browser and attached');

  await nav(alice, 'Expenses', 'Expenses');
  const add = alice.getByRole('region', { name: 'Add an expense' });
  await add.getByLabel('Amount').fill('3.00');
  await add.getByLabel('Merchant').fill('Taxi');
  await add.getByRole('button', { name: 'Add expense' }).click();
  const taxi = alice.getByRole('row').filter({ hasText: 'Taxi' });
  await taxi.filter({ hasText: '$3.00' }).waitFor();
  await taxi.getByRole('button', { name: 'Edit Taxi' }).click();
  const edit = alice.getByRole('region', { name: 'Edit expense' });
  await edit.getByLabel('Amount').fill('3.50');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await taxi.filter({ hasText: '$3.50' }).waitFor();
  await taxi.getByRole('button', { name: 'Delete Taxi' }).click();
  await taxi.getByRole('button', { name: 'Yes, delete' }).click();
  await taxi.waitFor({ state: 'detached' });
  step('a manual expense was added, edited and deleted');

  await alice.setViewportSize({ width: 390, height: 844 });
  await nav(alice, 'Dashboard', 'Dashboard');
  await audit(alice, 'dashboard-mobile');
  await nav(alice, 'Transactions', 'Transactions');
  await audit(alice, 'transactions-mobile');
  await alice.setViewportSize({ width: 1280, height: 900 });

  const revoked = alice.waitForRequest((r) => r.url().endsWith('/auth/v1/oauth2/revoke'));
  await alice.getByRole('button', { name: 'Sign out' }).click();
  await revoked;
  await alice.getByRole('heading', { name: 'Sign in to PayFast' }).waitFor();
  step('alice signed out (refresh token revoked)');

  // A deep link reloads into the app, through the sign-in, to the filtered list.
  await bob.goto(`${base}/transactions?category=dining`);
  await bob.getByRole('heading', { name: 'Sign in to PayFast' }).waitFor();
  await signIn(bob, result.bob, PASSWORD);
  await bob.waitForURL((url) => url.pathname === '/transactions' && url.searchParams.get('category') === 'dining');
  await bob.getByRole('heading', { name: 'Transactions', level: 1 }).waitFor();
  step('a deep link survives the sign-in');

  const admin = await newPage('admin');
  await admin.goto(`${base}/`);
  await signIn(admin, adminEmail, adminPassword);
  await admin.getByRole('heading', { name: 'Dashboard' }).waitFor();
  await nav(admin, 'Admin', 'Admin');
  await admin.getByRole('table').first().waitFor();
  await audit(admin, 'admin');
  step('the admin sees reconciliation and audit status');
} catch (e) {
  result.error = String(e).split('\n').slice(0, 3).join(' ');
  await alice.screenshot({ path: `${shots}/failure-alice.png`, fullPage: true }).catch(() => {});
  await bob.screenshot({ path: `${shots}/failure-bob.png`, fullPage: true }).catch(() => {});
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
process.exit(result.error ? 1 : 0);
