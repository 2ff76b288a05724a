import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Local servers for carrier hostnames: one HTTPS, one plain HTTP, both on 127.0.0.1. Chromium's
 * --host-resolver-rules sends chosen hostnames to one or the other (a rule maps a name to one port,
 * whatever the scheme). The self-signed certificate is made at test time with openssl and deleted
 * on close; Chromium runs with --ignore-certificate-errors.
 */
export interface LocalServers {
  httpsPort: number;
  httpPort: number;
  /** Chromium flags: `httpsHosts` to the HTTPS server, `httpHosts` to the HTTP one. */
  chromiumArgs(httpsHosts: string[], httpHosts?: string[]): string[];
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function startLocalServers(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<LocalServers> {
  const certDir = mkdtempSync(join(tmpdir(), 'linekeeper-cert-'));
  const key = join(certDir, 'key.pem');
  const cert = join(certDir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=linekeeper.test'], { stdio: 'ignore' });
  const https = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, handler);
  const http = createHttpServer(handler);
  const httpsPort = await listen(https);
  const httpPort = await listen(http);
  return {
    httpsPort,
    httpPort,
    chromiumArgs: (httpsHosts, httpHosts = []) => [
      `--host-resolver-rules=${[...httpsHosts.map((host) => `MAP ${host} 127.0.0.1:${httpsPort}`), ...httpHosts.map((host) => `MAP ${host} 127.0.0.1:${httpPort}`)].join(', ')}`,
      '--ignore-certificate-errors',
    ],
    async close() {
      https.closeAllConnections();
      http.closeAllConnections();
      await Promise.all([new Promise((done) => https.close(done)), new Promise((done) => http.close(done))]);
      rmSync(certDir, { recursive: true, force: true });
    },
  };
}
