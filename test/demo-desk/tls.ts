/**
 * The demo desk's TLS material: a committed, self-signed, test-only certificate (see
 * `certs/README.md`). Real desks are HTTPS-only (HSTS; force.com needs HTTPS), so the demo is too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Names in the certificate's subjectAltName; keep in sync with `certs/README.md`. */
export const DEMO_CERT_NAMES = [
  '*.zendesk.com',
  '*.atlassian.net',
  '*.lightning.force.com',
  '*.sandbox.lightning.force.com',
  '*.my.salesforce.com',
  '*.sandbox.my.salesforce.com',
  '*.force.com',
  'jira.keel-demo.test',
  'localhost',
  '127.0.0.1',
] as const;

export interface DemoTls {
  key: string;
  cert: string;
}

export function loadDemoTls(): DemoTls {
  const dir = fileURLToPath(new URL('./certs/', import.meta.url));
  return {
    key: readFileSync(`${dir}key.pem`, 'utf8'),
    cert: readFileSync(`${dir}cert.pem`, 'utf8'),
  };
}
