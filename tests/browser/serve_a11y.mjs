// Accessibility of every page type, checked by axe-core in headless Chromium: the join
// page, a page of every question type, a refused answer, the review, the report, the
// facilitator page, and the `score` and `team` HTML reports. Fails on any violation of
// impact serious or critical, and on a page without its main landmark.
//   node serve_a11y.mjs SALESAUDIT_BINARY SOURCE_DIR

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { check, freshDir, launch, loadPuppeteer, startServer, stopServer } from './serve_lib.mjs';

const [binary, source] = process.argv.slice(2);
const puppeteer = await loadPuppeteer();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const fixture = join(source, 'tests/e2e/data/serve-all.json');
const server = await startServer(binary, [fixture, '--answers-dir', freshDir('a11y')]);
const browser = await launch(puppeteer);
const problems = [];

async function post(path, body) {
  return fetch(server.origin + path, {
    method: 'POST', redirect: 'manual', body,
    headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
  });
}

async function audit(name, load) {
  const page = await browser.newPage();
  await page.setBypassCSP(true);  // lets the checker's script run; the pages themselves have none
  await page.setViewport({ width: 360, height: 740 });
  await load(page);
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  for (const v of result.violations) {
    const landmark = v.id === 'landmark-one-main' || v.id === 'region';
    if (v.impact === 'serious' || v.impact === 'critical' || landmark) {
      problems.push(`${name}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  if ((await page.$('main')) === null) problems.push(`${name}: no <main> landmark`);
  if ((await page.$('h1')) === null) problems.push(`${name}: no h1`);
  await page.close();
}

try {
  const goto = (path) => (page) => page.goto(server.origin + path);
  await audit('join', goto('/'));
  const start = await post('/start', 'name=Ann&role=manager');
  const r = start.headers.get('location');
  check(start.status === 303 && r, 'POST /start did not redirect');
  const steps = [['pace', 'answer=4'], ['deputy', 'answer=true'], ['authority', 'answer=some'],
    ['channels', 'answer=chat'], ['checks', 'answer=3'], ['note', 'answer=ok']];
  for (const [q, body] of steps) {
    await audit(`question ${q}`, goto(`${r}/q/${q}`));
    check((await post(`${r}/q/${q}`, body)).status === 303, `answer to ${q} not saved`);
  }
  const refused = await post(`${r}/q/checks`, 'answer=999');
  check(refused.status === 422, `a bad value gave ${refused.status}`);
  const refusedHtml = await refused.text();
  await audit('refused answer (422)', (page) => page.setContent(refusedHtml));
  await audit('review', goto(`${r}/review`));
  check((await post(`${r}/finish`, '')).status === 303, 'finish failed');
  await audit('report', goto(`${r}/report`));
  await audit('facilitator', (page) => page.goto(server.facilitator));

  const dir = freshDir('reports');
  const single = join(dir, 'score.html');
  writeFileSync(single, execFileSync(binary, ['score', join(source, 'examples/answers/average.json'), '--format', 'html']));
  await audit('score --format html', (page) => page.goto(`file://${single}`));
  const team = join(dir, 'team.html');
  writeFileSync(team, execFileSync(binary, ['team', join(source, 'examples/answers'), '--format', 'html']));
  await audit('team --format html', (page) => page.goto(`file://${team}`));
} catch (e) {
  problems.push(`error: ${e.message}`);
} finally {
  await browser.close();
  await stopServer(server);
}
for (const p of problems) console.error(p);
console.log(problems.length === 0 ? 'ok: no serious or critical accessibility violation, landmarks in place' : `FAIL: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
