// Benchmark of `salesaudit serve` on loopback (not a test): latency of answer POSTs with 100
// respondents answering at once, under two load models, then the server's memory with 1,000
// respondents in the folder (after a restart that loads them all).
//   node bench/serve_bench.mjs build/release/salesaudit [RESPONDENTS=100] [FOLDER_SIZE=1000] [RUNS=3] [PACE_MS=1000]
// - closed loop (saturation): every respondent GETs a page and POSTs its answer as fast as
//   the server answers, no think time; latency is then queueing (Little's law: respondents /
//   throughput), so it measures throughput more than the latency a person sees.
// - paced (open loop per respondent): every respondent answers one question every PACE_MS
//   (starts spread over the first period); each POST is timed from its scheduled moment, so a
//   late server is charged for the wait it caused too.
// Each run uses new respondents; the figures printed last are medians over RUNS runs.
// Bounded: every respondent answers each question of the built-in audit once per run.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

const [binary, respondentsArg, folderArg, runsArg, paceArg] = process.argv.slice(2);
const RESPONDENTS = Number(respondentsArg || 100);
const FOLDER_SIZE = Number(folderArg || 1000);
const RUNS = Number(runsArg || 3);
const PACE_MS = Number(paceArg || 1000);
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
const now = () => Number(process.hrtime.bigint()) / 1e6;
// CPU time (user + system) in ms: the server's from /proc (clock ticks of 10 ms), this client's.
const serverCpu = (s) => {
  const f = readFileSync(`/proc/${s.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const clientCpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

// node:http with keep-alive connections, not fetch: the client shares the machine's cores
// with the server, and fetch costs about three times the CPU per request.
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
function request(s, method, path, body = '') {
  const url = new URL(path, s.origin);
  const headers = method === 'POST'
    ? { Origin: s.origin, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) }
    : {};
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, location: res.headers.location, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const post = (s, path, body) => request(s, 'POST', path, body);
const get = (s, path) => request(s, 'GET', path);

// The value to send for the question page's first input.
function pick(html) {
  const radio = /type="(?:radio|checkbox)" id="a-1" name="answer" value="([^"]*)"/.exec(html);
  if (radio) return `answer=${encodeURIComponent(radio[1].replace(/&amp;/g, '&'))}`;
  return html.includes('inputmode="decimal"') ? 'answer=1' : 'answer=bench';
}

// One respondent through the audit. `due(k)` is when the k-th answer is to be sent (null: as
// soon as its page is read). Latency runs from that moment, also when the page came later.
async function respondent(s, latencies, due) {
  const token = (await post(s, '/start', 'name=bench')).location;
  let at = (await get(s, token)).location;
  for (let k = 0; k < 500 && at.includes('/q/'); ++k) {
    const page = (await get(s, at)).text;
    const body = pick(page);
    let t0 = now();
    const when = due ? due(k) : null;
    if (when !== null && when > t0) {
      await sleep(when - t0);
      t0 = when;
    } else if (when !== null) {
      t0 = when;  // late already: the wait behind the server counts
    }
    const res = await post(s, at, body);
    latencies.push(now() - t0);
    if (res.status !== 303) throw new Error(`${at}: ${res.status}`);
    at = res.location;
  }
  await post(s, `${token}/finish`, '');
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function run(s, paced) {
  const latencies = [];
  const cpu0 = [serverCpu(s), clientCpu()];
  const t0 = now();
  await Promise.all(Array.from({ length: RESPONDENTS }, (_, i) => {
    const offset = t0 + 100 + (i * PACE_MS) / RESPONDENTS;  // 100 ms to start and read the first page
    return respondent(s, latencies, paced ? (k) => offset + k * PACE_MS : null);
  }));
  const seconds = (now() - t0) / 1e3;
  latencies.sort((a, b) => a - b);
  return { posts: latencies.length, seconds, rate: latencies.length / seconds,
    server: (serverCpu(s) - cpu0[0]) / latencies.length, client: (clientCpu() - cpu0[1]) / latencies.length,
    p50: pct(latencies, 50), p99: pct(latencies, 99), max: latencies.at(-1) };
}

function report(name, runs) {
  const f = (x) => x.toFixed(2);
  runs.forEach((r, i) => console.log(`  ${name} run ${i + 1}: ${r.posts} POSTs in ${r.seconds.toFixed(2)} s, ` +
    `${r.rate.toFixed(0)} POST/s; p50 ${f(r.p50)} ms, p99 ${f(r.p99)} ms, max ${f(r.max)} ms; ` +
    `CPU per answer (its GET and POST): server ${f(r.server)} ms, client ${f(r.client)} ms`));
  const m = (key) => median(runs.map((r) => r[key]));
  console.log(`${name}, median of ${runs.length}: ${m('rate').toFixed(0)} POST/s; ` +
    `p50 ${f(m('p50'))} ms, p99 ${f(m('p99'))} ms, max ${f(m('max'))} ms`);
}

const server = await start();
process.on('exit', () => server.child.kill('SIGKILL'));
const closed = [];
for (let i = 0; i < RUNS; ++i) closed.push(await run(server, false));
report(`closed loop, ${RESPONDENTS} respondents, no think time`, closed);
const paced = [];
for (let i = 0; i < RUNS; ++i) paced.push(await run(server, true));
report(`paced, ${RESPONDENTS} respondents, one answer each every ${PACE_MS} ms`, paced);

// Fill the folder to FOLDER_SIZE respondents (each started), then restart on it.
for (let n = 2 * RUNS * RESPONDENTS; n < FOLDER_SIZE; n += 50) {
  await Promise.all(Array.from({ length: Math.min(50, FOLDER_SIZE - n) }, () => post(server, '/start', 'name=folder')));
}
console.log(`RSS after serving: ${(rssKiB(server) / 1024).toFixed(1)} MiB`);
await stop(server);
const again = await start();
const folder = Math.max(FOLDER_SIZE, 2 * RUNS * RESPONDENTS);
console.log(`RSS after a restart with ${folder} respondents in the folder: ${(rssKiB(again) / 1024).toFixed(1)} MiB`);
const f0 = now();
await get(again, new URL(again.facilitator).pathname);
console.log(`facilitator page with ${folder} respondents (${2 * RUNS * RESPONDENTS} finished): ${(now() - f0).toFixed(1)} ms`);
console.log(`RSS after that page: ${(rssKiB(again) / 1024).toFixed(1)} MiB`);
await stop(again);
