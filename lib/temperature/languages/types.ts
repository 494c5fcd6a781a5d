/** What Keel knows about one language besides English: how to spot it and how to read it. */
import type { SignalCode, SignalSpec } from '../types';

export type LanguageCode = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl';

export interface LanguagePack {
  code: Exclude<LanguageCode, 'en'>;
  /** English name, for notes ("German"). */
  name: string;
  /** Very common function words, for detection (written with accents; folded forms are added). */
  functionWords: readonly string[];
  /** Words that negate what follows within three words of the same clause. */
  negators: readonly string[];
  /** Words that make the next word stronger ("sehr", "très"). */
  intensifiers: readonly string[];
  /** "but" and its kin: a negation does not reach across it, thanks before it earn nothing. */
  contrast: readonly string[];
  /** "need", "want": a positive word after it is a request, not praise. */
  requests: readonly string[];
  /** The word after thanks that names what is thanked for ("für", "por", "pour"): "Danke für die Verspätung" is sarcasm. */
  thanksFor: readonly string[];
  /**
   * Word lists in the English families' codes and weights. Words may end in `*` (a prefix of at
   * least four letters after folding: `kündig*` matches "kündigen", "Kündigung").
   */
  signals: readonly SignalSpec[];
  /**
   * General-tone families switched off for this language, as chosen by the held-out selection in
   * `npm run eval:temperature` ("On all folds (to ship)"); see docs/temperature.md.
   */
  off?: readonly SignalCode[];
  /**
   * The language glues nouns into compounds ("Totalausfall", "klantenservicedrama"): a long word
   * the lists do not know is read as its head (its end) when that is one of `heads`, negative,
   * waiting and money nouns from this pack's own lists, written as they are there
   * ("ausfall*", "chaos"). `joints` are endings of the front part that make the end a different
   * word, not a head ("Planungskosten|zu|schuss" is a Zuschuss, "mit|kriegen" a verb).
   */
  compounds?: { heads: readonly string[]; joints: readonly string[] };
  /**
   * A number followed by a period is an ordinal ("in der 2. Klasse", "zum 3. Mal", "am 24.12.
   * fällt der Zug aus"), not the end of a sentence.
   */
  ordinalDot?: boolean;
}
