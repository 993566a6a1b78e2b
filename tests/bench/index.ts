/**
 * `npm run bench`: runs every benchmark module in this folder in turn. Each
 * module exports `name` and `run()`, and prints its own figures.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { name: string; run(): Promise<void> };
  console.log(`\n== ${mod.name} (${file})`);
  await mod.run();
}
