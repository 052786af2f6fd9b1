// The console's door: Keycloak's login page, the front page in English and Bengali, signing out.
//   node console-home.mjs PORTAL USERNAME PASSWORD
import assert from 'node:assert/strict';
import { runJourney } from './console-lib.mjs';

await runJourney('home', async ({ page, portal, check, heading, login }) => {
  await login();
  assert.equal(page.url(), portal + '/organiser');
  assert.match(await heading(), /^Welcome, /);
  await check('home');

  await page.getByRole('link', { name: 'বাংলা' }).click();
  assert.match(await heading(), /^স্বাগতম, /);
  await check('home-bn');
  await page.getByRole('link', { name: 'English' }).click();

  // signing out ends the session: the console asks for the login again
  await page.getByRole('link', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.href.startsWith(portal));
  await page.goto(portal + '/organiser');
  assert.match(page.url(), /\/realms\/convene\/protocol\/openid-connect\/auth/, 'signed out: Keycloak asks again');
});
