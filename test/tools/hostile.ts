/**
 * Inputs built to make a careless parser slow (nested or unclosed markup, long runs of one
 * character). Tests check that they are read without a crash; `npm run bench` times them.
 */
export const HOSTILE_HTML: readonly string[] = [
  '<a b="'.repeat(40_000),
  '<'.repeat(200_000),
  '<script>'.repeat(30_000),
  '&amp'.repeat(50_000),
  '<div>'.repeat(50_000),
];

export const HOSTILE_SALESFORCE_URLS: readonly string[] = [
  `https://acme.lightning.force.com/${'lightning/r/'.repeat(20_000)}`,
  `https://acme.lightning.force.com/lightning/r/Contact/x/view?ws=${'%2F'.repeat(50_000)}`,
];
