import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './oids';
import { hex } from '../../hash';
import { subjectName } from './pins';

export class TokenError extends Error {}

export interface Token {
  /** The TimeStampToken (CMS ContentInfo) alone, as stored in the bundle. */
  der: Uint8Array;
  signedData: pkijs.SignedData;
  tst: pkijs.TSTInfo;
  imprint: Uint8Array;
  serial: string;
  nonce: string | null;
  certs: pkijs.Certificate[];
}

const bytesOf = (v: asn1js.Integer | asn1js.OctetString) => new Uint8Array(v.valueBlock.valueHexView);

/** A TimeStampResp (status + token) or a bare TimeStampToken, parsed by PKI.js; throws TokenError. */
export function parseTimestamp(bytes: Uint8Array): Token {
  let info: pkijs.ContentInfo;
  let der: Uint8Array;
  try {
    const asn = asn1js.fromBER(bytes);
    if (asn.offset === -1 || asn.offset !== bytes.length) throw new TokenError('geen geldige DER-codering');
    const seq = asn.result as asn1js.Sequence;
    const first = seq.valueBlock.value?.[0];
    const bare = first instanceof asn1js.ObjectIdentifier;
    info = bare ? new pkijs.ContentInfo({ schema: seq }) : tokenOfResponse(new pkijs.TimeStampResp({ schema: seq }));
    // The token's own bytes, as the TSA sent them (never re-encoded).
    der = bare ? bytes : new Uint8Array(seq.valueBlock.value[1]!.valueBeforeDecodeView);
  } catch (err) {
    throw err instanceof TokenError ? err : new TokenError(`onleesbaar (${(err as Error).message})`);
  }
  return parseToken(info, der);
}

function tokenOfResponse(resp: pkijs.TimeStampResp): pkijs.ContentInfo {
  const status = resp.status.status;
  if (status !== 0 && status !== 1) throw new TokenError(`de tijdstempeldienst weigerde het verzoek (status ${status})`);
  if (!resp.timeStampToken) throw new TokenError('het antwoord bevat geen tijdstempel');
  return resp.timeStampToken;
}

function parseToken(info: pkijs.ContentInfo, der: Uint8Array): Token {
  if (info.contentType !== OID.signedData) throw new TokenError('geen CMS SignedData');
  const signedData = new pkijs.SignedData({ schema: info.content });
  if (signedData.encapContentInfo.eContentType !== OID.tstInfo || !signedData.encapContentInfo.eContent) throw new TokenError('geen TSTInfo in het token');
  if (signedData.signerInfos.length !== 1) throw new TokenError('precies één ondertekenaar verwacht');
  const tst = pkijs.TSTInfo.fromBER(signedData.encapContentInfo.eContent.getValue());
  const certs = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  return {
    der, signedData, tst, certs,
    imprint: bytesOf(tst.messageImprint.hashedMessage), serial: hex(bytesOf(tst.serialNumber)),
    nonce: tst.nonce ? hex(bytesOf(tst.nonce)) : null,
  };
}

/** Who signed, as the token names it (the certificate matching the signer's issuer and serial), else the TSA's host. */
export function signerName(token: Token, tsaUrl: string): string {
  const sid = token.signedData.signerInfos[0]?.sid as pkijs.IssuerAndSerialNumber | undefined;
  const cert = sid?.serialNumber ? token.certs.find((c) => c.serialNumber.isEqual(sid.serialNumber)) : undefined;
  return cert ? subjectName(cert) : new URL(tsaUrl).host;
}
