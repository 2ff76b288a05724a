// Which JavaScript files each context of the built extension loads, and their gzipped size.
// Shared by `npm run bench` (prints) and the budget test (asserts).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Scripts a page loads: its module script, and every chunk those import, followed statically. */
function pageScripts(outDir, html) {
  const text = readFileSync(join(outDir, html), 'utf8');
  const queue = [...text.matchAll(/<script[^>]*src="\/?([^"]+)"/g), ...text.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set();
  while (queue.length) {
    const file = queue.shift().replace(/^\.\//, '');
    if (seen.has(file) || !existsSync(join(outDir, file))) continue;
    seen.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    // Static imports only: `import ... from "./x.js"` and `import "./x.js"`; dynamic import() is lazy.
    for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      const target = new URL(match[1], `file:///${dir}`).pathname.slice(1);
      queue.push(target);
    }
  }
  return [...seen];
}

/** { popup: [...files], options: [...], background: [...], 'content-scripts/x.js': [...], 'injected/y.js': [...] } */
export function contextScripts(outDir) {
  const contexts = {};
  for (const html of ['popup.html', 'options.html']) if (existsSync(join(outDir, html))) contexts[html.replace('.html', '')] = pageScripts(outDir, html);
  if (existsSync(join(outDir, 'background.js'))) contexts.background = ['background.js'];
  // Scripts injected on a click (scripting.executeScript) are content scripts too.
  for (const file of readdirSync(outDir).filter((name) => name.endsWith('.js') && name !== 'background.js')) contexts[`injected/${file}`] = [file];
  const contentDir = join(outDir, 'content-scripts');
  if (existsSync(contentDir)) for (const file of readdirSync(contentDir).filter((name) => name.endsWith('.js'))) contexts[`content-scripts/${file}`] = [`content-scripts/${file}`];
  return contexts;
}
