import { equalBytes, hex } from './der';
import { HASH_BY_OID, OID } from './oids';
import { fromPem } from './pem';
import { type Token, parseTimestamp } from './token';
import { type Cert, parseCert, verifyWithCert } from './x509';

export interface ChainLink { subject: string; issuer: string; signatureValid: boolean | null }

export interface TimestampCheck {
  ok: boolean;
  reason: string;
  genTime?: string;
  tsa?: string;
  serial?: string;
  imprintMatches?: boolean;
  signature?: 'valid' | 'invalid' | 'unsupported' | 'no-certificate';
  chain?: ChainLink[];
  /** SHA-256 of the top certificate: compare it with the fingerprint the TSA publishes. */
  rootFingerprint?: string | null;
}

const digest = async (alg: string, data: Uint8Array) =>
  new Uint8Array(await crypto.subtle.digest(alg, data as Uint8Array<ArrayBuffer>));

/**
 * Checks an RFC 3161 token over `imprinted` (the bytes of manifest.json): the message
 * imprint, the CMS signature of the TSA, its certificate chain as far as it is included.
 */
export async function checkTimestamp(tokenBytes: Uint8Array, imprinted: Uint8Array, chainPem: string | null): Promise<TimestampCheck> {
  let token: Token;
  try { token = parseTimestamp(tokenBytes); } catch (err) { return { ok: false, reason: `tijdstempel onleesbaar: ${(err as Error).message}` }; }
  const hash = HASH_BY_OID[token.tst.hashAlg];
  if (!hash) return { ok: false, reason: `onbekend hashalgoritme ${token.tst.hashAlg}` };
  const imprintMatches = equalBytes(await digest(hash, imprinted), token.tst.imprint);
  const certs = dedupe([...token.certs, ...(chainPem ? fromPem(chainPem) : [])]).flatMap(tryParse);
  const signerCert = certs.find((c) => token.signer.serial && equalBytes(c.serial, token.signer.serial) && token.signer.issuer && equalBytes(c.issuer, token.signer.issuer));
  const signature: NonNullable<TimestampCheck['signature']> = signerCert ? await checkSignature(token, signerCert) : 'no-certificate';
  const chain = signerCert ? await buildChain(signerCert, certs) : [];
  const top = chain.length ? certs.find((c) => c.subjectName === chain.at(-1)!.subject) : undefined;
  const base = {
    genTime: token.tst.genTime, tsa: signerCert?.subjectName ?? 'onbekend', serial: token.tst.serial, imprintMatches, signature, chain,
    rootFingerprint: top ? hex(await digest('SHA-256', top.der)) : null,
  };
  const problem = !imprintMatches ? 'de tijdstempel hoort niet bij dit manifest.json (vingerafdruk verschilt)'
    : signature === 'invalid' ? 'de handtekening van de tijdstempeldienst klopt niet'
    : signature === 'no-certificate' ? 'het certificaat van de tijdstempeldienst ontbreekt'
    : chain.some((l) => l.signatureValid === false) ? 'de certificaatketen van de tijdstempeldienst klopt niet'
    : signerCert && (token.tst.genTime < signerCert.notBefore || token.tst.genTime > signerCert.notAfter) ? 'het certificaat was op het tijdstip niet geldig'
    : signerCert && !signerCert.timeStamping ? 'het certificaat is niet bestemd voor tijdstempels'
    : null;
  return { ok: problem === null, reason: problem ?? '', ...base };
}

async function checkSignature(token: Token, cert: Cert): Promise<'valid' | 'invalid' | 'unsupported'> {
  const s = token.signer;
  const hash = HASH_BY_OID[s.digestAlg];
  if (!hash) return 'unsupported';
  if (s.contentType !== OID.tstInfo || !s.messageDigest) return 'invalid';
  if (!equalBytes(await digest(hash, token.eContent), s.messageDigest)) return 'invalid';
  const ok = await verifyWithCert(cert, s.sigAlg, hash, s.signedAttrs, s.signature);
  return ok === null ? 'unsupported' : ok ? 'valid' : 'invalid';
}

/** Follows issuers from the signer's certificate up to a self-signed one (or as far as included). */
async function buildChain(leaf: Cert, certs: readonly Cert[]): Promise<ChainLink[]> {
  const links: ChainLink[] = [];
  let cert: Cert | undefined = leaf;
  for (let i = 0; cert && i < 8; i++) {
    const issuer: Cert | undefined = certs.find((c) => equalBytes(c.subject, cert!.issuer));
    const valid = issuer ? await verifyWithCert(issuer, cert.sigAlg, null, cert.tbs, cert.signature) : null;
    links.push({ subject: cert.subjectName, issuer: cert.issuerName, signatureValid: valid });
    if (!issuer || equalBytes(issuer.subject, cert.subject)) break;
    cert = issuer;
  }
  return links;
}

function dedupe(list: Uint8Array[]): Uint8Array[] {
  const seen = new Set<string>();
  return list.filter((d) => { const k = hex(d); if (seen.has(k)) return false; seen.add(k); return true; });
}

function tryParse(der: Uint8Array): Cert[] {
  try { return [parseCert(der)]; } catch { return []; }
}
