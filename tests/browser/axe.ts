import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on a page, one line each: rule id and the elements it flags. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Extension pages' CSP refuses an injected script tag; evaluating the source is not subject to it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document)).violations);
  return violations.map((v: { id: string; nodes: { target: unknown }[] }) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}
