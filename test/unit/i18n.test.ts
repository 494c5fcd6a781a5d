/**
 * The i18n check: every message the code uses exists in English, is well formed, and is used.
 * See lib/i18n/index.ts for the conventions it enforces.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../setup/chrome-i18n';
import { TIMELINE_KINDS, factKinds, timelineMessageKey } from '../../lib/model/timeline';

const ROOT = resolve(import.meta.dirname, '../..');
const en = loadMessages('en');
const keys = Object.keys(en);

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Shipped code: where a message can be used. */
const sources = [...files(join(ROOT, 'lib'), /\.tsx?$/), ...files(join(ROOT, 'components'), /\.tsx?$/), ...files(join(ROOT, 'entrypoints'), /\.(tsx?|html)$/), join(ROOT, 'wxt.config.ts')].map(
  (path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }),
);

const pluralBase = (key: string) => /^(.+)_(zero|one|two|few|many|other)$/.exec(key)?.[1] ?? null;
const placeholderNames = (key: string) => Object.keys(en[key]?.placeholders ?? {}).sort();
const timelineKeys = new Set(TIMELINE_KINDS.map(timelineMessageKey));

describe('i18n messages (public/_locales/en/messages.json)', () => {
  it('are well formed: valid names, named placeholders declared as $1…$n in alphabetical order and all used', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(en)) {
      if (!/^[A-Za-z0-9_]+$/.test(key)) problems.push(`${key}: a message name may only use letters, digits and _`);
      if (typeof entry.message !== 'string' || !entry.message) problems.push(`${key}: empty message`);
      const declared = placeholderNames(key);
      declared.forEach((name, i) => {
        if (entry.placeholders![name]!.content !== `$${i + 1}`) problems.push(`${key}: placeholder ${name} must be $${i + 1} (alphabetical order of names)`);
      });
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
      for (const name of used) if (!declared.includes(name)) problems.push(`${key}: $${name.toUpperCase()}$ is not declared`);
      for (const name of declared) if (!used.includes(name)) problems.push(`${key}: placeholder ${name} is declared but not in the message`);
      if (/\$[1-9]/.test(entry.message)) problems.push(`${key}: use a named placeholder, not a bare $n`);
    }
    expect(problems).toEqual([]);
  });

  it('plural families have the English forms "one" and "other", with the same placeholders, counting $COUNT$', () => {
    const problems: string[] = [];
    const families = new Map<string, string[]>();
    for (const key of keys) {
      const base = pluralBase(key);
      if (base) families.set(base, [...(families.get(base) ?? []), key]);
    }
    expect(families.size).toBeGreaterThan(0);
    for (const [base, members] of families) {
      if (!members.includes(`${base}_one`) || !members.includes(`${base}_other`)) problems.push(`${base}: needs ${base}_one and ${base}_other`);
      if (keys.includes(base)) problems.push(`${base}: a plural family cannot share its name with a plain message`);
      const shapes = new Set(members.map((m) => placeholderNames(m).join(',')));
      if (shapes.size !== 1) problems.push(`${base}: every form must declare the same placeholders`);
      if (!placeholderNames(`${base}_other`).includes('count')) problems.push(`${base}_other: must show $COUNT$`);
    }
    expect(problems).toEqual([]);
  });

  it('every message the manifest or a page names exists', () => {
    const missing = sources.flatMap(({ path, text }) => [...text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!).filter((k) => !keys.includes(k)).map((k) => `${path}: ${k}`));
    expect(missing).toEqual([]);
  });

  it('every message the code asks for exists (t, t.plural)', () => {
    const missing: string[] = [];
    for (const { path, text } of sources) {
      for (const m of text.matchAll(/\bt\(\s*['"`]([A-Za-z0-9_]+)['"`]/g)) if (!keys.includes(m[1]!) || pluralBase(m[1]!)) missing.push(`${path}: t('${m[1]}')`);
      for (const m of text.matchAll(/\bt\.plural\(\s*['"`]([A-Za-z0-9_]+)['"`]/g)) if (!keys.includes(`${m[1]}_other`)) missing.push(`${path}: t.plural('${m[1]}')`);
    }
    expect(missing).toEqual([]);
  });

  it('every timeline kind has its message, with one placeholder per fact its domain declared', () => {
    const problems: string[] = [];
    for (const kind of TIMELINE_KINDS) {
      const key = timelineMessageKey(kind);
      if (!en[key]) problems.push(`${kind}: no message ${key}`);
      else if (placeholderNames(key).join(',') !== Object.keys(factKinds(kind)).sort().join(',')) problems.push(`${key}: placeholders must be ${Object.keys(factKinds(kind)).sort().join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no unused message', () => {
    const code = sources.map((s) => s.text).join('\n');
    const quoted = (name: string) => new RegExp(`['"\`]${name}['"\`]|__MSG_${name}__`).test(code);
    const unused = keys.filter((key) => {
      if (key === 'messagesLocale' || timelineKeys.has(key)) return false;
      const base = pluralBase(key);
      return !quoted(base ?? key);
    });
    expect(unused).toEqual([]);
  });

  it('every other language has exactly the English keys', () => {
    const locales = readdirSync(join(ROOT, 'public/_locales')).filter((l) => l !== 'en');
    for (const locale of locales) {
      const other = Object.keys(loadMessages(locale));
      expect(other.filter((k) => !keys.includes(k) && !pluralBase(k)), locale).toEqual([]);
    }
  });
});
