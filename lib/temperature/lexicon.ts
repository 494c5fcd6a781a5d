/**
 * The assembled word lists, compiled once at module load, and what each signal family is worth.
 * All lists are Keel's own (see docs/temperature.md, "Word lists and licence").
 */
import { buildIndex } from './patterns';
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
import type { SignalCode } from './types';

/** Neutral phrases first: among patterns of equal length the first listed wins. */
export const INDEX = buildIndex([
  ...NEUTRAL, ...LEGAL, ...CHURN, ...MANAGER, ...PUBLIC, ...FRUSTRATION, ...REPEAT, ...WAITING, ...MONEY,
  ...EXPECTATION, ...URGENCY, ...VALENCE, ...GRATITUDE, ...QUESTION, ...EMOJI_SIGNALS,
]);

export interface Family {
  /** Most points the family can add from one message (least, for calming families). */
  cap: number;
  /** Plain words for a reason line. */
  label: string;
  /** Calming families lower the heat. */
  calming?: boolean;
}

export const FAMILIES: Record<SignalCode, Family> = {
  'legal-threat': { cap: 40, label: 'legal threat' },
  'churn-threat': { cap: 38, label: 'churn threat' },
  'manager-request': { cap: 18, label: 'asks for a manager or to escalate' },
  'public-exposure': { cap: 20, label: 'threatens to go public' },
  frustration: { cap: 26, label: 'frustrated wording' },
  'repeat-contact': { cap: 14, label: 'says they have asked before' },
  waiting: { cap: 16, label: 'says they are waiting or ignored' },
  money: { cap: 14, label: 'money at stake' },
  'broken-expectation': { cap: 12, label: 'reports a problem or a broken promise' },
  urgency: { cap: 10, label: 'says it is urgent' },
  caps: { cap: 12, label: 'writes in capitals' },
  emphasis: { cap: 10, label: 'emphatic punctuation' },
  negative: { cap: 12, label: 'negative tone' },
  sarcasm: { cap: 14, label: 'sarcasm' },
  'update-chase': { cap: 8, label: 'asks for an update' },
  positive: { cap: -8, label: 'positive tone', calming: true },
  gratitude: { cap: -8, label: 'thanks the team', calming: true },
  'plain-question': { cap: -5, label: 'plain question', calming: true },
  neutral: { cap: 0, label: '' },
};

export const CODES = Object.keys(FAMILIES) as SignalCode[];
export const CODE_INDEX = new Map(CODES.map((code, i) => [code, i]));

/** Words that negate what follows within three words of the same clause. */
export const NEGATORS = new Set([
  'not', 'no', 'never', "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't", "can't",
  "couldn't", "wouldn't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't", 'nothing', 'nobody', 'none',
  'neither', 'nor', 'without', 'hardly', 'barely', 'nowhere', 'lack', 'lacks',
]);

export const INTENSIFIERS = new Set([
  'very', 'so', 'really', 'extremely', 'absolutely', 'completely', 'totally', 'utterly', 'incredibly', 'truly',
  'beyond', 'most', 'super', 'such', 'too', 'quite', 'highly', 'deeply', 'seriously', 'fucking', 'bloody',
]);

/** Upper-case words that are names, not shouting. */
export const ACRONYMS = new Set(
  ('api apis sla slas url urls http https json xml html css sql ssl tls dns vpn ssh ftp sftp smtp imap pop ' +
    'sso saml oauth jwt uuid csv pdf png jpg gif zip ceo cto cfo coo cio vp hr it pr qa ui ux os ios aws gcp ' +
    'cpu gpu ram ssd hdd usb lan wan wifi ip tcp udp id ids pin otp sms mfa faq eta asap fyi btw imo imho ' +
    'usa uk eu us gmt utc est pst cet am pm tv hd uhd dvd pc mac crm erp sdk cli gui rest soap nyc la sf ' +
    'bbc cnn nba nfl fifa ups dhl fedex usps nhs irs vat gst tax llc ltd inc plc ok okay dm dms pm lol omg ' +
    'rip ffs wtf smh nyse nasdaq ikea asos hp ibm sap kfc bt ee o2 att gps atm ev suv nfc rma sku')
    .split(' '),
);
