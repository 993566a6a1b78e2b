import { type Node, child, derTime, oidToString, parseDer } from './der';
import { OID, SIG_BY_OID } from './oids';

export interface Cert {
  der: Uint8Array;
  tbs: Uint8Array;
  serial: Uint8Array;
  issuer: Uint8Array;
  subject: Uint8Array;
  subjectName: string;
  issuerName: string;
  notBefore: string;
  notAfter: string;
  spki: Uint8Array;
  keyAlg: string;
  curve: string | null;
  sigAlg: string;
  signature: Uint8Array;
  timeStamping: boolean;
}

/** "CN=…, O=…" from a Name, for showing to a reader. */
export function nameText(name: Node): string {
  const parts: string[] = [];
  for (const rdn of name.children) for (const atv of rdn.children) {
    const type = oidToString(child(atv, 0, 0x06).value);
    const label = type === OID.commonName ? 'CN' : type === OID.organization ? 'O' : type === '2.5.4.6' ? 'C' : null;
    if (label) parts.push(`${label}=${new TextDecoder().decode(child(atv, 1).value)}`);
  }
  return parts.join(', ');
}

/** Parses an X.509 certificate (DER) into the parts a signature and chain check need. */
export function parseCert(der: Uint8Array): Cert {
  const root = parseDer(der);
  const tbsNode = child(root, 0, 0x30);
  const off = tbsNode.children[0]?.tag === 0xa0 ? 1 : 0;
  const issuer = child(tbsNode, off + 2, 0x30);
  const validity = child(tbsNode, off + 3, 0x30);
  const subject = child(tbsNode, off + 4, 0x30);
  const spki = child(tbsNode, off + 5, 0x30);
  const keyAlgId = child(spki, 0, 0x30);
  const curveNode = keyAlgId.children[1];
  const bitString = child(root, 2, 0x03);
  return {
    der, tbs: tbsNode.der,
    serial: child(tbsNode, off, 0x02).value,
    issuer: issuer.der, subject: subject.der,
    issuerName: nameText(issuer), subjectName: nameText(subject),
    notBefore: derTime(child(validity, 0)), notAfter: derTime(child(validity, 1)),
    spki: spki.der,
    keyAlg: oidToString(child(keyAlgId, 0, 0x06).value),
    curve: curveNode?.tag === 0x06 ? oidToString(curveNode.value) : null,
    sigAlg: oidToString(child(child(root, 1, 0x30), 0, 0x06).value),
    signature: bitString.value.subarray(1),
    timeStamping: hasTimeStampingEku(tbsNode.children.find((c) => c.tag === 0xa3)),
  };
}

function hasTimeStampingEku(exts: Node | undefined): boolean {
  for (const ext of exts?.children[0]?.children ?? []) {
    if (oidToString(child(ext, 0, 0x06).value) !== OID.extKeyUsage) continue;
    const value = ext.children.at(-1)!;
    return parseDer(value.value).children.some((p) => oidToString(p.value) === OID.timeStamping);
  }
  return false;
}

/** An ECDSA signature as DER SEQUENCE { r, s } to the fixed-size r||s Web Crypto expects. */
function ecdsaRaw(sig: Uint8Array, size: number): Uint8Array {
  const seq = parseDer(sig);
  const out = new Uint8Array(size * 2);
  [child(seq, 0, 0x02).value, child(seq, 1, 0x02).value].forEach((v, i) => {
    const trimmed = v.subarray(Math.max(0, v.length - size));
    out.set(trimmed, i * size + size - trimmed.length);
  });
  return out;
}

/** Verifies `signature` over `data` with the key of `cert`; null when the algorithm is not supported. */
export async function verifyWithCert(cert: Cert, sigAlgOid: string, digestHash: string | null, data: Uint8Array, signature: Uint8Array): Promise<boolean | null> {
  const alg = SIG_BY_OID[sigAlgOid];
  const hash = alg?.hash ?? digestHash;
  if (!alg || !hash) return null;
  const buf = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;
  try {
    if (alg.kind === 'rsa') {
      if (cert.keyAlg !== OID.rsaEncryption) return false;
      const key = await crypto.subtle.importKey('spki', buf(cert.spki), { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify']);
      return await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, buf(signature), buf(data));
    }
    const curve = cert.curve === OID.p256 ? 'P-256' : cert.curve === OID.p384 ? 'P-384' : null;
    if (cert.keyAlg !== OID.ecPublicKey || !curve) return null;
    const key = await crypto.subtle.importKey('spki', buf(cert.spki), { name: 'ECDSA', namedCurve: curve }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'ECDSA', hash }, key, buf(ecdsaRaw(signature, curve === 'P-256' ? 32 : 48)), buf(data));
  } catch {
    return false;
  }
}
