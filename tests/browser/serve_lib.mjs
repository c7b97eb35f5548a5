// Shared by the browser tests: start `salesaudit serve` on an ephemeral loopback port and
// launch Debian's Chromium through puppeteer-core (no browser download, no network).

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// Exit 77 (skipped) when there is no browser; a missing npm install is a failure.
export async function loadPuppeteer() {
  if (!existsSync(CHROMIUM)) {
    console.log(`skipped: ${CHROMIUM} not found`);
    process.exit(77);
  }
  try {
    return (await import('puppeteer-core')).default;
  } catch (e) {
    console.error('puppeteer-core is missing: run scripts/install-deps.sh --test (npm ci in tests/browser)');
    process.exit(1);
  }
}

export function freshDir(name) {
  return mkdtempSync(join(tmpdir(), `salesaudit-browser-${name}-`));
}

// Resolves {child, join, facilitator, origin} once both URL lines are printed (20 s at most).
export function startServer(binary, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['serve', ...args, '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => reject(new Error('serve did not print its URLs in time')), 20000);
    const urls = {};
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('join: ')) urls.join = line.slice(6);
      if (line.startsWith('facilitator: ')) urls.facilitator = line.slice(13);
      if (urls.join && urls.facilitator) {
        clearTimeout(timer);
        resolve({ child, ...urls, origin: new URL(urls.join).origin });
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited early (${code})`)));
    child.on('error', (e) => reject(e));
  });
}

export function stopServer(server) {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve(server.child.exitCode);
    server.child.once('exit', (code) => resolve(code));
    server.child.kill('SIGTERM');
  });
}

export async function launch(puppeteer) {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: freshDir('profile'),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--disable-dev-shm-usage'],
  });
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}
