import * as asn1js from 'asn1js';
import type * as pkijs from 'pkijs';
import { HASH_BY_OID, OID } from './oids';
import { digestHex, hex } from '../../hash';

/**
 * The signing-certificate binding of RFC 5816 (ESSCertIDv2): the TSA signs the hash of
 * its own certificate, so a forger cannot swap in another certificate with the same
 * issuer and serial. PKI.js does not parse SigningCertificateV2, so this is our own code
 * (asn1js for the structure). Returns null when the binding holds, else the reason.
 */
export async function bindingProblem(signer: pkijs.SignerInfo, cert: pkijs.Certificate): Promise<string | null> {
  const attrs = signer.signedAttrs?.attributes ?? [];
  const v2 = attrs.find((a) => a.type === OID.signingCertificateV2);
  if (!v2) {
    return attrs.some((a) => a.type === OID.signingCertificate)
      ? 'het certificaat is alleen met SHA-1 aan de handtekening gebonden (ESSCertID); SHA-1 wordt geweigerd'
      : 'de handtekening bindt het certificaat van de tijdstempeldienst niet (ESSCertIDv2 ontbreekt)';
  }
  const first = firstCertId(v2.values[0]);
  if (!first) return 'de binding van het certificaat (ESSCertIDv2) is onleesbaar';
  const hash = HASH_BY_OID[first.hashAlg];
  if (!hash) return first.hashAlg === OID.sha1 ? 'de binding van het certificaat gebruikt SHA-1; dat wordt geweigerd' : `onbekend hashalgoritme in de binding (${first.hashAlg})`;
  const der = new Uint8Array(cert.toSchema().toBER());
  const actual = await digestHex(hash, der as Uint8Array<ArrayBuffer>);
  if (actual !== hex(first.certHash)) return 'het certificaat in het token is niet het certificaat dat de tijdstempeldienst ondertekende (ESSCertIDv2 verschilt)';
  if (first.serial && hex(first.serial) !== hex(new Uint8Array(cert.serialNumber.valueBlock.valueHexView))) return 'het serienummer in de binding (ESSCertIDv2) verschilt';
  return null;
}

interface CertId { hashAlg: string; certHash: Uint8Array; serial: Uint8Array | null }

/** SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, policies OPTIONAL } — the first ESSCertIDv2. */
function firstCertId(value: unknown): CertId | null {
  const certs = seq(seq(value)?.[0]);
  const id = seq(certs?.[0]);
  if (!id) return null;
  let i = 0;
  let hashAlg: string = OID.sha256; // DEFAULT {id-sha256}
  const alg = seq(id[0]);
  if (alg) {
    const oid = alg[0];
    if (!(oid instanceof asn1js.ObjectIdentifier)) return null;
    hashAlg = oid.valueBlock.toString();
    i = 1;
  }
  const hash = id[i];
  if (!(hash instanceof asn1js.OctetString)) return null;
  const issuerSerial = seq(id[i + 1]);
  const serial = issuerSerial?.[1];
  return { hashAlg, certHash: new Uint8Array(hash.valueBlock.valueHexView), serial: serial instanceof asn1js.Integer ? new Uint8Array(serial.valueBlock.valueHexView) : null };
}

const seq = (v: unknown): asn1js.AsnType[] | null => (v instanceof asn1js.Sequence ? v.valueBlock.value : null);
