import { DerError, type Node, child, derTime, hex, oidToString, parseDer } from './der';
import { OID } from './oids';

export interface TstInfo {
  policy: string;
  hashAlg: string;
  imprint: Uint8Array;
  serial: string;
  genTime: string;
  nonce: string | null;
}

export interface SignerInfo {
  issuer: Uint8Array | null;
  serial: Uint8Array | null;
  digestAlg: string;
  /** The signed attributes re-tagged as SET OF, as they were signed. */
  signedAttrs: Uint8Array;
  messageDigest: Uint8Array | null;
  contentType: string | null;
  sigAlg: string;
  signature: Uint8Array;
}

export interface Token {
  /** The TimeStampToken (CMS ContentInfo) alone, as stored in the bundle. */
  der: Uint8Array;
  eContent: Uint8Array;
  tst: TstInfo;
  certs: Uint8Array[];
  signer: SignerInfo;
}

/** A TimeStampResp (status + token) or a bare TimeStampToken; throws on a refused request. */
export function parseTimestamp(bytes: Uint8Array): Token {
  const root = parseDer(bytes);
  const first = child(root, 0);
  if (first.tag === 0x06) return parseToken(root);
  const status = Number(child(first, 0, 0x02).value.at(-1));
  if (status !== 0 && status !== 1) throw new DerError(`de tijdstempeldienst weigerde het verzoek (status ${status})`);
  return parseToken(child(root, 1, 0x30));
}

function parseToken(ci: Node): Token {
  if (oidToString(child(ci, 0, 0x06).value) !== OID.signedData) throw new DerError('geen CMS SignedData');
  const sd = child(child(ci, 1, 0xa0), 0, 0x30);
  const encap = child(sd, 2, 0x30);
  if (oidToString(child(encap, 0, 0x06).value) !== OID.tstInfo) throw new DerError('geen TSTInfo in het token');
  const eContent = child(child(encap, 1, 0xa0), 0, 0x04).value;
  const certs = sd.children.find((c) => c.tag === 0xa0)?.children.map((c) => c.der) ?? [];
  const signerInfos = sd.children.at(-1)!;
  if (signerInfos.tag !== 0x31 || signerInfos.children.length !== 1) throw new DerError('precies één ondertekenaar verwacht');
  return { der: ci.der, eContent, tst: parseTstInfo(parseDer(eContent)), certs, signer: parseSigner(signerInfos.children[0]!) };
}

function parseTstInfo(t: Node): TstInfo {
  const imprint = child(t, 2, 0x30);
  const nonce = t.children.slice(5).find((c) => c.tag === 0x02);
  return {
    policy: oidToString(child(t, 1, 0x06).value),
    hashAlg: oidToString(child(child(imprint, 0, 0x30), 0, 0x06).value),
    imprint: child(imprint, 1, 0x04).value,
    serial: hex(child(t, 3, 0x02).value),
    genTime: derTime(child(t, 4, 0x18)),
    nonce: nonce ? hex(nonce.value) : null,
  };
}

function parseSigner(si: Node): SignerInfo {
  const sid = child(si, 1);
  const attrs = child(si, 3, 0xa0);
  const attr = (oid: string) => attrs.children.find((a) => oidToString(child(a, 0, 0x06).value) === oid)?.children[1]?.children[0];
  const signedAttrs = new Uint8Array(attrs.der);
  signedAttrs[0] = 0x31;
  const ct = attr(OID.contentType);
  return {
    issuer: sid.tag === 0x30 ? child(sid, 0, 0x30).der : null,
    serial: sid.tag === 0x30 ? child(sid, 1, 0x02).value : null,
    digestAlg: oidToString(child(child(si, 2, 0x30), 0, 0x06).value),
    signedAttrs,
    messageDigest: attr(OID.messageDigest)?.value ?? null,
    contentType: ct ? oidToString(ct.value) : null,
    sigAlg: oidToString(child(child(si, 4, 0x30), 0, 0x06).value),
    signature: child(si, 5, 0x04).value,
  };
}
