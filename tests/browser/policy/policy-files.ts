import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Machine-wide policy files, as an organisation's IT installs them. They apply to every browser on
 * the machine, so the policy tests run alone (their own vitest project, after the other browser
 * tests) and always put back what was there, also when a test fails or the run is interrupted.
 */
export const CHROMIUM_EXTENSION_ID = 'nkcalhnchdnihaagamjchmmmhcglnbhp';
export const CHROMIUM_POLICY = '/etc/chromium/policies/managed/schildwacht-test.json';
export const FIREFOX_POLICY = '/usr/lib/firefox-esr/distribution/policies.json';

const restore = new Map<string, string | null>();

function putBack(): void {
  for (const [path, before] of restore) {
    if (before === null) rmSync(path, { force: true });
    else writeFileSync(path, before);
  }
  restore.clear();
}
process.once('exit', putBack);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => { putBack(); process.exit(130); });

export function writePolicy(path: string, policy: unknown): void {
  if (!restore.has(path)) restore.set(path, existsSync(path) ? readFileSync(path, 'utf8') : null);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(policy, null, 2));
}

export function removePolicy(path: string): void {
  if (!restore.has(path)) restore.set(path, existsSync(path) ? readFileSync(path, 'utf8') : null);
  rmSync(path, { force: true });
}

/** Puts every policy file back as it was before the tests. */
export const restorePolicies = putBack;

export const chromiumPolicy = (values: Record<string, unknown>) => ({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: values } } });
export const firefoxPolicy = (values: Record<string, unknown>) => ({ policies: { '3rdparty': { Extensions: { 'schildwacht@schildwacht.nl': values } } } });

/** What the organisation sets in the tests: one field of the wrong kind, the rest right. */
export const ORGANISATION = {
  tsaUrl: 'https://tsa.politie.example/tsr',
  stampAtCapture: true,
  trainerModeAvailable: false,
  guardForced: true,
  extraHosts: [{ host: 'forum.politie.example', kind: 'generic' }],
  dsaNoticeEmail: 'meldingen@politie.example',
  defaultExportMode: 'volledig',
};
