/**
 * Reads one customer message: which signals fire, where (exact offsets for the evidence quote),
 * and how much heat they add. Pure and allocation-light; the thread layer decides what it means.
 */
import { heatOf } from './heat';
import { detectLanguage } from './language';
import { matchSignals } from './match';
import { settle } from './rules';
import { addTypography } from './signals/typography';
import { filterText } from './text-filter';
import { tokenize } from './tokenize';
import type { MessageReading } from './types';

export function readMessage(text: string): MessageReading {
  const tokens = tokenize(filterText(text));
  const language = detectLanguage(tokens);
  if (language.status !== 'covered') {
    return { hits: [], heat: 0, language: language.status, languageName: language.name };
  }
  const raw = matchSignals(tokens);
  addTypography(tokens, raw);
  const hits = settle(raw, tokens);
  return { hits, heat: heatOf(hits), language: 'covered', languageName: null };
}
