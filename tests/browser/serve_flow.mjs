// The whole audit in headless Chromium with JavaScript switched off: clicking labels and
// buttons, going back, reloading half-way, finishing and reading the report.
//   node serve_flow.mjs SALESAUDIT_BINARY

import { check, freshDir, launch, loadPuppeteer, startServer, stopServer } from './serve_lib.mjs';

const binary = process.argv[2];
const puppeteer = await loadPuppeteer();
const server = await startServer(binary, ['--answers-dir', freshDir('flow')]);
const browser = await launch(puppeteer);
let failed = false;
try {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setViewport({ width: 360, height: 740 });
  await page.goto(server.join);
  check((await page.$('script')) === null, 'the join page has a script');
  await page.click('label[for="f-name"]');
  await page.keyboard.type('Browser <b>Tester</b>');
  await page.type('#f-team', 'Ops');
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  check(/\/r\/[A-Za-z0-9_-]{22}\/q\//.test(page.url()), `not on a question: ${page.url()}`);

  let answered = 0;
  let wentBack = false;
  let reloaded = false;
  for (let guard = 0; guard < 200 && page.url().includes('/q/'); ++guard) {
    const progress = await page.$eval('.progress', (e) => e.textContent);
    check(/^\[\d+\/\d+\]/.test(progress), `no [n/N] progress: ${progress}`);
    const labels = await page.$$('.choice label');
    const field = await page.$('#a-value');
    if (field) {
      const inputmode = await field.evaluate((e) => e.getAttribute('inputmode'));
      await page.click('label[for="a-value"]');
      await page.keyboard.down('Control'); await page.keyboard.press('A'); await page.keyboard.up('Control');
      await page.keyboard.type(inputmode === 'decimal' ? '2' : 'Written in a browser');
    } else if (labels.length > 0) {
      // The last real choice (before "Not applicable" if present).
      const texts = await Promise.all(labels.map((l) => l.evaluate((e) => e.textContent)));
      let pick = texts.length - 1;
      if (texts[pick] === 'Not applicable' && pick > 0) pick -= 1;
      await labels[pick].click();
      const input = await page.$(`#${await labels[pick].evaluate((e) => e.htmlFor)}`);
      check(await input.evaluate((e) => e.checked), 'clicking the label did not check its input');
    }
    const before = page.url();
    await Promise.all([page.waitForNavigation(), page.click('button[value="next"]')]);
    check(page.url() !== before || page.url().includes('/review'), `Next did not move on from ${before}`);
    ++answered;
    if (answered === 3 && !wentBack) {
      wentBack = true;
      await Promise.all([page.waitForNavigation(), page.click('button[value="back"]')]);
      check(page.url() === before, `Back went to ${page.url()}, not ${before}`);
      const checked = await page.$$eval('input:checked', (l) => l.length);
      const value = await page.$eval('#a-value', (e) => e.value).catch(() => '');
      check(checked > 0 || value !== '', 'the saved answer is not shown after Back');
    }
    if (answered === 8 && !reloaded) {
      reloaded = true;
      const here = page.url();
      await page.reload();
      check(page.url() === here, 'reload changed the page');
    }
  }
  check(page.url().endsWith('/review'), `did not reach the review: ${page.url()}`);
  check(wentBack && reloaded, 'the audit was too short to go back and reload');
  const review = await page.content();
  check(review.includes('Browser &lt;b&gt;Tester&lt;/b&gt;') || !review.includes('<b>Tester</b>'), 'name not escaped');
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  check(page.url().endsWith('/report'), `Finish did not show the report: ${page.url()}`);
  const h1 = await page.$eval('h1', (e) => e.textContent);
  check(h1.length > 0, 'the report has no title');
  const body = await page.$eval('body', (e) => e.textContent);
  check(body.includes('Overall') && body.includes('Top actions'), 'the report lacks its sections');
  // The facilitator sees one finished respondent and the team report.
  await page.goto(server.facilitator);
  const f = await page.$eval('main', (e) => e.innerText);
  check(f.includes('1 started, 1 finished.'), `facilitator counts: ${f.slice(0, 200)}`);
  check(f.includes('Weakest questions'), 'no team report on the facilitator page');
  console.log(`ok: ${answered} questions answered in the browser with JavaScript off`);
} catch (e) {
  failed = true;
  console.error(`FAIL: ${e.message}`);
} finally {
  await browser.close();
  const code = await stopServer(server);
  if (code !== 0) {
    console.error(`FAIL: serve exited with ${code} on SIGTERM`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
