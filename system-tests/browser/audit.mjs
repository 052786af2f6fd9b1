// One check of a page for the browser journeys (journey.mjs, console-lib.mjs): a screenshot as it is, then axe-core
// on the same HTML in a second browser that may run scripts (with the portal's stylesheets); a serious or critical
// violation fails the journey.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Screenshot of page into shots/name.png, axe-core on its HTML in auditor; returns how many minor violations. */
export async function screenshotAndAudit(page, auditor, portal, shots, name) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const html = await page.content();
  await auditor.goto(new URL('/portal.css', portal).href);
  await auditor.setContent(html, { waitUntil: 'load' });
  await auditor.addScriptTag({ content: AXE });
  const violations = await auditor.evaluate(async () => (await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  })).violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })));
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(grave, [], `${name}: serious or critical axe-core violations`);
  return violations.length;
}
