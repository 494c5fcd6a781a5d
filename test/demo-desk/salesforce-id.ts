/**
 * Salesforce record ids for the demo: 15-character case-sensitive ids extended to the
 * 18-character case-insensitive form the REST API returns. The 3-character suffix is the
 * documented checksum: for each 5-character chunk, bit i is set when character i is an
 * upper-case letter, and the 0–31 value maps into A–Z0–5
 * (ID field type: https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/field_types.htm).
 */
import { to18 } from '../../lib/hosts/salesforce/ids';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The 18-character form of a 15-character id (Keel's own implementation of the checksum). */
export function toId18(id15: string): string {
  return to18(id15);
}

/** True for an 18-character id whose suffix matches its first 15 characters. */
export function isValidId18(id: string): boolean {
  return /^[0-9A-Za-z]{18}$/.test(id) && to18(id.slice(0, 15)) === id;
}

/**
 * A deterministic, valid-looking 18-character id: key prefix (`500` Case, `003` Contact,
 * `005` User, `02s` EmailMessage, `00a` CaseComment), a fixed pod/reserved part, and a
 * 5-character mixed-case serial derived from `n` (so the checksums are not all "AAA").
 */
export function demoSalesforceId(keyPrefix: string, n: number): string {
  if (!/^[0-9A-Za-z]{3}$/.test(keyPrefix)) throw new Error(`bad key prefix: ${keyPrefix}`);
  // Spread consecutive n over the 62^5 space; 7,919 is prime, so the map is one-to-one.
  let value = (n * 7919 + 104_729) % 62 ** 5;
  let serial = '';
  for (let i = 0; i < 5; i++) {
    serial = BASE62.charAt(value % 62) + serial;
    value = Math.floor(value / 62);
  }
  return toId18(`${keyPrefix}5g00000${serial}`);
}
