#!/usr/bin/env node
// `npm test` on a fresh clone: install the locked dependencies first (npm ci), once.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('node_modules/.bin/wxt') || !existsSync('node_modules/playwright-core')) {
  console.log('Installing dependencies (npm ci)…');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  process.exit(install.status ?? 1);
}
