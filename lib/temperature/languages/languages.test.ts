import { describe, expect, it } from 'vitest';
import { readMessage } from '../message';
import { fold, foldPattern } from './fold';
import { PACKS } from './index';
import { vocabFor } from './vocab';

describe('language packs', () => {
  it.each(PACKS.map((p) => [p.name, p] as const))('%s: every list compiles, prefixes are at least four letters', (_name, pack) => {
    const v = vocabFor(pack);
    expect(v.exact.size).toBeGreaterThan(100);
    for (const list of v.prefixes.values()) for (const p of list) expect(p.prefix.length).toBeGreaterThanOrEqual(4);
    for (const s of pack.signals) {
      for (const part of s.pattern.split(' ')) {
        // An alternative with nothing in it ("a||b", "a|") would match nothing, silently.
        if (part !== '*' && part !== '**' && part !== '$' && part !== '^') expect(part.split('|').every((w) => w.replace(/[?*]$/, '').length > 0)).toBe(true);
      }
    }
  });

  it('folds accents the way customers type without them', () => {
    expect(fold('kündigen')).toBe('kundigen');
    expect(fold('não')).toBe('nao');
    expect(fold('straße')).toBe('strasse');
    expect(foldPattern('kündig* ** vertrag*|abo')).toBe('kundig* ** vertrag*|abo');
  });

  it('reads a word typed without its accents, and a prefix finds its inflections', () => {
    const text = 'Wir kundigen den Vertrag, das ist eine Frechheit.';
    const r = readMessage(text);
    expect(r.languageCode).toBe('de');
    expect(r.hits.map((h) => text.slice(h.start, h.end))).toEqual(expect.arrayContaining(['kundigen den Vertrag', 'Frechheit']));
    const pt = 'Não recebi o produto e ninguém responde, péssimo atendimento.';
    expect(readMessage(pt.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).heat).toBe(readMessage(pt).heat);
  });

  it('French elision: "n\'" negates what follows', () => {
    const text = "Votre application n'est pas fiable et ne fonctionne plus depuis lundi.";
    const r = readMessage(text);
    expect(r.languageCode).toBe('fr');
    expect(r.hits.some((h) => h.code === 'broken-expectation')).toBe(true);
  });
});
