/**
 * Every user-visible string, by key, from `public/_locales/<lang>/messages.json` (English first;
 * the browser picks the user's language). A typed wrapper over `browser.i18n.getMessage`: keys
 * and placeholder names are checked by TypeScript against the English file, and
 * `test/unit/i18n.test.ts` fails on a missing, malformed or unused message.
 *
 *     t('stripEscalate')                                  // "Escalate"
 *     t('readDone', { when: '2 min ago', time: '10:02' }) // placeholders by name
 *     t.plural('factsMessages', 3)                        // "3 messages" (and "1 message")
 *
 * Placeholders are declared in the messages file with `$1`, `$2`, … in the alphabetical order of
 * their names (the check enforces it), so a call passes them by name. A plural message is a
 * family of keys `base_one`, `base_other` (and any CLDR category a language needs: `_zero`,
 * `_two`, `_few`, `_many`); the category is chosen with `Intl.PluralRules` for the language the
 * messages are written in (the `messagesLocale` message), falling back to `_other`.
 * Plain code only (no zod, no React): content scripts use it too.
 */
import { browser } from 'wxt/browser';
// Types only: the messages file itself ships as _locales, never in a bundle.
import type English from '../../public/_locales/en/messages.json';

type Messages = typeof English;
type AnyKey = keyof Messages & string;

/** CLDR plural categories (Intl.PluralRules). */
type Category = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Base names of plural families (`sinceNewMessages` for `sinceNewMessages_one` / `_other`). */
export type PluralKey = AnyKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
type PluralVariant = `${PluralKey}_${Category}`;
/** Keys used on their own. */
export type MessageKey = Exclude<AnyKey, PluralVariant>;

type PlaceholdersOf<K extends AnyKey> = Messages[K] extends { placeholders: infer P } ? keyof P & string : never;
export type Params<K extends AnyKey> = Record<PlaceholdersOf<K>, string | number>;
type ArgsOf<K extends AnyKey> = [PlaceholdersOf<K>] extends [never] ? [] : [params: Params<K>];
type PluralArgsOf<B extends PluralKey> = [Exclude<PlaceholdersOf<`${B}_other` & AnyKey>, 'count'>] extends [never]
  ? []
  : [params: Omit<Params<`${B}_other` & AnyKey>, 'count'>];

// WXT types getMessage by the keys it saw at `wxt prepare`; keys here are typed from the file itself.
const getMessage = (key: string, substitutions?: readonly string[]): string => (browser.i18n.getMessage as (key: string, substitutions?: string[]) => string)(key, substitutions as string[] | undefined);

let numbers: Intl.NumberFormat | null = null;
let plurals: Intl.PluralRules | null = null;

function messagesLocale(): string {
  return getMessage('messagesLocale') || 'en';
}

function substitutions(params: Record<string, string | number> | undefined): string[] | undefined {
  if (!params) return undefined;
  numbers ??= new Intl.NumberFormat(messagesLocale());
  return Object.keys(params)
    .sort()
    .map((name) => {
      const value = params[name]!;
      return typeof value === 'number' ? numbers!.format(value) : value;
    });
}

/**
 * Each message, once read, as a template: asked for with stand-ins (private-use characters the
 * messages never contain) in place of its substitutions, which are filled in here on each use.
 * Messages cannot change while a page is open, and the side panel's first render shows a few
 * hundred, many with placeholders: each `getMessage` call crosses into the browser's bindings
 * (about 10 ms of that render in a CPU profile, for the plan's and timeline's rows). Kept per
 * getMessage function, so a test that swaps in another language reads it afresh. A missing
 * message is kept as ''.
 */
let templates = new Map<string, string>();
let templatesFrom: unknown = null;
const STAND_IN = 0xe000;
const STAND_INS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(STAND_IN + i));
const STAND_IN_PATTERN = /[\ue000-\ue008]/g;

/** The message `key` with `subs` in place of its `$1`…`$9` ('' when there is no such message). */
function message(key: string, subs: readonly string[] | undefined): string {
  if (templatesFrom !== browser.i18n.getMessage) {
    templatesFrom = browser.i18n.getMessage;
    templates = new Map();
  }
  const count = Math.min(subs?.length ?? 0, STAND_INS.length);
  const id = count ? `${key}\u0000${count}` : key;
  let text = templates.get(id);
  if (text === undefined) templates.set(id, (text = getMessage(key, count ? STAND_INS.slice(0, count) : undefined) || ''));
  // A function, so that a `$` in a value is never read as a replacement pattern.
  return count && text ? text.replace(STAND_IN_PATTERN, (c) => subs![c.charCodeAt(0) - STAND_IN]!) : text;
}

function lookup(key: string, params?: Record<string, string | number>): string {
  // An unknown key shows as itself: a visible bug (the i18n check catches it before it ships).
  return message(key, substitutions(params)) || key;
}

/** The message `key`, with its placeholders filled in by name. */
export function t<K extends MessageKey>(key: K, ...args: ArgsOf<K>): string {
  return lookup(key, args[0] as Record<string, string | number> | undefined);
}

/** The form of plural family `base` that fits `count`; `count` fills the `$COUNT$` placeholder. */
function plural<B extends PluralKey>(base: B, count: number, ...args: PluralArgsOf<B>): string {
  plurals ??= new Intl.PluralRules(messagesLocale());
  const params = { ...(args[0] as Record<string, string | number> | undefined), count };
  const exact = message(`${base}_${plurals.select(count)}`, substitutions(params));
  return exact || lookup(`${base}_other`, params);
}
t.plural = plural;

/** Forget the cached number and plural rules (tests that switch the language). */
export function resetI18nCache(): void {
  numbers = null;
  plurals = null;
}
