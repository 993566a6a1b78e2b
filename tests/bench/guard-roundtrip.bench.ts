/**
 * Per-keystroke check latency of the guard THROUGH ITS MESSAGE, in real Chromium: from the guard's
 * own isolated world in an x.com replica, `checkText` goes to the background service worker, which
 * runs the detector with the officer's profile and answers. A 5,000-character post typed one
 * character at a time (the incremental detector per sending frame), p50/p99 of 300 keystrokes.
 * Uses the build in $WXT_OUT_DIR when it exists, else builds into its own folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

export const name = 'guard check round trip (content script → background → content script)';

const KEYS = 300;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export async function run(): Promise<void> {
  const own = !process.env.WXT_OUT_DIR || !existsSync(`${process.env.WXT_OUT_DIR}/chrome-mv3/manifest.json`);
  if (own) {
    process.env.WXT_OUT_DIR = '.out-bench-guard-roundtrip';
    execFileSync('npx', ['wxt', 'build'], { env: process.env, stdio: 'ignore' });
  }
  const { launch, serve } = await import('../browser/harness');
  const session = await launch();
  try {
    const terms = { ownNames: ['Jan de Vries'], partner: [], children: ['Mila', 'Daantje'], family: [], homeStreet: ['Lindelaan'],
      homeTown: [], school: ['De Regenboog'], sportsClub: [], carPlate: [], other: [] };
    await session.worker.evaluate((t) => (globalThis as any).chrome.storage.local.set({ profile: { terms: t, personnelNumber: '' } }), terms);
    await serve(session.context, 'https://x.com/**', readFileSync('tests/fixtures/sites/x-composer.html', 'utf8'));
    const { contentWorld, untilGuardOn } = await import('../browser/content-world');
    const page = await session.context.newPage();
    const world = await contentWorld(page);
    await page.goto('https://x.com/home');
    await untilGuardOn(world);
    const base = 'Vandaag met Mila naar De Regenboog, daarna boodschappen. Bel 06-12345678 als er iets is. '.repeat(60).slice(0, 5000 - KEYS);
    const expression = `(async () => {
      const base = ${JSON.stringify(base)}; const times = []; let text = base; let findings = 0;
      for (let i = 0; i < ${KEYS + 20}; i++) {
        text += 'abcdefghij '[i % 11];
        const t0 = performance.now();
        const a = await chrome.runtime.sendMessage({ type: 'checkText', text });
        if (a.error) throw new Error(a.error);
        if (i >= 20) times.push(performance.now() - t0);
        findings = a.findings.length;
      }
      return { times, findings, length: text.length };
    })()`;
    const { times, findings, length } = await world.evaluate<{ times: number[]; findings: number; length: number }>(expression);
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`  ${KEYS} keystrokes on a ${length}-character post (${findings} findings): p50 ${quantile(sorted, 0.5).toFixed(2)} ms, p99 ${quantile(sorted, 0.99).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`);
  } finally {
    await session.close();
    if (own) rmSync(process.env.WXT_OUT_DIR!, { recursive: true, force: true });
  }
}
