import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTimestamp } from '../../../utils/bundle/timestamp/check';
import { parseDer } from '../../../utils/bundle/timestamp/der';
import { buildTimeStampReq, makeTimestamper } from '../../../utils/bundle/timestamp/request';
import { type LocalTsa, nodePost, startLocalTsa } from '../../support/local-tsa';

let tsa: LocalTsa;
beforeAll(async () => { tsa = await startLocalTsa(); }, 30_000);
afterAll(async () => { await tsa?.close(); });

const manifest = new TextEncoder().encode('{"format":"schildwacht-evidence"}\n');
const sha = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as Uint8Array<ArrayBuffer>));

describe('RFC 3161 trusted timestamp against a local openssl TSA', () => {
  it('builds a TimeStampReq that openssl reads back with our digest, nonce and certReq', async () => {
    const digest = await sha(manifest);
    const tsq = buildTimeStampReq(digest, new Uint8Array([0x12, 0x34, 0x56, 0x78]));
    expect(parseDer(tsq).children).toHaveLength(4);
    writeFileSync(join(tsa.dir, 'ours.tsq'), tsq);
    const text = execFileSync('openssl', ['ts', '-query', '-in', 'ours.tsq', '-text'], { cwd: tsa.dir }).toString();
    expect(text).toContain('sha256');
    const asn1 = execFileSync('openssl', ['asn1parse', '-inform', 'DER', '-in', 'ours.tsq'], { cwd: tsa.dir }).toString();
    expect(asn1).toContain(`[HEX DUMP]:${Buffer.from(digest).toString('hex').toUpperCase()}`);
    expect(text).toMatch(/Nonce: 0x12345678/);
    expect(text).toMatch(/Certificate required: yes/);
  });

  it('gets a token whose imprint, RSA signature and EC-signed chain verify, as openssl agrees', async () => {
    const stamper = makeTimestamper(tsa.url, nodePost);
    const { token, chainPem } = await stamper.stamp(await sha(manifest));
    expect(chainPem).toContain('BEGIN CERTIFICATE');
    const check = await checkTimestamp(token, manifest, chainPem);
    expect(check).toMatchObject({ ok: true, imprintMatches: true, signature: 'valid', tsa: 'CN=Schildwacht Test TSA, O=Test' });
    expect(check.chain).toEqual([
      { subject: 'CN=Schildwacht Test TSA, O=Test', issuer: 'CN=Schildwacht Test CA, O=Test', signatureValid: true },
      { subject: 'CN=Schildwacht Test CA, O=Test', issuer: 'CN=Schildwacht Test CA, O=Test', signatureValid: true },
    ]);
    expect(Math.abs(Date.parse(check.genTime!) - Date.now())).toBeLessThan(60_000);
    const caDer = Buffer.from(tsa.caPem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    expect(check.rootFingerprint).toBe(Buffer.from(await sha(caDer)).toString('hex'));
    writeFileSync(join(tsa.dir, 'm.json'), manifest);
    writeFileSync(join(tsa.dir, 'tok.tsr'), token);
    const out = execFileSync('openssl', ['ts', '-verify', '-data', 'm.json', '-in', 'tok.tsr', '-token_in', '-CAfile', 'ca.crt', '-untrusted', 'tsa.crt'], { cwd: tsa.dir }).toString();
    expect(out).toContain('Verification: OK');
  });

  it('flags a token over other data, a changed token and a forged signature', async () => {
    const { token, chainPem } = await makeTimestamper(tsa.url, nodePost).stamp(await sha(manifest));
    const other = await checkTimestamp(token, new TextEncoder().encode('iets anders'), chainPem);
    expect(other).toMatchObject({ ok: false, imprintMatches: false });
    expect(other.reason).toContain('hoort niet bij dit manifest.json');
    const forged = new Uint8Array(token);
    forged[forged.length - 10] = forged[forged.length - 10]! ^ 1; // inside the RSA signature (last field)
    expect(await checkTimestamp(forged, manifest, chainPem)).toMatchObject({ ok: false, signature: 'invalid' });
    expect((await checkTimestamp(new Uint8Array([0x30, 0x03, 1, 2]), manifest, null)).ok).toBe(false);
  });

  it('refuses an answer for another digest', async () => {
    const wrong = makeTimestamper(tsa.url, async (url, body) => {
      const other = buildTimeStampReq(await sha(new Uint8Array([1])), new Uint8Array([1]));
      return nodePost(url, body.length ? other : body);
    });
    await expect(wrong.stamp(await sha(manifest))).rejects.toThrow(/andere vingerafdruk/);
  });
});
