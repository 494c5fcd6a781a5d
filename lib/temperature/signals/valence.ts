/**
 * General negative and positive tone. A negated positive word counts as negative ("not happy");
 * a negated negative word counts as nothing ("not bad").
 */
import { group, groups } from './spec';

export const VALENCE = /* @__PURE__ */ groups(
  group('negative', 5, [
    'bad|sad|worse|painful|difficult|stressful|stress|stressed|worried|concerned|inconvenient|inconvenience',
    'unfortunately|sadly|regret|nasty|ugly|expensive|overpriced|poor|poorly|horrid|dire|lousy|shoddy|subpar',
    'terribly|badly|unhelpful|unreliable|inaccurate|hassle|headache|struggle|struggling|crying|cry|tears',
  ], { negation: 'cancel', intensify: true }),
  group('negative', 7, ["not|don't|didn't|doesn't|never * like|liking|liked|enjoy|enjoying"]),
  group('positive', -4, [
    'happy|pleased|satisfied|good|great|excellent|amazing|awesome|fantastic|wonderful|brilliant|perfect',
    'love|loved|loving|lovely|nice|helpful|impressed|glad|superb|outstanding|best|fast|quick|quickly|easy',
    'smooth|fine|resolved|fixed|sorted|working|works|worked|solved|enjoy|enjoyed|fab|fabulous|excited|thrilled',
    'friendly|polite|patient|beautiful|cool|delighted|recommend|yay|phew',
    'no problem|problems|worries|issue|issues|rush|hurry',
  ], { negation: 'flip' }),
);
