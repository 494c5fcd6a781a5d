/**
 * Salesforce record ids. An id is 15 case-sensitive or 18 case-insensitive alphanumeric
 * characters; the 18-character form appends a 3-character checksum of the capitalisation of the
 * first 15 (ID field type: https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/field_types.htm).
 * Case ids start with the key prefix `500`. Page half: tiny and dependency-free.
 */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

export const CASE_KEY_PREFIX = '500';

function isAlnum(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

/** True for a syntactically valid 15- or 18-character id (an 18-character id must carry its own checksum). */
export function isSalesforceId(id: string): boolean {
  if (id.length !== 15 && id.length !== 18) return false;
  for (const ch of id) if (!isAlnum(ch)) return false;
  if (id.length === 18) return checksum(id.slice(0, 15)) === id.slice(15).toUpperCase();
  return true;
}

/** The checksum suffix: per 5-character chunk, bit i set when character i is an upper-case letter. */
function checksum(id15: string): string {
  let out = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const ch = id15.charAt(chunk * 5 + i);
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i;
    }
    out += SUFFIX_ALPHABET.charAt(bits);
  }
  return out;
}

/**
 * The 18-character form of a 15- or 18-character id. An 18-character id passes through
 * unchanged; anything else is an error (callers validate first with `isSalesforceId`).
 */
export function to18(id: string): string {
  if (id.length === 18) return id;
  if (id.length !== 15 || !isSalesforceId(id)) throw new Error(`salesforce: not a 15- or 18-character record id: ${id}`);
  return id + checksum(id);
}

/**
 * A Case id as Keel keys it: the 18-character form with the case-sensitive first 15 characters
 * recovered. An 18-character id typed in another case (ids are case-insensitive in that form)
 * is restored from its checksum, so `500…abc` and `500…ABC` with the same suffix key alike.
 */
export function caseIdFrom(raw: string): string | null {
  if (raw.length !== 15 && raw.length !== 18) return null;
  for (const ch of raw) if (!isAlnum(ch)) return null;
  if (raw.slice(0, 3) !== CASE_KEY_PREFIX) return null;
  if (raw.length === 15) return to18(raw);
  const restored = restoreCase(raw);
  return restored && restored.slice(0, 3) === CASE_KEY_PREFIX ? restored : null;
}

/** Undo a case change of an 18-character id using its checksum; null when the checksum is not valid. */
function restoreCase(id18: string): string | null {
  const suffix = id18.slice(15).toUpperCase();
  let first = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    const bits = SUFFIX_ALPHABET.indexOf(suffix.charAt(chunk));
    if (bits < 0) return null;
    for (let i = 0; i < 5; i++) {
      const ch = id18.charAt(chunk * 5 + i);
      const upper = (bits >> i) & 1;
      const isLetter = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
      if (!isLetter) {
        if (upper) return null;
        first += ch;
      } else first += upper ? ch.toUpperCase() : ch.toLowerCase();
    }
  }
  return first + suffix;
}
