/**
 * The assembled word lists, compiled once at module load, and what each signal family is worth.
 * All lists are Keel's own (see docs/temperature.md, "Word lists and licence").
 */
import { buildIndex, type PatternIndex } from './patterns';
import { groups } from './signals/spec';
import { CHURN } from './signals/churn';
import { EMOJI_SIGNALS } from './signals/emoji';
import { EXPECTATION } from './signals/expectation';
import { FRUSTRATION } from './signals/frustration';
import { GRATITUDE } from './signals/gratitude';
import { LEGAL } from './signals/legal';
import { MANAGER } from './signals/manager';
import { MONEY } from './signals/money';
import { NEUTRAL } from './signals/neutral';
import { PUBLIC } from './signals/public';
import { QUESTION } from './signals/question';
import { REPEAT } from './signals/repeat';
import { URGENCY } from './signals/urgency';
import { VALENCE } from './signals/valence';
import { WAITING } from './signals/waiting';
import { FAMILIES } from './families';
import type { SignalCode } from './types';

let index: PatternIndex | null = null;

/**
 * The English patterns by first word, built on first use: the worker starts (for a popup, a
 * reminder) without building them. Neutral phrases first: among patterns of equal length the
 * first listed wins.
 */
export function englishIndex(): PatternIndex {
  index ??= buildIndex(groups(
    NEUTRAL, LEGAL, CHURN, MANAGER, PUBLIC, FRUSTRATION, REPEAT, WAITING, MONEY,
    EXPECTATION, URGENCY, VALENCE, GRATITUDE, QUESTION, EMOJI_SIGNALS,
  ));
  return index;
}

export { FAMILIES, type Family } from './families';

export const CODES = /* @__PURE__ */ Object.keys(FAMILIES) as SignalCode[];
export const CODE_INDEX = /* @__PURE__ */ new Map(/* @__PURE__ */ CODES.map((code, i) => [code, i]));

/** Words that negate what follows within three words of the same clause. */
export const NEGATORS = /* @__PURE__ */ new Set([
  'not', 'no', 'never', "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't", "can't",
  "couldn't", "wouldn't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't", 'nothing', 'nobody', 'none',
  'neither', 'nor', 'without', 'hardly', 'barely', 'nowhere', 'lack', 'lacks',
]);

export const INTENSIFIERS = /* @__PURE__ */ new Set([
  'very', 'so', 'really', 'extremely', 'absolutely', 'completely', 'totally', 'utterly', 'incredibly', 'truly',
  'beyond', 'most', 'super', 'such', 'too', 'quite', 'highly', 'deeply', 'seriously', 'fucking', 'bloody',
]);

/** Upper-case words that are names, not shouting. */
export const ACRONYMS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ ('api apis sla slas url urls http https json xml html css sql ssl tls dns vpn ssh ftp sftp smtp imap pop ' +
    'sso saml oauth jwt uuid csv pdf png jpg gif zip ceo cto cfo coo cio vp hr it pr qa ui ux os ios aws gcp ' +
    'cpu gpu ram ssd hdd usb lan wan wifi ip tcp udp id ids pin otp sms mfa faq eta asap fyi btw imo imho ' +
    'usa uk eu us gmt utc est pst cet am pm tv hd uhd dvd pc mac crm erp sdk cli gui rest soap nyc la sf ' +
    'bbc cnn nba nfl fifa ups dhl fedex usps nhs irs vat gst tax llc ltd inc plc ok okay dm dms pm lol omg ' +
    'rip ffs wtf smh nyse nasdaq ikea asos hp ibm sap kfc bt ee o2 att gps atm ev suv nfc rma sku')
    .split(' '),
);
