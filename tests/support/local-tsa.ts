import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fromPem } from '../../utils/bundle/timestamp/pem';
import { type TrustPin, makePin } from '../../utils/bundle/timestamp/pins';
import { sha256Hex } from '../../utils/hash';

const run = promisify(execFile);

export interface LocalTsa {
  url: string;
  dir: string;
  caPem: string;
  tsaPem: string;
  requests: number;
  /** While true the TSA is unreachable: connections are dropped unanswered. */
  down: boolean;
  close(): Promise<void>;
}

/** A throwaway CA (EC P-256) and TSA certificate (RSA 2048, EKU timeStamping) for `openssl ts`. */
function makeCerts(dir: string, essAlg: 'sha1' | 'sha256', validDays = 2) {
  const o = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  o('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt',
    '-days', String(validDays), '-subj', '/CN=Schildwacht Test CA/O=Test', '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  o('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'tsa.key', '-out', 'tsa.csr', '-subj', '/CN=Schildwacht Test TSA/O=Test');
  writeFileSync(join(dir, 'ext.cnf'), 'basicConstraints=CA:FALSE\nextendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\n');
  o('x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'tsa.crt', '-days', String(validDays), '-extfile', 'ext.cnf');
  writeFileSync(join(dir, 'tsa.cnf'), `[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
dir = ${dir}
serial = $dir/tsaserial
crypto_device = builtin
signer_cert = $dir/tsa.crt
certs = $dir/ca.crt
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = yes
ess_cert_id_alg = ${essAlg}
`);
  writeFileSync(join(dir, 'tsaserial'), '01\n');
}

/**
 * A local RFC 3161 timestamp authority: `openssl ts -reply` behind an HTTP server on
 * 127.0.0.1 (a random port). Nothing leaves the machine. Every instance has its own keys
 * under the same names, so a second one is a forger's TSA that looks like the first.
 */
export async function startLocalTsa(o: { essAlg?: 'sha1' | 'sha256' } = {}): Promise<LocalTsa> {
  const dir = mkdtempSync(join(tmpdir(), 'sw-tsa-'));
  makeCerts(dir, o.essAlg ?? 'sha256');
  let n = 0;
  // One openssl at a time: two at once race on the serial file and one answers with an error.
  let openssl: Promise<unknown> = Promise.resolve();
  const server: Server = createServer((req, res) => {
    if (tsa.down) { req.socket.destroy(); return; }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const id = ++n;
      tsa.requests = n;
      try {
        writeFileSync(join(dir, `q${id}.tsq`), Buffer.concat(chunks));
        const reply = openssl.then(() => run('openssl', ['ts', '-reply', '-config', 'tsa.cnf', '-queryfile', `q${id}.tsq`, '-out', `r${id}.tsr`], { cwd: dir }));
        openssl = reply.catch(() => undefined);
        await reply;
        res.writeHead(200, { 'content-type': 'application/timestamp-reply' });
        res.end(readFileSync(join(dir, `r${id}.tsr`)));
      } catch (err) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const tsa: LocalTsa = {
    url: `http://127.0.0.1:${port}/tsa`, dir, requests: 0, down: false,
    caPem: readFileSync(join(dir, 'ca.crt'), 'utf8'), tsaPem: readFileSync(join(dir, 'tsa.crt'), 'utf8'),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return tsa;
}

/** A pin for a certificate (as the organisation enters it: PEM plus its published SHA-256). */
export async function pinOf(pem: string): Promise<TrustPin> {
  const pin = await makePin(pem, await sha256Hex(fromPem(pem)[0]!));
  if (typeof pin === 'string') throw new Error(pin);
  return pin;
}

/** Node's fetch as the POST a Timestamper needs. */
export async function nodePost(url: string, body: Uint8Array) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/timestamp-query' }, body: body as Uint8Array<ArrayBuffer> });
  return { status: res.status, contentType: res.headers.get('content-type'), body: new Uint8Array(await res.arrayBuffer()) };
}
