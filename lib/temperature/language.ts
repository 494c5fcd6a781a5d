/**
 * Is this message in English, the only language the word lists cover? Counted from very common
 * function words, which every message has and which barely overlap between languages. When the
 * words cannot be read, the engine says so and scores from thread dynamics only.
 */
import type { Tokens } from './tokenize';
import type { LanguageStatus } from './types';

export const ENGLISH = new Set(
  ('the and to is it you i my me we our your this that for of on with was are have has be not ' +
    'can but what why how when just they them there their been will would could should about ' +
    "from an at or if so do does did get got still any please thanks i'm it's don't can't " +
    "again after before now today need help order account no yes" ).split(' '),
);

/** Function words of the languages customers most often write in besides English. */
export const OTHERS: ReadonlyArray<readonly [string, Set<string>]> = [
  ['German', new Set('der die das und ist nicht ich wir sie ein eine mit auf für bitte noch schon kein keine wird wurde haben sind dass aber oder warum seit immer mein meine uns euch ihr vom zum zur auch habe nach wie ihnen sehr'.split(' '))],
  ['Spanish', new Set('el los las que del por para una pero muy está esta estoy tengo hemos también gracias nada desde porque cuando mi su es y lo se al ya hace sus otra'.split(' '))],
  ['French', new Set("le les des et est pas je nous vous une avec pour dans mais très depuis toujours merci sont aucun ça c'est n'est j'ai qui du au ce cette votre mon ne".split(' '))],
  ['Portuguese', new Set('não você obrigado obrigada muito uma os é está meu minha seu sua para pelo pela já ainda isso'.split(' '))],
  ['Italian', new Set('il della che sono non grazie ancora perché questo gli della con mio mia ho è una anche'.split(' '))],
  ['Dutch', new Set('het een niet ik wij jullie nog maar bedankt geen zijn voor ook dat deze mijn heb'.split(' '))],
];

export interface LanguageGuess {
  status: LanguageStatus;
  name: string | null;
}

const EMPTY: LanguageGuess = { status: 'empty', name: null };
const COVERED: LanguageGuess = { status: 'covered', name: null };
/** Bit of English in `Entry.lang`; bit k is OTHERS[k]. */
export const ENGLISH_BIT = 1 << OTHERS.length;

const counts = new Int32Array(OTHERS.length);

export function detectLanguage(tokens: Tokens): LanguageGuess {
  if (tokens.otherLetters >= 6 && tokens.otherLetters > tokens.latinLetters) {
    return { status: 'not-covered', name: 'a script other than Latin' };
  }
  if (tokens.count === 0) return EMPTY;
  const limit = Math.min(tokens.count, 60);
  let english = 0;
  let best = 0;
  let bestLanguage = -1;
  counts.fill(0);
  for (let i = 0; i < limit; i++) {
    const bits = tokens.entries[i]?.lang ?? 0;
    if (bits === 0) continue;
    if (bits & ENGLISH_BIT) {
      english++;
      // Plenty of English and nothing else: no need to read further.
      if (english >= 8 && best * 4 < english) return COVERED;
    }
    for (let k = 0; k < OTHERS.length; k++) {
      if (bits & (1 << k) && ++counts[k]! > best) {
        best = counts[k]!;
        bestLanguage = k;
      }
    }
  }
  if (best >= 2 && best > english * 1.5) return { status: 'not-covered', name: OTHERS[bestLanguage]![0] };
  return COVERED;
}
