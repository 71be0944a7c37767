// Prints what the first page costs: the JavaScript and CSS that index.html loads (entry chunk and
// its static imports), raw and gzipped, against the 180 KB gzipped budget. Lazy screens are listed apart.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const size = (file) => {
  const bytes = readFileSync(join(dir, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let js = 0;
let all = 0;
for (const file of initial) {
  const s = size(file);
  all += s.gzip;
  if (file.endsWith('.js')) js += s.gzip;
}
const lazy = readdirSync(join(dir, 'assets'))
  .filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`))
  .map((f) => `${f.replace(/-[\w-]{8}\.js$/, '')} ${kb(size(`assets/${f}`).gzip)}`);
console.log(`web UI: initial JS ${kb(js)} gzipped (budget 180 KB), initial JS+CSS ${kb(all)}; lazy: ${lazy.join(', ')}`);
