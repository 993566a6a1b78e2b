/**
 * Size of the guard content script as shipped: a real `wxt build --analyze` (Chrome MV3) into
 * its own folder, then content-scripts/guard.js raw and gzipped (level 9). Target: ≤ 15 kB
 * gzipped without the profile (the profile is never in the script: it is read from
 * storage.local at run time). The bundle analysis shows which packages the bytes come from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const name = 'guard content script size';

const OUT = '.out-bench-guard-size';
const STATS = 'stats.html';
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

interface TreeNode { name: string; uid?: string; children?: TreeNode[] }
interface Stats { tree: TreeNode; nodeParts: Record<string, { renderedLength: number }> }

/** Bytes per package (or project folder) in the guard script, before minification, from the analysis. */
function shares(stats: Stats): [string, number][] {
  const guard = stats.tree.children?.find((c) => c.name === 'content-scripts/guard.js');
  const byOwner = new Map<string, number>();
  const walk = (n: TreeNode, path: string) => {
    const p = path ? `${path}/${n.name}` : n.name;
    if (n.uid && !n.children) {
      const who = p.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? p.replace(/^.*?(utils|entrypoints|components)\//, '$1/').split('/').slice(0, 2).join('/');
      byOwner.set(who, (byOwner.get(who) ?? 0) + (stats.nodeParts[n.uid]?.renderedLength ?? 0));
    }
    for (const c of n.children ?? []) walk(c, p);
  };
  for (const c of guard?.children ?? []) walk(c, '');
  return [...byOwner].sort((a, b) => b[1] - a[1]);
}

export async function run(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  execFileSync('npx', ['wxt', 'build', '--analyze'], { env: { ...process.env, WXT_OUT_DIR: OUT }, stdio: 'ignore' });
  const script = readFileSync(`${OUT}/chrome-mv3/content-scripts/guard.js`);
  const size = gzipSync(script, { level: 9 }).length;
  console.log(`  content-scripts/guard.js: ${kB(script.length)} raw, ${kB(size)} gzipped — target ≤ 15 kB: ${size <= 15 * 1024 ? 'met' : 'NOT met'}`);
  rmSync(OUT, { recursive: true, force: true });
  if (!existsSync(STATS)) return;
  const html = readFileSync(STATS, 'utf8');
  rmSync(STATS);
  const data = html.match(/const data = (\{.*?\});\n/s)?.[1];
  if (!data) return;
  const rows = shares(JSON.parse(data) as Stats);
  const total = rows.reduce((n, [, b]) => n + b, 0);
  console.log('  share of the script per source (unminified bytes in the bundle):');
  for (const [who, bytes] of rows.slice(0, 12)) console.log(`    ${who.padEnd(32)} ${kB(bytes).padStart(9)}  ${((100 * bytes) / total).toFixed(0).padStart(3)}%`);
}
