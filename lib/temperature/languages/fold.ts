/**
 * Folds a lower-cased word to the spelling the non-English word lists are keyed by: accents
 * stripped ("kündigen" → "kundigen", "não" → "nao", "décu" → "decu"), ß → ss, curly apostrophes
 * straight. Customers often type without accents; the lists are written with them and folded once.
 */
const MARKS = /[\u0300-\u036f]/g;

export function fold(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) return slowFold(word);
  }
  return word;
}

function slowFold(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').replace(/ß/g, 'ss').replace(/\u2019/g, "'");
}

/** Folds every word of a pattern source, keeping the syntax (`|`, `?`, `*`, `$`, `^`). */
export function foldPattern(pattern: string): string {
  return pattern
    .trim()
    .split(' ')
    .map((part) => (part === '*' || part === '**' || part === '$' || part === '^' ? part : part.split('|').map((w) => fold(w.toLowerCase())).join('|')))
    .join(' ');
}
