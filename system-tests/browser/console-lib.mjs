// The organiser console in headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core: shared by the
// console's journeys (console-*.mjs), each run by a ConsoleJourney test in system-tests with
//   node console-<area>.mjs PORTAL USERNAME PASSWORD [arguments of the area...]
// The organiser logs in through Keycloak's own login page. JavaScript is on (the door's search runs as you type);
// each page is checked by axe-core (no serious or critical violation) in a second browser, on the same HTML with the
// portal's stylesheets, and saved as a screenshot in SHOTS (system-tests/target/screenshots/console).
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { screenshotAndAudit } from './audit.mjs';

const SHOTS = join(process.env.SHOTS || 'target/screenshots', 'console');
const DESKTOP = { width: 1280, height: 900 };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Runs one journey of the console: journey(console) gets { page, portal, args, check, heading, login } and throws
 * (an assertion) when the console does not do what it should. Exits 1 on failure with a screenshot failed-<name>.png.
 */
export async function runJourney(name, journey) {
  const [portal, username, password, ...args] = process.argv.slice(2);
  const profiles = [];
  const open = (options) => {
    const profile = mkdtempSync(join(tmpdir(), 'convene-console-'));
    profiles.push(profile);
    return chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ARGS,
      viewport: DESKTOP, locale: 'en-GB', timeout: 30000, acceptDownloads: true, ...options,
    });
  };
  const browser = await open({});
  const auditor = await open({ javaScriptEnabled: true, bypassCSP: true });
  const page = browser.pages()[0] || await browser.newPage();
  const audit = auditor.pages()[0] || await auditor.newPage();
  page.setDefaultTimeout(15000);
  const errors = [];
  // script errors and CSP refusals; a resource that fails is reported by its address (the browser's own favicon.ico
  // request is not the console's)
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico') && response.request().resourceType() !== 'document') {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const checked = [];

  /** Screenshot of the page as it is, axe-core on the same HTML (audit.mjs), and no error in the browser. */
  async function check(shot) {
    const minor = await screenshotAndAudit(page, audit, portal, SHOTS, shot);
    assert.deepEqual(errors, [], `${shot}: errors in the browser's console (a script refused by the CSP?)`);
    checked.push(`${shot} (${minor} minor)`);
  }

  async function heading() {
    return (await page.locator('h1').innerText()).trim();
  }

  /** Opens the console, which sends the browser to Keycloak's login page; signs in there and comes back. */
  async function login(path = '/organiser') {
    await page.goto(portal + path);
    assert.match(page.url(), /\/realms\/convene\/protocol\/openid-connect\/auth/, 'the console sends to Keycloak');
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(password);
    await Promise.all([page.waitForURL((url) => url.href.startsWith(portal)), page.locator('#kc-login').click()]);
  }

  try {
    await journey({ page, portal, args, check, heading, login, username });
    console.log(`console ${name}: passed; axe-core checked ${checked.join(', ')}`);
  } catch (error) {
    try {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `failed-${name}.png`), fullPage: true });
      console.error(`console ${name}: failed on ${page.url()}`);
    } catch (ignored) {
      // the page itself is gone
    }
    console.error(error);
    process.exitCode = 1;
  } finally {
    await browser.close();
    await auditor.close();
    profiles.forEach((profile) => rmSync(profile, { recursive: true, force: true }));
  }
}
