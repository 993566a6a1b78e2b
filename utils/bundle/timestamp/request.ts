import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { Timestamper } from '../export';
import { OID } from './oids';
import { toPem } from './pem';
import { hex } from '../../hash';
import { parseTimestamp } from './token';

/** An RFC 3161 TimeStampReq (DER) for a SHA-256 digest, asking the TSA to include its certificate. */
export function buildTimeStampReq(sha256: Uint8Array, nonce: Uint8Array): Uint8Array {
  const req = new pkijs.TimeStampReq({
    version: 1, certReq: true,
    messageImprint: new pkijs.MessageImprint({ hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256, algorithmParams: new asn1js.Null() }), hashedMessage: new asn1js.OctetString({ valueHex: sha256 }) }),
    nonce: new asn1js.Integer({ valueHex: nonce }),
  });
  return new Uint8Array(req.toSchema().toBER());
}

/** What sending a request needs: one HTTP POST (fetch in the extension, a test server in tests). */
export type PostTsq = (url: string, body: Uint8Array) => Promise<{ status: number; contentType: string | null; body: Uint8Array }>;

const sameNumber = (a: string | null, b: string) => (a ?? '').replace(/^0+/, '') === b.replace(/^0+/, '');

/**
 * A Timestamper for the configured TSA: posts the request, checks that the answer
 * is a granted token for exactly this digest and nonce, and returns the token
 * with the certificates it carries (PEM) for the bundle.
 */
export function makeTimestamper(tsaUrl: string, post: PostTsq): Timestamper {
  return {
    tsaUrl,
    async stamp(sha256) {
      const nonce = crypto.getRandomValues(new Uint8Array(8));
      nonce[0] = (nonce[0]! & 0x7f) | 0x01;
      const res = await post(tsaUrl, buildTimeStampReq(sha256, nonce));
      if (res.status !== 200) throw new Error(`Tijdstempeldienst antwoordde met HTTP ${res.status}`);
      const token = parseTimestamp(res.body);
      if (hex(token.imprint) !== hex(sha256)) throw new Error('Tijdstempel hoort niet bij dit verzoek (andere vingerafdruk)');
      if (!sameNumber(token.nonce, hex(nonce))) throw new Error('Tijdstempel hoort niet bij dit verzoek (andere nonce)');
      return { token: token.der, chainPem: token.certs.map((c) => toPem(new Uint8Array(c.toSchema().toBER()))).join('') };
    },
  };
}

/** POST through fetch, for the extension page (the officer asked for the timestamp). */
export const fetchPost: PostTsq = async (url, body) => {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/timestamp-query' }, body: body as Uint8Array<ArrayBuffer>, credentials: 'omit', cache: 'no-store' });
  return { status: res.status, contentType: res.headers.get('content-type'), body: new Uint8Array(await res.arrayBuffer()) };
};
