// The door (check-in) of the organiser console: the list of a workshop's confirmed attendees narrows as the organiser
// types (console/door/checkin.js: no page load, the address unchanged, the status line counting the matches), one is
// checked in and the check-in undone, another found by city name is checked in, the counts follow; the search
// without the script; the page in Bengali.
//   node console-door.mjs PORTAL USERNAME PASSWORD WORKSHOP_ID NAME_PART FIRST_NAME OTHER_NAME OTHER_CITY
import assert from 'node:assert/strict';
import { runJourney } from './console-lib.mjs';

await runJourney('door', async ({ page, portal, args, check, heading, login }) => {
  const [workshopId, namePart, first, other, otherCity] = args;
  const path = `/organiser/workshops/${workshopId}/check-in`;
  const rows = page.locator('#cdo-results tbody tr');
  const counts = async () => (await page.locator('#cdo-counts').innerText()).trim();
  const status = async () => (await page.locator('#cdo-status').innerText()).trim();
  /** Types into the search box, key by key, and waits until the list answers for the whole text. */
  async function type(text) {
    await page.locator('#cdo-q').pressSequentially(text, { delay: 60 });
    await page.waitForFunction((q) => document.getElementById('cdo-status').textContent.includes(`“${q}”`)
      && document.getElementById('cdo-results').getAttribute('data-status').includes(`“${q}”`), text);
  }

  await login(path);
  if (!page.url().startsWith(portal + path)) {
    await page.goto(portal + path);
  }
  assert.equal(await heading(), 'Check-in');
  assert.equal(await page.locator('nav.tabs a[aria-current="page"]').innerText(), 'Check-in');
  assert.equal(await counts(), '0 of 3 confirmed attendees checked in');
  assert.equal(await status(), '3 confirmed attendees');
  assert.equal(await rows.count(), 3);
  await check('door-1-list');

  // the list narrows while typing: no page load (a mark set on this page stays), the address unchanged
  const address = page.url();
  await page.evaluate(() => { window.cdoSamePage = 'yes'; });
  await type(namePart);
  assert.equal(await rows.count(), 1);
  assert.equal((await rows.first().locator('th').innerText()).trim(), first);
  assert.equal(await status(), `1 attendee matches “${namePart}”`);
  assert.equal(page.url(), address, 'typing does not change the address');
  assert.equal(await page.evaluate(() => window.cdoSamePage), 'yes', 'typing loads no page');
  await check('door-2-typed');

  // check in, then undo: form posts, back to the search with the query kept
  await Promise.all([page.waitForURL(/done=in/), page.getByRole('button', { name: `Check in ${first}` }).click()]);
  assert.equal((await page.locator('.notice.ok').innerText()).trim(), `${first} is checked in.`);
  assert.equal(await counts(), '1 of 3 confirmed attendees checked in');
  assert.equal(await page.locator('#cdo-q').inputValue(), namePart, 'the search is kept');
  assert.equal(await rows.count(), 1);
  assert.match(await rows.first().innerText(), /Checked in at \d/);
  await check('door-3-checked-in');

  await Promise.all([page.waitForURL(/done=undone/),
    page.getByRole('button', { name: `Undo the check-in of ${first}` }).click()]);
  assert.equal((await page.locator('.notice.ok').innerText()).trim(), `The check-in of ${first} is undone.`);
  assert.equal(await counts(), '0 of 3 confirmed attendees checked in');
  assert.match(await rows.first().innerText(), /Not yet/);
  await check('door-4-undone');

  // another, found by the name of their city
  await page.locator('#cdo-q').fill('');
  await page.waitForFunction(() => document.querySelectorAll('#cdo-results tbody tr').length === 3);
  await type(otherCity);
  assert.equal(await rows.count(), 1);
  assert.equal((await rows.first().locator('th').innerText()).trim(), other);
  assert.match(await rows.first().innerText(), new RegExp(otherCity));
  await Promise.all([page.waitForURL(/done=in/), page.getByRole('button', { name: `Check in ${other}` }).click()]);
  assert.equal((await page.locator('.notice.ok').innerText()).trim(), `${other} is checked in.`);
  assert.equal(await counts(), '1 of 3 confirmed attendees checked in');
  await check('door-5-by-city');

  // the same search as a plain GET form (what a browser without the script sends)
  await page.goto(`${portal}${path}?q=${encodeURIComponent(namePart)}`);
  assert.equal(await rows.count(), 1);
  assert.equal(await status(), `1 attendee matches “${namePart}”`);

  // in Bengali
  await Promise.all([page.waitForURL(/lang=bn/), page.getByRole('link', { name: 'বাংলা' }).click()]);
  assert.equal(await heading(), 'চেক-ইন');
  assert.match(await counts(), /চেক-ইন করেছেন/);
  assert.equal(await rows.count(), 1);
  await check('door-6-bn');
  await Promise.all([page.waitForURL(/lang=en/), page.getByRole('link', { name: 'English' }).click()]);
  assert.equal(await heading(), 'Check-in');
});
