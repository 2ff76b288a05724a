import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This repository's root. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Runs `use` on `paths` as they are at git ref `ref`, extracted into a temporary directory that is
 * removed afterwards: how the A/B tools (detect-ab, score-diff) get their "before" side.
 */
export async function withTreeAt<T>(ref: string, paths: string[], use: (root: string) => Promise<T>): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), 'lk-tree-'));
  try {
    // Two processes, not a shell pipe: an unknown ref fails here instead of extracting nothing.
    const archive = execFileSync('git', ['archive', ref, ...paths], { cwd: REPO, maxBuffer: 256 << 20 });
    execFileSync('tar', ['-x', '-C', root], { input: archive });
    return await use(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
