/**
 * nlp.js (`@nlpjs/sentiment` with its per-language packages, MIT) as a comparison peer for
 * `eval:temperature` only: a dev dependency, never bundled. Heat = the most negative sentiment
 * score over the customer's messages, negated, with nlp.js's own lexicon for the item's language.
 */
import { createRequire } from 'node:module';
import { z } from 'zod/mini';

const require = createRequire(import.meta.url);

interface Analyzer {
  process(input: { locale: string; text: string }): Promise<unknown>;
}
interface ContainerLike {
  use(plugin: unknown): void;
}

// `average` is NaN for a text with no words; only `score` is used.
const ResultSchema = z.object({ sentiment: z.object({ score: z.number() }) });

const PACKAGES: Record<string, [string, string]> = {
  en: ['@nlpjs/lang-en-min', 'LangEn'],
  de: ['@nlpjs/lang-de', 'LangDe'],
  es: ['@nlpjs/lang-es', 'LangEs'],
  fr: ['@nlpjs/lang-fr', 'LangFr'],
  it: ['@nlpjs/lang-it', 'LangIt'],
  nl: ['@nlpjs/lang-nl', 'LangNl'],
  pt: ['@nlpjs/lang-pt', 'LangPt'],
};

let analyzer: Analyzer | null = null;
const loaded = new Set<string>();
let container: ContainerLike | null = null;

function load(locale: string): boolean {
  if (loaded.has(locale)) return true;
  const pkg = PACKAGES[locale];
  if (!pkg) return false;
  try {
    if (!container) {
      const { Container } = require('@nlpjs/core') as { Container: new () => ContainerLike };
      container = new Container();
      const { SentimentAnalyzer } = require('@nlpjs/sentiment') as { SentimentAnalyzer: new (s: { container: ContainerLike }) => Analyzer };
      analyzer = new SentimentAnalyzer({ container });
    }
    const mod = require(pkg[0]) as Record<string, unknown>;
    container.use(mod[pkg[1]]);
    loaded.add(locale);
    return true;
  } catch {
    return false;
  }
}

/** nlp.js's heat for one text, or null when it has no lexicon for the language. */
export async function nlpjsHeat(locale: string, text: string): Promise<number | null> {
  if (!load(locale) || !analyzer) return null;
  const result = ResultSchema.parse(await analyzer.process({ locale, text }));
  return -result.sentiment.score;
}
