#!/usr/bin/env node
// `npm start`: build LineKeeper, then open Chromium (or Chrome) with the extension loaded in a fresh
// profile seeded with the sample lines (restored through the options page, as a user would).
// Options: --no-seed (empty profile), --profile <dir> (keep a profile between runs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const seed = !args.includes('--no-seed');
const profileIndex = args.indexOf('--profile');
const profileDir = profileIndex >= 0 ? resolve(args[profileIndex + 1]) : mkdtempSync(join(tmpdir(), 'linekeeper-'));

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'].filter(Boolean);
const browserPath = candidates.find((path) => existsSync(path));
if (!browserPath) {
  console.error('No Chromium or Chrome found. Install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH,');
  console.error('or load .output/chrome-mv3 by hand: chrome://extensions → Developer mode → Load unpacked.');
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open.');
  console.error('Run it in a desktop session, or with a virtual one: xvfb-run npm start. The build is in .output/chrome-mv3.');
  process.exit(1);
}

if (!existsSync('node_modules/.bin/wxt')) {
  console.log('Installing dependencies (npm ci)…');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
console.log('Building LineKeeper…');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { chromium } = await import('playwright-core');
const extensionDir = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: browserPath,
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-first-run', '--disable-sync'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const options = context.pages()[0] ?? (await context.newPage());
await options.goto(`chrome-extension://${extensionId}/options.html`);
if (seed) {
  const { seedSampleBackup } = await import('./seed.mjs');
  const file = await seedSampleBackup(options);
  console.log(`Restored the sample lines from ${file}.`);
}
console.log(`LineKeeper is loaded (profile: ${profileDir}). Click its toolbar icon, or open chrome-extension://${extensionId}/popup.html.`);
console.log('Close the browser window to stop.');
context.on('close', () => process.exit(0));
