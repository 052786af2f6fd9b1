// Outreach in the organiser console: an announcement to a workshop's registrants (a mistake first: no subject,
// shown beside its field; then the preview, then Send), the workshop's emails in the delivery ledger (filtered by
// kind), and a webhook: created for a receiver the test runs (its secret shown once), its first delivery failing
// and retried from the deliveries page, then disabled and deleted; pages in Bengali.
//   node console-outreach.mjs PORTAL USERNAME PASSWORD WORKSHOP_ID ATTENDEE_EMAIL SUBJECT RECEIVER_URL
import assert from 'node:assert/strict';
import { runJourney } from './console-lib.mjs';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

await runJourney('outreach', async ({ page, portal, args, check, heading, login }) => {
  const [workshopId, attendee, subject, receiver] = args;
  const base = `/organiser/workshops/${workshopId}`;
  const body = 'Dear all,\n\ntomorrow we meet in Hall B on the first floor.\n\nThe organisers';

  await login(`${base}/announcements`);
  if (!page.url().startsWith(portal + base + '/announcements')) {
    await page.goto(portal + base + '/announcements');
  }
  assert.equal(await heading(), 'Announcements');
  assert.match(await page.locator('section[aria-labelledby="cou-past"]').innerText(), /No announcement has been sent/);
  await check('outreach-1-announcements');

  // a mistake first: no subject, shown beside its field; what was written stays
  await page.locator('#body').fill(body);
  await Promise.all([page.waitForURL(/\/announcements\/preview$/),
    page.getByRole('button', { name: 'Preview', exact: true }).click()]);
  assert.equal(await heading(), 'Announcements');
  assert.equal((await page.locator('#subject-error').innerText()).trim(), 'Enter a subject.');
  assert.equal(await page.locator('#subject').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('.error-summary').innerText(), /Enter a subject\./);
  assert.equal(await page.locator('#body').inputValue(), body);
  await check('outreach-2-mistake');

  // the preview sends nothing; Send does, and the page says to how many
  await page.locator('#subject').fill(subject);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await page.locator('h1', { hasText: 'Check the announcement' }).waitFor();
  assert.match(await page.locator('p.lead').innerText(), /3 registrants/);
  assert.equal((await page.locator('#cou-preview-subject').innerText()).trim(), subject);
  assert.match(await page.locator('#cou-preview-body').innerText(), /Hall B on the first floor/);
  await check('outreach-3-preview');
  await Promise.all([page.waitForURL(/\/announcements\?sent=/),
    page.getByRole('button', { name: 'Send', exact: true }).click()]);
  assert.match(await page.locator('.notice.ok').innerText(), /on its way to 3 registrants/);
  const past = page.locator('section[aria-labelledby="cou-past"] table');
  assert.match(await past.innerText(), new RegExp(escape(subject)));
  await check('outreach-4-sent');

  // the workshop's emails: the confirmations of the attendees and the announcement just sent
  await Promise.all([page.waitForURL(/\/emails$/), page.locator('nav.tabs').getByRole('link', { name: 'Emails' }).click()]);
  assert.equal(await heading(), 'Emails');
  const ledger = page.locator('table.cou-ledger');
  const all = await ledger.innerText();
  assert.match(all, new RegExp(escape(attendee)));
  assert.match(all, /Confirmation/);
  assert.match(all, /Announcement/);
  await page.locator('#type').selectOption('CONFIRMATION');
  await Promise.all([page.waitForURL(/type=CONFIRMATION/), page.getByRole('button', { name: 'Show', exact: true }).click()]);
  const confirmations = ledger.locator('tbody tr');
  assert.equal(await confirmations.count(), 3);
  for (const row of await confirmations.all()) {
    assert.match(await row.innerText(), /Confirmation/);
  }
  assert.equal(await page.locator('#type').inputValue(), 'CONFIRMATION', 'the filter stays chosen');
  await check('outreach-5-emails');

  // webhooks, from the console's navigation
  await Promise.all([page.waitForURL(/\/organiser\/webhooks$/),
    page.locator('nav.console-nav').getByRole('link', { name: 'Webhooks' }).click()]);
  assert.equal(await heading(), 'Webhooks');
  await check('outreach-6-webhooks');
  await page.locator('#url').fill(receiver);
  await page.locator('#description').fill('The door desk’s sheet');
  await page.getByLabel('A registration is confirmed').check();
  await page.getByRole('button', { name: 'Create the webhook' }).click();
  await page.locator('h1', { hasText: /^(The webhook is created|Webhooks)$/ }).waitFor();
  if (await page.locator('.error-summary').count() > 0) {
    assert.fail(`the webhook was refused: ${await page.locator('.error-summary').innerText()}`);
  }
  assert.equal(await heading(), 'The webhook is created');
  const secret = (await page.locator('#cou-secret').innerText()).trim();
  assert.match(secret, /^whsec_[A-Za-z0-9+/=]{20,}$/);
  assert.match(await page.locator('.cou-secret-note').innerText(), /shown only this once/);
  await check('outreach-7-secret');

  // the secret is shown once: the list never has it
  await Promise.all([page.waitForURL(/\/organiser\/webhooks$/),
    page.getByRole('link', { name: 'Back to the webhooks' }).click()]);
  assert.ok(!(await page.content()).includes(secret), 'the list does not show the secret');
  const hooks = page.locator('table.cou-hooks');
  assert.match(await hooks.innerText(), new RegExp(escape(receiver)));
  assert.match(await hooks.innerText(), /Active/);

  // its deliveries: the test signs someone up; the receiver refuses the first attempt, Retry delivers it
  await Promise.all([page.waitForURL(/\/deliveries$/),
    page.getByRole('link', { name: `Deliveries of the webhook ${receiver}` }).click()]);
  assert.equal(await heading(), 'Deliveries');
  const first = page.locator('table.cou-deliveries tbody tr').first();
  await until(async () => (await page.locator('table.cou-deliveries').count()) > 0
    && /HTTP 500/.test(await first.innerText()) && /Pending/.test(await first.innerText()), 'a failed attempt');
  await check('outreach-8-delivery-failed');
  await Promise.all([page.waitForURL(/retried=true/),
    page.getByRole('button', { name: 'Deliver the event A registration is confirmed again' }).first().click()]);
  assert.match(await page.locator('.notice.ok').innerText(), /due again now/);
  await until(async () => /Delivered/.test(await first.innerText()), 'the retried delivery');
  assert.match(await first.innerText(), /HTTP 20\d/);
  await check('outreach-9-delivered');

  // disable it, then delete it after the confirming page
  await Promise.all([page.waitForURL(/\/organiser\/webhooks$/),
    page.getByRole('link', { name: 'Back to the webhooks' }).click()]);
  await Promise.all([page.waitForURL(/done=disabled/),
    page.getByRole('button', { name: `Disable the webhook ${receiver}` }).click()]);
  assert.match(await page.locator('.notice.ok').innerText(), /The webhook is disabled/);
  assert.match(await hooks.innerText(), /Disabled/);
  assert.equal(await page.getByRole('button', { name: `Enable the webhook ${receiver}` }).count(), 1);
  await check('outreach-10-disabled');
  await Promise.all([page.waitForURL(/\/delete$/),
    page.getByRole('link', { name: `Delete the webhook ${receiver}` }).click()]);
  assert.equal(await heading(), 'Delete the webhook?');
  await check('outreach-11-delete');
  await Promise.all([page.waitForURL(/done=deleted/),
    page.getByRole('button', { name: 'Delete the webhook', exact: true }).click()]);
  assert.match(await page.locator('.notice.ok').innerText(), /The webhook is deleted/);
  assert.ok(!(await page.locator('main').innerText()).includes(receiver), 'the webhook is gone from the list');

  // in Bengali
  await Promise.all([page.waitForURL(/lang=bn/), page.getByRole('link', { name: 'বাংলা' }).click()]);
  assert.equal(await heading(), 'ওয়েবহুক');
  await check('outreach-12-webhooks-bn');
  await page.goto(`${portal}${base}/emails`);
  assert.equal(await heading(), 'ইমেইল');
  assert.match(await ledger.innerText(), /নিশ্চিতকরণ/);
  await check('outreach-13-emails-bn');
  await page.goto(`${portal}${base}/announcements`);
  assert.equal(await heading(), 'ঘোষণা');
  await check('outreach-14-announcements-bn');

  /** Reloads the page every half second until ready() holds (at most 60 s). */
  async function until(ready, what) {
    const deadline = Date.now() + 60000;
    for (;;) {
      if (await ready()) {
        return;
      }
      assert.ok(Date.now() < deadline, `waited a minute for ${what}`);
      await page.waitForTimeout(500);
      await page.reload();
    }
  }
});
