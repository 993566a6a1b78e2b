export const OID = {
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  /** ESS signing-certificate attributes: v1 binds with SHA-1 (refused), v2 with a named hash. */
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  extKeyUsage: '2.5.29.37',
  timeStamping: '1.3.6.1.5.5.7.3.8',
} as const;

/** Web Crypto hash names by digest OID. SHA-1 is deliberately absent: it is refused. */
export const HASH_BY_OID: Record<string, string> = {
  [OID.sha256]: 'SHA-256', [OID.sha384]: 'SHA-384', [OID.sha512]: 'SHA-512',
};

/** Signature algorithms built on SHA-1 (RSA, ECDSA, DSA): a forger can collide them. */
export const SHA1_SIGNATURES = new Set(['1.2.840.113549.1.1.5', '1.2.840.10045.4.1', '1.2.840.10040.4.3', OID.sha1]);

/** Names of timestamp policies a reader may meet; any other is shown by its OID alone. */
export const POLICY_NAMES: Record<string, string> = {
  '0.4.0.2023.1.1': 'ETSI EN 319 421 best practices policy for time-stamping (BTSP)',
  '0.4.0.194112.1.0': 'ETSI qualified electronic time stamp (eIDAS art. 42)',
};
