import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNTRUSTED, checkTimestamp } from '../../../utils/bundle/timestamp/check';
import { fromPem } from '../../../utils/bundle/timestamp/pem';
import { type TrustPin, makePin } from '../../../utils/bundle/timestamp/pins';
import { sha256Hex } from '../../../utils/hash';
import { buildTimeStampReq, makeTimestamper } from '../../../utils/bundle/timestamp/request';
import { type LocalTsa, nodePost, pinOf, startLocalTsa } from '../../support/local-tsa';

let tsa: LocalTsa;
let forger: LocalTsa;
let pins: TrustPin[];
beforeAll(async () => {
  [tsa, forger] = await Promise.all([startLocalTsa(), startLocalTsa()]);
  pins = [await pinOf(tsa.caPem)];
}, 30_000);
afterAll(async () => { await Promise.all([tsa?.close(), forger?.close()]); });

const manifest = new TextEncoder().encode('{"format":"schildwacht-evidence"}\n');
const sha = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as Uint8Array<ArrayBuffer>));
const stampBy = async (t: LocalTsa) => makeTimestamper(t.url, nodePost).stamp(await sha(manifest));

describe('RFC 3161 timestamps, checked with PKI.js against pinned certificates', () => {
  it('builds a TimeStampReq that openssl reads back with our digest, nonce and certReq', async () => {
    const digest = await sha(manifest);
    const tsq = buildTimeStampReq(digest, new Uint8Array([0x12, 0x34, 0x56, 0x78]));
    expect((asn1js.fromBER(tsq).result as asn1js.Sequence).valueBlock.value).toHaveLength(4);
    writeFileSync(join(tsa.dir, 'ours.tsq'), tsq);
    const text = execFileSync('openssl', ['ts', '-query', '-in', 'ours.tsq', '-text'], { cwd: tsa.dir }).toString();
    expect(text).toContain('sha256');
    expect(text).toMatch(/Nonce: 0x12345678/);
    expect(text).toMatch(/Certificate required: yes/);
    const asn1 = execFileSync('openssl', ['asn1parse', '-inform', 'DER', '-in', 'ours.tsq'], { cwd: tsa.dir }).toString();
    expect(asn1).toContain(`[HEX DUMP]:${Buffer.from(digest).toString('hex').toUpperCase()}`);
  });

  it('is green only when the chain ends at a pinned certificate, as openssl -verify agrees', async () => {
    const { token, chainPem } = await stampBy(tsa);
    const check = await checkTimestamp(token, manifest, chainPem, pins);
    expect(check).toMatchObject({ ok: true, trusted: true, tsa: 'CN=Schildwacht Test TSA, O=Test', policy: '1.2.3.4.1', policyName: null });
    expect(check.anchor).toEqual({ label: 'CN=Schildwacht Test CA, O=Test', sha256: pins[0]!.sha256 });
    expect(check.signerFingerprint).toBe(await sha256Hex(fromPem(tsa.tsaPem)[0]!));
    expect(Math.abs(Date.parse(check.genTime!) - Date.now())).toBeLessThan(60_000);
    // The TSA certificate itself may be pinned too.
    expect(await checkTimestamp(token, manifest, chainPem, [await pinOf(tsa.tsaPem)])).toMatchObject({ trusted: true });
    writeFileSync(join(tsa.dir, 'm.json'), manifest);
    writeFileSync(join(tsa.dir, 'tok.tsr'), token);
    const out = execFileSync('openssl', ['ts', '-verify', '-data', 'm.json', '-in', 'tok.tsr', '-token_in', '-CAfile', 'ca.crt', '-untrusted', 'tsa.crt'], { cwd: tsa.dir }).toString();
    expect(out).toContain('Verification: OK');
  });

  it('is amber, never green, for a valid token from a TSA that is not pinned, even under the same names', async () => {
    const { token, chainPem } = await stampBy(forger);
    for (const given of [pins, []]) {
      const check = await checkTimestamp(token, manifest, chainPem, given);
      expect(check).toMatchObject({ ok: true, trusted: false, reason: UNTRUSTED, tsa: 'CN=Schildwacht Test TSA, O=Test', anchor: null });
      expect(check.signerFingerprint).toBe(await sha256Hex(fromPem(forger.tsaPem)[0]!));
    }
    // The forger's chain with the genuine CA's certificate added changes nothing: the signature does not chain to it.
    expect(await checkTimestamp(token, manifest, chainPem + tsa.caPem, pins)).toMatchObject({ trusted: false });
  });

  it('is not green for a forger who signs with his own certificate and ships the genuine TSA certificate alongside', async () => {
    const { token, chainPem } = await stampBy(forger);
    // The genuine TSA's certificate is public: it comes with every real token.
    for (const extra of [tsa.tsaPem, tsa.tsaPem + tsa.caPem]) {
      const check = await checkTimestamp(token, manifest, chainPem + extra, pins);
      expect(check).toMatchObject({ ok: true, trusted: false, reason: UNTRUSTED });
      expect(check.signerFingerprint).toBe(await sha256Hex(fromPem(forger.tsaPem)[0]!));
    }
  });

  it('flags a token over other data and a forged signature', async () => {
    const { token, chainPem } = await stampBy(tsa);
    const other = await checkTimestamp(token, new TextEncoder().encode('iets anders'), chainPem, pins);
    expect(other).toMatchObject({ ok: false, trusted: false });
    expect(other.reason).toContain('hoort niet bij dit manifest.json');
    const forged = new Uint8Array(token);
    forged[forged.length - 10] = forged[forged.length - 10]! ^ 1; // inside the RSA signature (last field)
    expect(await checkTimestamp(forged, manifest, chainPem, pins)).toMatchObject({ ok: false, reason: 'de handtekening van de tijdstempeldienst klopt niet' });
    expect((await checkTimestamp(new Uint8Array([0x30, 0x03, 1, 2]), manifest, null, pins)).reason).toMatch(/^tijdstempel onleesbaar/);
  });

  it('refuses a token that binds its certificate with SHA-1 only (ESSCertID v1)', async () => {
    const old = await startLocalTsa({ essAlg: 'sha1' });
    try {
      const { token, chainPem } = await stampBy(old);
      const check = await checkTimestamp(token, manifest, chainPem, [await pinOf(old.caPem)]);
      expect(check).toMatchObject({ ok: false, trusted: false });
      expect(check.reason).toMatch(/SHA-1/);
    } finally {
      await old.close();
    }
  });

  it('refuses a swapped signer certificate with the same key, issuer and serial (ESSCertIDv2 differs)', async () => {
    const { token } = await stampBy(tsa);
    const serial = execFileSync('openssl', ['x509', '-in', 'tsa.crt', '-noout', '-serial'], { cwd: tsa.dir }).toString().trim().split('=')[1]!;
    execFileSync('openssl', ['x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-set_serial', `0x${serial}`,
      '-days', '5', '-extfile', 'ext.cnf', '-out', 'tsa2.crt'], { cwd: tsa.dir, stdio: 'pipe' });
    const swapped = withCertificates(token, [readFileSync(join(tsa.dir, 'tsa2.crt'), 'utf8'), tsa.caPem]);
    const check = await checkTimestamp(swapped, manifest, null, pins);
    expect(check).toMatchObject({ ok: false });
    expect(check.reason).toMatch(/ESSCertIDv2/);
  });

  it('accepts a pin only with the fingerprint of its certificate', async () => {
    const print = await sha256Hex(fromPem(tsa.caPem)[0]!);
    expect(await makePin(tsa.caPem, print.toUpperCase().match(/../g)!.join(':'))).toMatchObject({ sha256: print });
    expect(await makePin(tsa.caPem, '00'.repeat(32))).toMatch(/klopt niet met het certificaat \(SHA-256 van het certificaat: [0-9a-f]{64}\)/);
    expect(await makePin(tsa.caPem + forger.caPem, print)).toMatch(/precies één certificaat/);
    // A stored pin whose PEM was changed afterwards no longer anchors anything.
    const { token, chainPem } = await stampBy(forger);
    const tampered = [{ ...pins[0]!, pem: forger.caPem }];
    expect(await checkTimestamp(token, manifest, chainPem, tampered)).toMatchObject({ trusted: false });
  });

  it('refuses an answer for another digest', async () => {
    const wrong = makeTimestamper(tsa.url, async (url, body) => {
      const other = buildTimeStampReq(await sha(new Uint8Array([1])), new Uint8Array([1]));
      return nodePost(url, body.length ? other : body);
    });
    await expect(wrong.stamp(await sha(manifest))).rejects.toThrow(/andere vingerafdruk/);
  });
});

/** The token with its certificate set replaced, re-encoded (what a forger with a hex editor does). */
function withCertificates(token: Uint8Array, pems: string[]): Uint8Array {
  const info = pkijs.ContentInfo.fromBER(token as Uint8Array<ArrayBuffer>);
  const sd = new pkijs.SignedData({ schema: info.content });
  sd.certificates = pems.map((p) => pkijs.Certificate.fromBER(fromPem(p)[0]!));
  return new Uint8Array(new pkijs.ContentInfo({ contentType: info.contentType, content: sd.toSchema(true) }).toSchema().toBER());
}
