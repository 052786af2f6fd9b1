// The portal as a person uses it, in headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
// Run by system-tests BrowserJourneyTest, in two parts with the email in between (the test reads it over IMAP):
//   node journey.mjs sign-up   PORTAL WORKSHOP_TITLE FULL_NAME EMAIL CITY_NAME SECOND_EMAIL (a workshop of one seat)
//   node journey.mjs manage    PORTAL MANAGE_URL PREFERENCES_URL UNSUBSCRIBE_URL
//   node journey.mjs invitation PORTAL WORKSHOP_TITLE ACCEPT_URL DECLINE_URL REVOKED_URL COLLEAGUE_NAME COLLEAGUE_EMAIL
// The journey runs with JavaScript off (the portal has none); each page is checked by axe-core (no serious or
// critical violation) in a second browser with JavaScript on, and saved as a phone-sized screenshot in SHOTS.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { screenshotAndAudit } from './audit.mjs';

const SHOTS = process.env.SHOTS || 'target/screenshots';
const PHONE = { width: 390, height: 844 };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const [part, portal, ...rest] = process.argv.slice(2);
const profiles = [];
const checked = [];

async function open(options) {
  const profile = mkdtempSync(join(tmpdir(), 'convene-chromium-'));
  profiles.push(profile);
  // a new empty --user-data-dir for each browser (playwright passes userDataDir as that flag)
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ARGS,
    viewport: PHONE, locale: 'en-GB', timeout: 30000, ...options,
  });
}

const browser = await open({ javaScriptEnabled: false });
const auditor = await open({ javaScriptEnabled: true, bypassCSP: true });
const page = browser.pages()[0] || await browser.newPage();
const audit = auditor.pages()[0] || await auditor.newPage();
page.setDefaultTimeout(15000);

/** Screenshot of the page as it is, then axe-core on the same HTML (audit.mjs). */
async function check(name) {
  const minor = await screenshotAndAudit(page, audit, portal, SHOTS, name);
  checked.push(`${name} (${minor} minor)`);
}

async function heading() {
  return (await page.locator('h1').innerText()).trim();
}

/** The page's own response headers that keep tokens private. */
function assertPrivate(response, name) {
  const headers = response.headers();
  assert.equal(headers['cache-control'], 'no-store', `${name}: Cache-Control`);
  assert.equal(headers['referrer-policy'], 'no-referrer', `${name}: Referrer-Policy`);
}

async function signUp([title, fullName, email, cityName, secondEmail]) {
  let response = await page.goto(portal + '/');
  assert.equal(response.status(), 200);
  assert.equal(await heading(), 'Open workshops');
  await check('01-workshops');

  await page.getByRole('link', { name: title }).click();
  assert.equal(await heading(), title);
  await check('02-workshop');

  // a mistake: the error is beside its field, and in the summary at the top, which links to the field
  await page.getByLabel('Full name *').fill(fullName);
  await page.getByLabel('Email address *').fill('not an address');
  await page.getByRole('button', { name: 'Sign up' }).click();
  const summary = page.locator('.error-summary');
  assert.equal((await summary.locator('h2').innerText()).trim(), 'There is a problem');
  assert.equal(await summary.getByRole('link').first().getAttribute('href'), '#email');
  const emailField = page.locator('.field', { has: page.locator('#email') });
  assert.equal((await emailField.locator('.field-error').innerText()).trim(),
    'Enter an email address like name@example.org');
  assert.equal(await page.locator('#email').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('Full name *').inputValue(), fullName, 'what was typed is kept');
  assert.equal(await page.locator('#fullName').getAttribute('aria-invalid'), null, 'the right field is marked');
  await check('03-form-error');

  await page.getByLabel('Email address *').fill(email);
  await page.getByLabel('City').selectOption({ label: cityName + ' (IN)' });
  await page.getByLabel('Organisation', { exact: true }).fill('Kolkata Municipal Corporation');
  // the workshop's own question, and consent to the participant list
  await page.getByRole('group', { name: 'Diet *' }).getByLabel('Vegetarian').check();
  await page.getByLabel('Show my name and organisation on the participant list').check();
  response = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Sign up' }).click()])
    .then(([navigation]) => navigation);
  assertPrivate(response, 'result');
  assert.equal(await heading(), 'You are registered');
  assert.match(await page.locator('main').innerText(), new RegExp(`confirmation email to ${email.replace('.', '\\.')}`));
  const manage = await page.getByRole('link', { name: 'See or cancel your registration' }).getAttribute('href');
  assert.match(manage, /^\/registrations\/[0-9a-f-]{36}\?token=/);
  await check('04-signed-up');

  // the only seat is taken: the next person joins the waitlist
  await page.goto(portal + '/');
  assert.equal((await page.locator('.card', { hasText: title }).locator('.seats').innerText()).trim(),
    'Full: you can join the waitlist');
  await page.getByRole('link', { name: title }).click();
  await page.getByLabel('Full name *').fill('Rahim Uddin');
  await page.getByLabel('Email address *').fill(secondEmail);
  // a required question left unanswered: the API's error is shown beside the question
  await page.getByRole('button', { name: 'Join the waitlist' }).click();
  const diet = page.getByRole('group', { name: 'Diet *' });
  assert.equal(await diet.locator('.field-error').count(), 1, 'the unanswered question is marked');
  const dietLine = page.locator('.error-summary').getByRole('link').first();
  assert.equal(await dietLine.getAttribute('href'), '#answers.diet');
  assert.match(await dietLine.innerText(), /^Diet: /, 'the summary names the question');
  await check('05a-question-error');
  await diet.getByLabel('No preference').check();
  await page.getByRole('button', { name: 'Join the waitlist' }).click();
  assert.equal(await heading(), 'You are on the waitlist');
  assert.match(await page.locator('main').innerText(), /You are number 1 on the waitlist/);
  await check('05-waitlisted');
}

async function manage([manageUrl, preferencesUrl, unsubscribeUrl]) {
  // the link from the email
  let response = await page.goto(manageUrl);
  assertPrivate(response, 'registration');
  assert.equal(await heading(), 'Your registration');
  assert.equal((await page.locator('.status').innerText()).trim(), 'Confirmed');
  const calendar = await page.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href');
  const ics = await page.request.get(new URL(calendar, portal).href);
  assert.equal(ics.status(), 200);
  assert.match(await ics.text(), /BEGIN:VCALENDAR/);
  const facts = await page.locator('.facts').innerText();
  assert.match(facts, /Diet\s+Vegetarian/);
  assert.match(facts, /Participant list\s+Your name and organisation are shown/);
  await check('06-registration');

  // change an answer: the form comes filled in; the page then shows the new answer
  await page.getByRole('link', { name: 'Change your details and answers' }).click();
  assert.equal(await heading(), 'Change your registration');
  assert.equal(await page.getByRole('group', { name: 'Diet *' }).getByLabel('Vegetarian').isChecked(), true);
  await page.getByRole('group', { name: 'Diet *' }).getByLabel('No preference').check();
  await page.getByLabel('Arrival date').fill('2027-01-01');
  await check('06b-change');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  assert.equal(await heading(), 'Your registration');
  assert.equal((await page.getByRole('status').innerText()).trim(), 'Your changes are saved.');
  assert.match(await page.locator('.facts').innerText(), /Diet\s+No preference/);
  await check('06c-changed');

  // no Referer leaves a page whose address holds a token
  const referers = [];
  page.on('request', (request) => referers.push(request.headers().referer));
  await page.getByRole('link', { name: 'Cancel my registration' }).click();
  assert.equal(await heading(), 'Cancel your registration?');
  assert.deepEqual(referers.filter(Boolean), [], 'no Referer header');
  await check('07-cancel-confirm');

  await page.getByRole('button', { name: 'Yes, cancel my registration' }).click();
  assert.equal(await heading(), 'Your registration');
  assert.equal((await page.locator('.status').innerText()).trim(), 'Cancelled');
  assert.equal((await page.getByRole('status').innerText()).trim(), 'Your registration is cancelled.');
  assert.equal(await page.getByRole('link', { name: 'Cancel my registration' }).count(), 0);
  await check('08-cancelled');

  response = await page.goto(preferencesUrl);
  assertPrivate(response, 'preferences');
  assert.equal(await heading(), 'Email preferences');
  assert.equal(await page.getByLabel('Reminders before a workshop starts').isChecked(), true);
  await check('09-preferences');

  // the unsubscribe page: opening it (twice) changes nothing, its button does it
  await page.goto(unsubscribeUrl);
  response = await page.goto(unsubscribeUrl);
  assertPrivate(response, 'unsubscribe');
  assert.equal(await heading(), 'Unsubscribe');
  await check('10-unsubscribe');
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  assert.equal(await heading(), 'You are unsubscribed');
  await check('11-unsubscribed');
  await page.goto(preferencesUrl);
  assert.equal(await page.getByLabel('Reminders before a workshop starts').isChecked(), false);
  assert.equal(await page.getByLabel('Announcements from the organisers').isChecked(), false);

  // a wrong link
  const wrong = new URL(manageUrl);
  wrong.searchParams.set('token', 'not-the-token');
  response = await page.goto(wrong.href);
  assert.equal(response.status(), 404);
  assert.equal(await heading(), 'This link does not work');
  await check('12-bad-link');

  // Bengali: chosen with ?lang=, then kept by the next pages
  await page.goto(portal + '/?lang=bn');
  assert.equal(await page.locator('html').getAttribute('lang'), 'bn');
  assert.equal(await heading(), 'নিবন্ধন চলছে এমন কর্মশালা');
  await check('13-workshops-bn');
  await page.goto(manageUrl);
  assert.equal(await heading(), 'আপনার নিবন্ধন');
  assert.equal((await page.locator('.status').innerText()).trim(), 'বাতিল');
  await check('14-registration-bn');
}

async function invitation([title, acceptUrl, declineUrl, revokedUrl, colleagueName, colleagueEmail]) {
  // accept: the page names the workshop and the invitee; the button registers them
  let response = await page.goto(acceptUrl);
  assertPrivate(response, 'invitation');
  assert.equal(await heading(), 'You are invited');
  assert.match(await page.locator('main').innerText(), new RegExp(title));
  await check('15-invitation');
  // the workshop's required question, forgotten first
  await page.getByRole('button', { name: 'Accept the invitation' }).click();
  assert.equal(await page.locator('#answers\\.role').getAttribute('aria-invalid'), 'true');
  assert.equal(await heading(), 'You are invited');
  await page.getByLabel('Your role *').fill('Ward engineer');
  await page.getByRole('button', { name: 'Accept the invitation' }).click();
  assert.equal(await heading(), 'You are registered');
  const manage = await page.getByRole('link', { name: 'See or cancel your registration' }).getAttribute('href');
  assert.match(manage, /^\/registrations\/[0-9a-f-]{36}\?token=/);
  await check('16-invitation-accepted');
  // the link again: it says so, and leads to the same registration
  await page.goto(acceptUrl);
  assert.equal((await page.getByRole('status').innerText()).trim(), 'You accepted this invitation.');
  assert.equal(await page.getByRole('button', { name: 'Accept the invitation' }).count(), 0);
  await page.getByRole('button', { name: 'See my registration' }).click();
  assert.equal(await page.getByRole('link', { name: 'See or cancel your registration' }).getAttribute('href'), manage);

  // the place goes to a colleague; the old link then stops working
  await page.goto(new URL(manage, portal).href);
  await page.getByRole('link', { name: 'Give my place to a colleague' }).click();
  assert.equal(await heading(), 'Give your place to a colleague');
  await page.getByLabel("Your colleague's full name *").fill(colleagueName);
  await page.getByLabel("Your colleague's email address *").fill('not an address');
  await page.getByRole('button', { name: 'Give my place' }).click();
  assert.equal(await page.locator('#email').getAttribute('aria-invalid'), 'true');
  await page.getByLabel("Your colleague's email address *").fill(colleagueEmail);
  await check('16b-transfer');
  await page.getByRole('button', { name: 'Give my place' }).click();
  assert.equal(await heading(), `Your place is now ${colleagueName}'s`);
  await check('16c-transferred');
  const gone = await page.goto(new URL(manage, portal).href);
  assert.equal(gone.status(), 404);

  // decline, with a reason
  await page.goto(declineUrl);
  assert.equal(await heading(), 'You are invited');
  await page.getByRole('link', { name: 'Cannot come?' }).click();
  await page.getByLabel('Reason (optional, for the organisers)').fill('Our budget session falls on the same days.');
  await page.getByRole('button', { name: 'Decline the invitation' }).click();
  assert.equal(await heading(), 'You are invited');
  assert.equal((await page.getByRole('status').innerText()).trim(),
    'You declined this invitation. If your plans change, you can still accept it.');
  assert.equal(await page.getByRole('button', { name: 'Decline the invitation' }).count(), 0);
  await check('17-invitation-declined');

  // withdrawn by the organisers: its own page, 410
  response = await page.goto(revokedUrl);
  assert.equal(response.status(), 410);
  assert.equal(await heading(), 'This invitation was withdrawn');
  await check('18-invitation-withdrawn');

  // Bengali
  await page.goto(declineUrl.replace('answer=decline', 'lang=bn'));
  assert.equal(await heading(), 'আপনি আমন্ত্রিত');
  await check('19-invitation-bn');
}

try {
  if (part === 'invitation') {
    await invitation(rest);
  } else if (part === 'sign-up') {
    await signUp(rest);
  } else if (part === 'manage') {
    await manage(rest);
  } else {
    throw new Error(`unknown part ${part}`);
  }
  console.log(`browser: ${part} passed; axe-core checked ${checked.join(', ')}`);
} catch (error) {
  try {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `failed-${part}.png`), fullPage: true });
    console.error(`browser: failed on ${page.url().replace(/token=[^&]+/, 'token=…')}`);
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
