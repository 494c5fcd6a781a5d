/** The languages Keel reads besides English. Their word lists live in the worker bundle only. */
import { GERMAN } from './de';
import { SPANISH } from './es';
import { FRENCH } from './fr';
import { ITALIAN } from './it';
import { DUTCH } from './nl';
import { PORTUGUESE } from './pt';
import type { LanguageCode, LanguagePack } from './types';

export const PACKS: readonly LanguagePack[] = [GERMAN, SPANISH, FRENCH, PORTUGUESE, ITALIAN, DUTCH];

const BY_CODE = /* @__PURE__ */ new Map<LanguageCode, LanguagePack>(/* @__PURE__ */ PACKS.map((p) => [p.code, p]));

export function packFor(code: LanguageCode): LanguagePack {
  const pack = BY_CODE.get(code);
  if (!pack) throw new Error(`no word lists for language "${code}"`);
  return pack;
}
