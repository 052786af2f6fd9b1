// The console's people pages: a workshop's applications (approve one, reject one with a reason after forgetting it),
// its invitations (two named people after a mistake, one revoked, the table filtered by status), its registrations
// (filtered by status and by name), the roster downloaded as CSV and XLSX, and the pages in Bengali.
//   node console-people.mjs PORTAL USERNAME PASSWORD WORKSHOP_ID TITLE APPROVE_NAME REJECT_NAME WAITING_NAME
//        REASON INVITEE1_NAME INVITEE1_EMAIL INVITEE2_NAME INVITEE2_EMAIL CITY_NAME
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runJourney } from './console-lib.mjs';

await runJourney('people', async ({ page, portal, args, check, heading, login }) => {
  const [workshopId, title, approveName, rejectName, waitingName, reason,
    invitee1Name, invitee1Email, invitee2Name, invitee2Email, cityName] = args;
  const tab = (name) => `${portal}/organiser/workshops/${workshopId}/${name}`;
  const card = (name) => page.locator('li.cpe-application', { has: page.getByRole('heading', { name, level: 3 }) });
  const row = (name) => page.locator('tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) });

  // ---- applications: three applicants, each with their answers
  await login(`/organiser/workshops/${workshopId}/applications`);
  assert.equal(page.url(), tab('applications'), 'back on the page asked for, after the login');
  assert.equal(await heading(), 'Applications');
  assert.equal(await page.locator('.console-workshop').innerText(), title);
  assert.equal(await page.locator('nav.tabs [aria-current="page"]').innerText(), 'Applications');
  for (const name of [approveName, rejectName, waitingName]) {
    await card(name).waitFor();
    assert.match(await card(name).innerText(), /Your role/, `${name}: the question's label`);
  }
  assert.match(await card(approveName).innerText(), /Urban planner/, 'the answer');
  assert.match(await card(approveName).innerText(), /Dhaka North City Corporation/, 'the organisation');
  await check('people-1-applications');

  await Promise.all([page.waitForURL(/decided=/), page.getByRole('button', { name: `Approve ${approveName}` }).click()]);
  assert.match(await page.getByRole('status').innerText(), new RegExp(`${approveName} is approved and has a seat`));
  assert.equal(await card(approveName).count(), 0, 'decided: no longer waiting');
  await check('people-2-approved');

  // rejecting needs a reason: forgotten first, said beside the field
  await page.getByRole('button', { name: `Reject ${rejectName}` }).click();
  await page.locator('.error-summary').waitFor();
  const reasonField = card(rejectName).getByLabel('Reason for rejecting (emailed to the applicant)');
  assert.equal(await reasonField.getAttribute('aria-invalid'), 'true');
  assert.match(await card(rejectName).locator('.field-error').innerText(), /Write the reason for rejecting/);
  assert.match(await page.locator('.error-summary').innerText(), new RegExp(rejectName));
  await check('people-3-reason-missing');
  await page.locator('.error-summary a').first().click();
  await reasonField.fill(reason);
  await Promise.all([page.waitForURL(/decided=/), card(rejectName).getByRole('button', { name: `Reject ${rejectName}` }).click()]);
  assert.match(await page.getByRole('status').innerText(), new RegExp(`${rejectName}'s application is rejected`));
  await card(waitingName).waitFor();
  await check('people-4-rejected');

  // ---- invitations: two named people, a mistake first
  await Promise.all([page.waitForURL(tab('invitations')),
    page.locator('nav.tabs').getByRole('link', { name: 'Invitations' }).click()]);
  assert.equal(await heading(), 'Invitations');
  await check('people-5-invitations');
  const person = (n) => page.getByRole('group', { name: `Person ${n}`, exact: true });
  await person(1).getByLabel('Full name').fill(invitee1Name);
  await person(1).getByLabel('Email').fill(invitee1Email);
  await person(2).getByLabel('Full name').fill(invitee2Name);
  await page.getByRole('button', { name: 'Invite these people' }).click();
  await page.locator('.error-summary').waitFor();
  assert.match(await page.locator('.error-summary').innerText(), /Person 2, Email: Write an email address/);
  assert.equal(await person(2).getByLabel('Email').getAttribute('aria-invalid'), 'true');
  assert.match(await person(2).locator('.field-error').innerText(), /Write an email address such as name@example.org/);
  assert.equal(await person(2).getByLabel('Full name').inputValue(), invitee2Name, 'what was typed is kept');
  assert.equal(await person(1).getByLabel('Email').inputValue(), invitee1Email);
  await check('people-6-invite-mistake');
  await person(2).getByLabel('Email').fill(invitee2Email);
  await Promise.all([page.waitForURL(/created=/), page.getByRole('button', { name: 'Invite these people' }).click()]);
  assert.match(await page.getByRole('status').innerText(), /Invitations sent: 2\. Invited before: 0\. Skipped: 0\./);
  for (const name of [invitee1Name, invitee2Name]) {
    assert.match(await row(name).innerText(), /Waiting for an answer/);
    assert.match(await row(name).innerText(), /by name/);
  }
  await check('people-7-invited');

  await Promise.all([page.waitForURL(/revoked=/),
    page.getByRole('button', { name: `Revoke the invitation of ${invitee2Name}` }).click()]);
  assert.match(await page.getByRole('status').innerText(), /The invitation is revoked/);
  assert.match(await row(invitee2Name).innerText(), /Revoked/);
  assert.equal(await row(invitee2Name).getByRole('button').count(), 0, 'a revoked invitation cannot be revoked again');
  // a whole city: the test's new city has no members in the directory, and the confirmation says so
  await page.getByLabel('City', { exact: true }).selectOption({ label: cityName });
  await Promise.all([page.waitForURL(/created=0/), page.getByRole('button', { name: "Invite the city's members" }).click()]);
  assert.match(await page.getByRole('status').innerText(),
    /Invitations sent: 0\. Invited before: 0\. Skipped: 1\. Skipped, and why: no members \(1\)\./);
  // members of the directory, searched (organisers only): nobody by that name
  await page.getByLabel('Name or email').fill('nobody-' + workshopId.slice(0, 8));
  await Promise.all([page.waitForURL(/find=/), page.getByRole('button', { name: 'Find members' }).click()]);
  assert.match(await page.locator('.cpe-members').innerText(), /No member matches “nobody-/);
  await page.getByLabel('Status').selectOption('REVOKED');
  await Promise.all([page.waitForURL(/status=REVOKED/), page.getByRole('button', { name: 'Show' }).click()]);
  assert.match(await page.locator('table caption').innerText(), /Invitations: Revoked/);
  assert.equal(await row(invitee2Name).count(), 1);
  assert.equal(await row(invitee1Name).count(), 0, 'the filter shows the revoked ones only');
  await check('people-8-revoked');

  // ---- registrations: filtered by status, then by part of a name
  await Promise.all([page.waitForURL(tab('registrations')),
    page.locator('nav.tabs').getByRole('link', { name: 'Registrations' }).click()]);
  assert.equal(await heading(), 'Registrations');
  assert.match(await row(approveName).innerText(), /Confirmed/);
  assert.match(await row(rejectName).innerText(), /Rejected/);
  assert.match(await row(waitingName).innerText(), /Applied/);
  await check('people-9-registrations');
  await page.getByLabel('Status').selectOption('CONFIRMED');
  await Promise.all([page.waitForURL(/status=CONFIRMED/),
    page.getByRole('button', { name: 'Filter', exact: true }).click()]);
  assert.equal(await page.locator('tbody tr').count(), 1);
  assert.equal(await row(approveName).count(), 1);
  await page.getByLabel('Status').selectOption('');
  const surname = waitingName.split(' ')[1].toUpperCase();
  await page.getByLabel('Name or email').fill(surname);
  await Promise.all([page.waitForURL(new RegExp(`q=${surname}`)),
    page.getByRole('button', { name: 'Filter', exact: true }).click()]);
  assert.equal(await page.locator('tbody tr').count(), 1, 'the search finds one person');
  assert.equal(await row(waitingName).count(), 1);
  assert.match(await page.locator('table caption').innerText(), /Registrations shown: 1/);
  await check('people-10-filtered');
  await Promise.all([page.waitForURL(tab('registrations')),
    page.getByRole('link', { name: 'Clear the filters' }).click()]);
  assert.equal(await page.locator('tbody tr').count(), 3);

  // ---- the roster, through the portal, as files
  const [csv] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the roster (CSV)' }).click()]);
  assert.match(csv.suggestedFilename(), /^roster-.*\.csv$/);
  const text = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '');
  assert.match(text.split(/\r?\n/)[0], /^registration id,status,waitlist position,full name,email/, 'the header');
  assert.match(text, new RegExp(`CONFIRMED,,${approveName},`), 'the approved person');
  const [xlsx] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the roster (Excel, XLSX)' }).click()]);
  assert.match(xlsx.suggestedFilename(), /^roster-.*\.xlsx$/);
  const workbook = readFileSync(await xlsx.path());
  assert.equal(workbook.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX file is a zip');
  assert.ok(workbook.length > 1000, 'a workbook, not an error page');

  // ---- in Bengali
  await Promise.all([page.waitForURL(/lang=bn/), page.getByRole('link', { name: 'বাংলা' }).click()]);
  assert.equal(await heading(), 'নিবন্ধন');
  assert.match(await row(approveName).innerText(), /নিশ্চিত/);
  await check('people-11-registrations-bn');
  await page.goto(tab('applications'));
  assert.equal(await heading(), 'আবেদন');
  assert.match(await card(waitingName).innerText(), /আপনার ভূমিকা/, 'the question in Bengali');
  await check('people-12-applications-bn');
  await Promise.all([page.waitForURL(/lang=en/), page.getByRole('link', { name: 'English' }).click()]);
  assert.equal(await heading(), 'Applications');
});
