// Benchmark of `salesaudit serve` on loopback (not a test): requests per second and p50/p99
// latency of answer POSTs with 100 respondents answering at once, then the server's memory
// with 1,000 respondents in the folder (after a restart that loads them all).
//   node bench/serve_bench.mjs build/release/salesaudit [RESPONDENTS=100] [FOLDER_SIZE=1000]
// Bounded: every respondent answers each question of the built-in audit once.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const [binary, respondentsArg, folderArg] = process.argv.slice(2);
const RESPONDENTS = Number(respondentsArg || 100);
const FOLDER_SIZE = Number(folderArg || 1000);
const dir = mkdtempSync(join(tmpdir(), 'salesaudit-serve-bench-'));

function start() {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['serve', '--answers-dir', dir, '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', reject);
    let origin = '';
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('join: ')) origin = new URL(line.slice(6)).origin;
      if (line.startsWith('facilitator: ')) resolve({ child, origin, facilitator: line.slice(13) });
    });
  });
}
const stop = (s) => new Promise((resolve) => { s.child.once('exit', resolve); s.child.kill('SIGTERM'); });
const rssKiB = (s) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${s.child.pid}/status`, 'utf8'))[1]);

async function post(s, path, body) {
  const res = await fetch(s.origin + path, {
    method: 'POST', redirect: 'manual', body,
    headers: { Origin: s.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  await res.arrayBuffer();
  return res;
}

// The value to send for the question page's first input.
function pick(html) {
  const radio = /type="(?:radio|checkbox)" id="a-1" name="answer" value="([^"]*)"/.exec(html);
  if (radio) return `answer=${encodeURIComponent(radio[1].replace(/&amp;/g, '&'))}`;
  return html.includes('inputmode="decimal"') ? 'answer=1' : 'answer=bench';
}

async function respondent(s, latencies) {
  const token = (await post(s, '/start', 'name=bench')).headers.get('location');
  const first = await fetch(s.origin + token, { redirect: 'manual' });
  await first.arrayBuffer();
  let at = first.headers.get('location');
  for (let guard = 0; guard < 500 && at.includes('/q/'); ++guard) {
    const page = await (await fetch(s.origin + at)).text();
    const body = pick(page);
    const t0 = process.hrtime.bigint();
    const res = await post(s, at, body);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (res.status !== 303) throw new Error(`${at}: ${res.status}`);
    at = res.headers.get('location');
  }
  await post(s, `${token}/finish`, '');
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const server = await start();
process.on('exit', () => server.child.kill('SIGKILL'));
const latencies = [];
const t0 = process.hrtime.bigint();
await Promise.all(Array.from({ length: RESPONDENTS }, () => respondent(server, latencies)));
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
latencies.sort((a, b) => a - b);
console.log(`answer POSTs: ${latencies.length} by ${RESPONDENTS} concurrent respondents in ${seconds.toFixed(2)} s`);
console.log(`POST latency: p50 ${pct(latencies, 50).toFixed(2)} ms, p99 ${pct(latencies, 99).toFixed(2)} ms, max ${latencies.at(-1).toFixed(2)} ms`);
console.log(`throughput (answer POSTs, with the GET of each page between): ${(latencies.length / seconds).toFixed(0)} POST/s`);

// Fill the folder to FOLDER_SIZE respondents (each started), then restart on it.
for (let n = RESPONDENTS; n < FOLDER_SIZE; n += 50) {
  await Promise.all(Array.from({ length: Math.min(50, FOLDER_SIZE - n) }, () => post(server, '/start', 'name=folder')));
}
console.log(`RSS after serving: ${(rssKiB(server) / 1024).toFixed(1)} MiB`);
await stop(server);
const again = await start();
console.log(`RSS after a restart with ${FOLDER_SIZE} respondents in the folder: ${(rssKiB(again) / 1024).toFixed(1)} MiB`);
const f0 = process.hrtime.bigint();
await (await fetch(again.facilitator)).text();
console.log(`facilitator page with ${FOLDER_SIZE} respondents (${RESPONDENTS} finished): ${(Number(process.hrtime.bigint() - f0) / 1e6).toFixed(1)} ms`);
console.log(`RSS after that page: ${(rssKiB(again) / 1024).toFixed(1)} MiB`);
await stop(again);
