/**
 * `browser.i18n.getMessage` as Chromium implements it, over Keel's English messages file, for
 * unit tests (WXT's fake browser has no i18n). Message names are case-insensitive; `$name$`
 * placeholders are replaced by their `content`, then `$1`…`$9` by the substitutions (a missing
 * one becomes empty) and `$$` by `$`. An unknown name gives "".
 * https://developer.chrome.com/docs/extensions/reference/api/i18n#method-getMessage
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessagesFile = Record<string, MessageEntry>;

export function loadMessages(locale = 'en'): MessagesFile {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`), 'utf8')) as MessagesFile;
}

export function chromeGetMessage(messages: MessagesFile, name: string, substitutions?: string | string[]): string {
  const wanted = name.toLowerCase();
  const entry = Object.entries(messages).find(([key]) => key.toLowerCase() === wanted)?.[1];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, p: string) => placeholders[p.toLowerCase()] ?? whole);
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_whole, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}
