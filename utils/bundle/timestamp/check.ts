import * as pkijs from 'pkijs';
import { bindingProblem } from './binding';
import { HASH_BY_OID, OID, POLICY_NAMES, SHA1_SIGNATURES } from './oids';
import { fromPem } from './pem';
import { digestHex, hex } from '../../hash';
import { sha256OfBytes as sha256Hex } from '../digest';
import { type TrustPin, pinnedCerts, subjectName } from './pins';
import { type Token, parseTimestamp } from './token';

export interface TimestampCheck {
  /** The token is valid for these bytes: imprint, signature, certificate binding, algorithms, validity. Red when false. */
  ok: boolean;
  /** ok, and the signer's chain ends at a pinned certificate: green. ok but not trusted is amber. */
  trusted: boolean;
  reason: string;
  genTime?: string;
  /** The signer's subject, and the SHA-256 of its certificate (to compare with what the TSA publishes). */
  tsa?: string;
  signerFingerprint?: string;
  policy?: string;
  policyName?: string | null;
  serial?: string;
  /** The pinned certificate the chain ends at. */
  anchor?: { label: string; sha256: string } | null;
}

export const UNTRUSTED = 'handtekening klopt, tijdstempeldienst niet vertrouwd';

const derOf = (c: pkijs.Certificate) => new Uint8Array(c.toSchema().toBER());

/**
 * Checks an RFC 3161 token over `imprinted` (the bytes it is said to cover) with PKI.js: the
 * message imprint, the CMS signature, the ESSCertIDv2 binding, and the chain against `pins`.
 */
export async function checkTimestamp(tokenBytes: Uint8Array, imprinted: Uint8Array, chainPem: string | null, pins: readonly TrustPin[] = []): Promise<TimestampCheck> {
  let token: Token;
  try { token = parseTimestamp(tokenBytes); } catch (err) { return bad(`tijdstempel onleesbaar: ${(err as Error).message}`); }
  const facts = { genTime: token.tst.genTime.toISOString(), serial: token.serial, policy: token.tst.policy, policyName: POLICY_NAMES[token.tst.policy] ?? null };
  const algProblem = algorithmProblem(token);
  if (algProblem) return bad(algProblem, facts);
  const hash = HASH_BY_OID[token.tst.messageImprint.hashAlgorithm.algorithmId]!;
  if (await digestHex(hash, imprinted as Uint8Array<ArrayBuffer>) !== hex(token.imprint)) {
    return bad('de tijdstempel hoort niet bij dit manifest.json (vingerafdruk verschilt)', facts);
  }
  const extra = chainPem ? fromPem(chainPem).flatMap(tryCert) : [];
  const certs = dedupe([...token.certs, ...extra]);
  const signer = await verifySignature(token, certs, imprinted);
  if (typeof signer === 'string') return bad(signer, facts);
  const who = { ...facts, tsa: subjectName(signer), signerFingerprint: await sha256Hex(derOf(signer)) };
  const problem = await bindingProblem(token.signedData.signerInfos[0]!, signer) ?? certProblem(signer, token.tst.genTime);
  if (problem) return bad(problem, who);
  const anchor = await anchorOf(signer, certs, token.tst.genTime, pins);
  if (typeof anchor === 'string') return bad(anchor, who);
  return { ok: true, trusted: anchor !== null, reason: anchor ? '' : UNTRUSTED, ...who, anchor };
}

const bad = (reason: string, facts: Partial<TimestampCheck> = {}): TimestampCheck => ({ ok: false, trusted: false, reason, ...facts });

function algorithmProblem(token: Token): string | null {
  const si = token.signedData.signerInfos[0]!;
  const algs = [token.tst.messageImprint.hashAlgorithm.algorithmId, si.digestAlgorithm.algorithmId, si.signatureAlgorithm.algorithmId];
  if (algs.some((a) => SHA1_SIGNATURES.has(a))) return 'de tijdstempel gebruikt SHA-1; dat wordt geweigerd';
  if (!HASH_BY_OID[algs[0]!] || !HASH_BY_OID[algs[1]!]) return `onbekend hashalgoritme (${algs.slice(0, 2).join(', ')})`;
  return null;
}

/** The CMS signature over the signed attributes and TSTInfo; returns the signer's certificate or the reason. */
async function verifySignature(token: Token, certs: pkijs.Certificate[], imprinted: Uint8Array): Promise<pkijs.Certificate | string> {
  token.signedData.certificates = certs;
  try {
    const r = await token.signedData.verify({ signer: 0, data: imprinted.slice().buffer, checkChain: false, extendedMode: true });
    if (r.signatureVerified && r.signerCertificate) return r.signerCertificate;
    return 'de handtekening van de tijdstempeldienst klopt niet';
  } catch (err) {
    const e = err as pkijs.SignedDataVerifyResult;
    return e.signerCertificate === null || /certificate/i.test(e.message ?? '') && !e.signerCertificate
      ? 'het certificaat van de tijdstempeldienst ontbreekt' : 'de handtekening van de tijdstempeldienst klopt niet';
  }
}

function certProblem(cert: pkijs.Certificate, at: Date): string | null {
  if (at < cert.notBefore.value || at > cert.notAfter.value) return 'het certificaat van de tijdstempeldienst was op het tijdstip niet geldig';
  const eku = cert.extensions?.find((e) => e.extnID === OID.extKeyUsage)?.parsedValue as pkijs.ExtKeyUsage | undefined;
  if (!eku?.keyPurposes.includes(OID.timeStamping)) return 'het certificaat is niet bestemd voor tijdstempels';
  return null;
}

/**
 * The pinned certificate the signer's chain ends at: null when none (amber), a string when
 * the chain reaches a pin but is unsound (SHA-1 in it).
 */
async function anchorOf(signer: pkijs.Certificate, certs: pkijs.Certificate[], at: Date, pins: readonly TrustPin[]) {
  const pinned = await pinnedCerts(pins);
  if (!pinned.length) return null;
  const byPrint = new Map<string, TrustPin>();
  for (const p of pinned) byPrint.set(p.pin.sha256, p.pin);
  const own = byPrint.get(await sha256Hex(derOf(signer)));
  if (own) return { label: own.label, sha256: own.sha256 };
  // Roots the bundle carries are only candidates; PKI.js must end the path at a pin. PKI.js takes the
  // LAST certificate as the one to validate, so the signer goes last, and the path must start at it:
  // a forger's token may carry the genuine TSA's (public) certificate beside his own.
  const signerDer = hex(derOf(signer));
  const candidates = certs.filter((c) => !selfSigned(c) && hex(derOf(c)) !== signerDer);
  const engine = new pkijs.CertificateChainValidationEngine({ trustedCerts: pinned.map((p) => p.cert), certs: [...candidates, signer], checkDate: at });
  const r = await engine.verify().catch(() => null);
  if (!r?.result || !r.certificatePath?.length) return null;
  const path = r.certificatePath;
  if (hex(derOf(path[0]!)) !== signerDer) return null;
  const top = byPrint.get(await sha256Hex(derOf(path.at(-1)!)));
  if (!top) return null;
  if (path.slice(0, -1).some((c) => SHA1_SIGNATURES.has(c.signatureAlgorithm.algorithmId))) return 'de certificaatketen gebruikt SHA-1; dat wordt geweigerd';
  return { label: top.label, sha256: top.sha256 };
}

function selfSigned(c: pkijs.Certificate): boolean {
  return hex(new Uint8Array(c.subject.toSchema().toBER())) === hex(new Uint8Array(c.issuer.toSchema().toBER()));
}

function tryCert(der: Uint8Array<ArrayBuffer>): pkijs.Certificate[] {
  try { return [pkijs.Certificate.fromBER(der)]; } catch { return []; }
}

function dedupe(list: pkijs.Certificate[]): pkijs.Certificate[] {
  const seen = new Set<string>();
  return list.filter((c) => { const k = hex(derOf(c)); if (seen.has(k)) return false; seen.add(k); return true; });
}
