// The console's workshops: create one through the form (after a mistake shown beside its field), edit it (a change
// made meanwhile by another organiser is reported, not overwritten), publish it, find it in the list, cancel another one
// with the confirming step, the list in Bengali; then, once the test has signed two people up through the API, the
// dashboard's counts, chart and seats per city, in English and Bengali. Two runs (ConsoleWorkshopsJourneyTest):
//   node console-workshops.mjs PORTAL USERNAME PASSWORD create TITLE HOST_CITY OTHER_CITY CANCEL_TITLE
//   node console-workshops.mjs PORTAL USERNAME PASSWORD dashboard WORKSHOP_ID TITLE HOST_CITY
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { runJourney } from './console-lib.mjs';

/**
 * Another organiser's browser (its own profile, so its own session and CSRF cookie: the portal gives every page a
 * new token, so a second tab of the same browser would not show a concurrent change but a refused form), signed in
 * through Keycloak; the caller closes it.
 */
async function anotherOrganiser(portal, path) {
  const [, , , username, password] = process.argv;
  const profile = mkdtempSync(join(tmpdir(), 'convene-console-other-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, locale: 'en-GB', timeout: 30000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(15000);
  await page.goto(portal + path);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await Promise.all([page.waitForURL((url) => url.href.startsWith(portal + path)), page.locator('#kc-login').click()]);
  return {
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

await runJourney('workshops', async ({ page, portal, args, check, heading, login }) => {
  const [part, ...rest] = args;

  /** Clicks what submits a form or follows a link, and waits for the page it leads to. */
  async function go(target, on = page) {
    await Promise.all([on.waitForNavigation(), target.click()]);
  }

  const notice = () => page.locator('.notice.ok').innerText();
  const count = (name) => page.locator(`#count-${name} dd`).innerText();

  if (part === 'create') {
    const [title, hostCity, otherCity, cancelTitle] = rest;
    const day = (plus) => new Date(Date.now() + plus * 86400000).toISOString().slice(0, 10);
    const start = `${day(60)}T09:30`;

    await login('/organiser/workshops');
    assert.equal(page.url(), portal + '/organiser/workshops');
    assert.equal(await heading(), 'Workshops');
    await check('workshops-1-list');

    // the form, with one mistake: the end before the start
    await go(page.getByRole('link', { name: 'Create a workshop' }));
    assert.equal(await heading(), 'New workshop');
    await check('workshops-2-new');
    const hostId = await page.locator('#hostCityId option', { hasText: hostCity }).getAttribute('value');
    const otherId = await page.locator('#hostCityId option', { hasText: otherCity }).getAttribute('value');
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Description', { exact: true }).fill('Two days of practice exchange on heat action plans.');
    await page.locator('#hostCityId').selectOption(hostId);
    await page.getByLabel('Venue', { exact: true }).fill('Town Hall, 5 S.N. Banerjee Road');
    await page.getByLabel('Time zone', { exact: true }).fill('Asia/Kolkata');
    await page.getByLabel('Starts', { exact: true }).fill(start);
    await page.getByLabel('Ends', { exact: true }).fill(`${day(60)}T08:00`);
    await page.getByLabel('Capacity', { exact: true }).fill('20');
    assert.equal(await page.getByLabel('Sign-ups beyond the capacity join a waitlist').isChecked(), true);
    await page.getByLabel('Keep seats per city', { exact: true }).check();
    await page.getByLabel('Seats for every city', { exact: true }).fill('5');
    await page.locator(`#seats-${hostId}`).fill('3');
    await page.locator('#q0-key').fill('diet');
    await page.locator('#q0-type').selectOption('CHOICE');
    await page.locator('#q0-label_en').fill('Diet');
    await page.locator('#q0-label_bn').fill('খাদ্য');
    await page.locator('#q0-required').check();
    await page.locator('#q0-options').fill('vegetarian = Vegetarian = নিরামিষ\nnone = No preference = কোনো পছন্দ নেই');
    await go(page.getByRole('button', { name: 'Create the draft' }));

    assert.equal(await heading(), 'New workshop');
    assert.equal((await page.locator('#endsAt-error').innerText()).trim(), 'The end must be after the start.');
    assert.equal(await page.locator('#endsAt').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('.error-summary a[href="#endsAt"]').innerText(), /^Ends: The end must be after/);
    assert.equal(await page.locator('#q0-key').inputValue(), 'diet', 'what was typed stays');
    assert.equal(await page.locator(`#seats-${hostId}`).inputValue(), '3');
    await check('workshops-3-mistake');

    await page.getByLabel('Ends', { exact: true }).fill(`${day(61)}T17:00`);
    await go(page.getByRole('button', { name: 'Create the draft' }));
    assert.match(page.url(), /\/organiser\/workshops\/[0-9a-f-]{36}\?done=created$/);
    const workshopUrl = page.url().replace(/\?.*$/, '');
    assert.equal(await heading(), `Dashboard: ${title}`);
    assert.match(await notice(), /The draft is saved/);
    assert.equal((await page.locator('.facts .cwk-status').innerText()).trim(), 'Draft');
    assert.equal(await count('capacity'), '20');
    await check('workshops-4-draft');

    // edit it; meanwhile another organiser changes the venue: this save is refused, not applied over theirs
    await go(page.getByRole('link', { name: 'Edit the workshop' }));
    assert.equal(await heading(), `Edit: ${title}`);
    assert.equal(await page.getByRole('link', { name: 'Edit', exact: true }).getAttribute('aria-current'), 'page');
    assert.equal(await page.getByLabel('Capacity', { exact: true }).inputValue(), '20');
    assert.equal(await page.locator('#q0-options').inputValue(),
      'vegetarian = Vegetarian = নিরামিষ\nnone = No preference = কোনো পছন্দ নেই');
    assert.equal(await page.locator(`#seats-${hostId}`).inputValue(), '3');
    assert.equal(await page.locator(`#seats-${otherId}`).inputValue(), '');
    await check('workshops-5-edit');

    const colleague = await anotherOrganiser(portal, workshopUrl.slice(portal.length) + '/edit');
    const other = colleague.page;
    assert.equal((await other.locator('h1').innerText()).trim(), `Edit: ${title}`);
    await other.getByLabel('Venue', { exact: true }).fill('Biswa Bangla Convention Centre');
    await go(other.getByRole('button', { name: 'Save the changes' }), other);
    assert.match(await other.locator('.notice.ok').innerText(), /Your changes are saved/);
    await colleague.close();

    await page.getByLabel('Capacity', { exact: true }).fill('25');
    await go(page.getByRole('button', { name: 'Save the changes' }));
    assert.match(await page.locator('.error-summary').innerText(), /Someone changed this workshop/);
    assert.equal(await page.getByLabel('Venue', { exact: true }).inputValue(), 'Biswa Bangla Convention Centre');
    assert.equal(await page.getByLabel('Capacity', { exact: true }).inputValue(), '20', 'the form shows the workshop as it is now');
    await check('workshops-6-changed-meanwhile');

    await page.getByLabel('Capacity', { exact: true }).fill('25');
    await go(page.getByRole('button', { name: 'Save the changes' }));
    assert.equal(page.url(), workshopUrl + '?done=saved');
    assert.match(await notice(), /Your changes are saved/);
    assert.equal(await count('capacity'), '25');

    // publish it from the dashboard
    await go(page.getByRole('button', { name: 'Publish the workshop' }));
    assert.equal(page.url(), workshopUrl + '?done=published');
    assert.match(await notice(), /The workshop is published/);
    assert.equal((await page.locator('.facts .cwk-status').innerText()).trim(), 'Open');
    assert.equal(await page.getByRole('button', { name: 'Publish the workshop' }).count(), 0);
    await check('workshops-7-published');

    // the list: every status, this one open with 0 of 25 seats taken
    await go(page.locator('.console-nav').getByRole('link', { name: 'Workshops' }));
    const row = page.locator('tbody tr', { has: page.getByRole('link', { name: title, exact: true }) });
    assert.equal(await row.locator('td').nth(1).innerText(), 'Open');
    assert.equal(await row.locator('td').nth(2).innerText(), '0 / 25');
    assert.equal(await row.locator('td').nth(3).innerText(), '0');
    await check('workshops-8-list');

    // cancel another workshop, through its confirming step
    await go(page.getByRole('link', { name: cancelTitle, exact: true }));
    assert.equal(await heading(), `Dashboard: ${cancelTitle}`);
    await go(page.getByRole('link', { name: 'Cancel the workshop' }));
    assert.equal(await heading(), `Cancel ${cancelTitle}?`);
    assert.match(await page.locator('.cwk-warning').innerText(), /Signed up now: 1\b/);
    await check('workshops-9-cancel-confirm');
    await go(page.getByRole('button', { name: 'Yes, cancel the workshop' }));
    assert.match(await notice(), /The workshop is cancelled/);
    assert.equal((await page.locator('.facts .cwk-status').innerText()).trim(), 'Cancelled');
    assert.equal(await page.getByRole('link', { name: 'Cancel the workshop' }).count(), 0);
    assert.equal(await count('confirmed'), '0');
    await check('workshops-10-cancelled');

    // the list of cancelled workshops, in Bengali
    await page.goto(portal + '/organiser/workshops?status=CANCELLED&lang=bn');
    assert.equal(await heading(), 'কর্মশালা');
    assert.equal(await page.getByRole('link', { name: 'বাতিল' }).getAttribute('aria-current'), 'page');
    const cancelled = page.locator('tbody tr', { has: page.getByRole('link', { name: cancelTitle, exact: true }) });
    assert.equal(await cancelled.locator('td').nth(1).innerText(), 'বাতিল');
    assert.equal(await page.getByRole('link', { name: title, exact: true }).count(), 0, 'only cancelled ones');
    await check('workshops-11-list-bn');
    return;
  }

  if (part === 'dashboard') {
    const [workshopId, title, hostCity] = rest;
    await login(`/organiser/workshops/${workshopId}`);
    assert.equal(await heading(), `Dashboard: ${title}`);
    assert.equal(await count('confirmed'), '2');
    assert.equal(await count('capacity'), '25');
    assert.equal(await count('waitlist'), '0');
    assert.equal(await count('pending'), '0');
    assert.equal(await count('checked-in'), '0');

    // the chart: an image named by its title and description, the same numbers in a table
    const chart = page.locator('svg.cwk-chart');
    assert.equal(await chart.getAttribute('role'), 'img');
    assert.equal(await chart.locator('#signups-title').textContent(), 'Sign-ups over time');
    assert.match(await chart.locator('#signups-desc').textContent(), /rising to 2 sign-ups in all/);
    assert.ok(await chart.locator('circle').count() >= 1);
    await page.getByText('The numbers of the chart').click();
    const last = page.locator('#signups-table tbody tr').last();
    assert.equal(await last.locator('td').last().innerText(), '2');

    // seats per city: the host city keeps 3, 2 of them taken
    const seats = page.locator('#seats-table tbody tr', { has: page.getByRole('rowheader', { name: hostCity }) });
    assert.equal(await seats.locator('td').nth(0).innerText(), '2');
    assert.equal(await seats.locator('td').nth(1).innerText(), '3');
    assert.match(await seats.locator('td').nth(3).innerText(), /2 of 3/);
    assert.match(await page.locator('#seats-heading + p').innerText(), /Every city keeps 5 seats/);
    await check('workshops-12-dashboard');

    await go(page.getByRole('link', { name: 'বাংলা' }));
    assert.equal(await heading(), `ড্যাশবোর্ড: ${title}`);
    assert.equal(await page.locator('#count-confirmed dt').innerText(), 'নিশ্চিত');
    assert.equal(await page.locator('#signups-title').textContent(), 'সময়ের সঙ্গে সাইন-আপ');
    await check('workshops-13-dashboard-bn');
    return;
  }

  throw new Error(`unknown part ${part}: create or dashboard`);
});
