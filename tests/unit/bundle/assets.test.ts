import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifierHtml } from '../../../utils/bundle/verify-page/verifier-html';
import { manifestJsonSchema } from '../../../utils/bundle/manifest';
import { SCHEMA_FILE, VERIFIER_MODULE, schemaFile, verifierModule } from '../../tools/bundle-assets';

describe('generated bundle assets (npm run gen:bundle)', { timeout: 30_000 }, () => {
  it('public/schema/manifest.schema.json is the JSON Schema of the current zod model', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaFile());
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(schema).toEqual(manifestJsonSchema());
    expect(schema.properties.format).toEqual({ type: 'string', const: 'schildwacht-evidence' });
    expect(schema.required).toContain('files');
  });

  it('verify.html is up to date with utils/bundle and self-contained', async () => {
    expect(readFileSync(VERIFIER_MODULE, 'utf8')).toBe(await verifierModule());
    expect(verifierHtml).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<img[^>]+src=/);
    // The page's own CSP forbids every network request and any script but its own (by hash).
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(verifierHtml)?.[1];
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'unsafe-inline'; img-src data:$/);
    const script = /<script>([\s\S]*)<\/script>/.exec(verifierHtml)![1]!;
    const hash = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script))).toString('base64');
    expect(csp).toContain(`'sha256-${hash}'`);
    expect(script).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/);
    expect(verifierHtml.match(/<script>/g)).toHaveLength(1);
  });
});
