/**
 * Real Salesforce URL shapes (ids from the Salesforce docs' examples and public code; org names
 * made up). Used by `detect.test.ts` and by the lead's cross-desk matrix.
 *
 * Sources: Lightning record URLs `/lightning/r/Case/ID/view` (DomainCreator example,
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_DomainCreator.htm);
 * `/lightning/r/ID/view`, `/related/CaseComments/view`, console `?ws=%2Flightning%2Fr%2FCase%2FID%2Fview`
 * subtabs (Knowledge article, Account related list) and `?channel=OMNI` as seen in public
 * automation code; sandbox / Developer Edition hosts per My Domain URL formats
 * (https://help.salesforce.com/s/articleView?id=xcloud.domain_name_considerations.htm); Classic
 * `ORG.my.salesforce.com/ID?srPos=0&srKp=500` as seen in public notes linking cases.
 */

const ID15 = '5003000000D8cuI';
const ID18 = '5003000000D8cuIAAR';
const OTHER18 = '500Fg000009o0sVIAQ';
const view = (host: string, id = ID18) => `https://${host}/lightning/r/Case/${id}/view`;

export const positives: { url: string; expected: { host: string; ticketId: string; url: string } }[] = [
  // Lightning record page.
  { url: `https://acme.lightning.force.com/lightning/r/Case/${ID18}/view`, expected: { host: 'acme.my.salesforce.com', ticketId: ID18, url: view('acme.lightning.force.com') } },
  // 15-character id in the URL → 18-character key.
  { url: `https://acme.lightning.force.com/lightning/r/Case/${ID15}/view`, expected: { host: 'acme.my.salesforce.com', ticketId: ID18, url: view('acme.lightning.force.com') } },
  // Record page without the object name.
  { url: `https://acme.lightning.force.com/lightning/r/${ID18}/view`, expected: { host: 'acme.my.salesforce.com', ticketId: ID18, url: view('acme.lightning.force.com') } },
  // Case Comments related list.
  { url: `https://acme.lightning.force.com/lightning/r/Case/${ID18}/related/CaseComments/view`, expected: { host: 'acme.my.salesforce.com', ticketId: ID18, url: view('acme.lightning.force.com') } },
  // Opened from Omni-Channel.
  { url: `https://acme.lightning.force.com/lightning/r/Case/${OTHER18}/view?channel=OMNI`, expected: { host: 'acme.my.salesforce.com', ticketId: OTHER18, url: view('acme.lightning.force.com', OTHER18) } },
  // Console: a Contact subtab inside the Case's workspace.
  {
    url: `https://acme.lightning.force.com/lightning/r/Contact/003RO0000035WQgYAM/view?ws=%2Flightning%2Fr%2FCase%2F${ID18}%2Fview`,
    expected: { host: 'acme.my.salesforce.com', ticketId: ID18, url: view('acme.lightning.force.com') },
  },
  // Console: a Knowledge article subtab inside the Case's workspace.
  {
    url: `https://acme.lightning.force.com/lightning/r/Knowledge__kav/ka08W000000BB2DQAW/view?ws=%2Flightning%2Fr%2FCase%2F${OTHER18}%2Fview`,
    expected: { host: 'acme.my.salesforce.com', ticketId: OTHER18, url: view('acme.lightning.force.com', OTHER18) },
  },
  // Console: a related list of the Case's Account, in the Case's workspace (sandbox).
  {
    url: `https://acme--rspilot.sandbox.lightning.force.com/lightning/r/Account/0015g00000XyZabAAF/related/OrderSummaries/view?ws=%2Flightning%2Fr%2FCase%2F${OTHER18}%2Fview`,
    expected: { host: 'acme--rspilot.sandbox.my.salesforce.com', ticketId: OTHER18, url: view('acme--rspilot.sandbox.lightning.force.com', OTHER18) },
  },
  // Console: a child Case focused as a subtab of its parent's workspace → the focused (child) Case.
  {
    url: `https://acme.lightning.force.com/lightning/r/Case/${ID18}/view?ws=%2Flightning%2Fr%2FCase%2F${OTHER18}%2Fview`,
    expected: { host: 'acme.my.salesforce.com', ticketId: ID18, url: view('acme.lightning.force.com') },
  },
  // Sandbox (enhanced domains).
  { url: `https://acme--uat.sandbox.lightning.force.com/lightning/r/Case/${ID18}/view`, expected: { host: 'acme--uat.sandbox.my.salesforce.com', ticketId: ID18, url: view('acme--uat.sandbox.lightning.force.com') } },
  // Developer Edition (partitioned domain).
  { url: `https://acme-dev-ed.develop.lightning.force.com/lightning/r/Case/${ID18}/view`, expected: { host: 'acme-dev-ed.develop.my.salesforce.com', ticketId: ID18, url: view('acme-dev-ed.develop.lightning.force.com') } },
  // Classic, 15-character id with search-result parameters.
  { url: `https://acme.my.salesforce.com/${ID15}?srPos=0&srKp=500`, expected: { host: 'acme.my.salesforce.com', ticketId: ID18, url: view('acme.lightning.force.com') } },
  // Classic, 18-character id.
  { url: `https://acme.my.salesforce.com/${ID18}`, expected: { host: 'acme.my.salesforce.com', ticketId: ID18, url: view('acme.lightning.force.com') } },
  // Classic sandbox.
  { url: `https://acme--uat.sandbox.my.salesforce.com/${ID15}`, expected: { host: 'acme--uat.sandbox.my.salesforce.com', ticketId: ID18, url: view('acme--uat.sandbox.lightning.force.com') } },
  // Host in capitals (browsers lower-case it; pasted links may not be).
  { url: `https://ACME.Lightning.Force.com/lightning/r/Case/${ID18}/view`, expected: { host: 'acme.my.salesforce.com', ticketId: ID18, url: view('acme.lightning.force.com') } },
];

export const negatives: string[] = [
  'https://acme.lightning.force.com/lightning/o/Case/list?filterName=Recent',
  'https://acme.lightning.force.com/lightning/o/Case/home',
  'https://acme.lightning.force.com/lightning/r/Account/001D000000IqhSLIAZ/view',
  'https://acme.lightning.force.com/lightning/r/Contact/003RO0000035WQgYAM/view',
  'https://acme.lightning.force.com/lightning/r/Contact/003RO0000035WQgYAM/view?ws=%2Flightning%2Fr%2FAccount%2F001D000000IqhSLIAZ%2Fview',
  'https://acme.lightning.force.com/lightning/r/Report/00O5g000004XyZaEAK/view',
  'https://acme.lightning.force.com/lightning/page/home',
  'https://acme.lightning.force.com/lightning/setup/SetupOneHome/home',
  'https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home',
  'https://acme.my.salesforce.com/500/o',
  'https://acme.my.salesforce.com/001D000000IqhSL',
  'https://acme.my.site.com/s/case/5003000000D8cuIAAR/detail',
  'https://acme--c.vf.force.com/apex/Case_View?id=5003000000D8cuI&sfdc.override=1',
  // A Case id where the path names another object.
  'https://acme.lightning.force.com/lightning/r/Account/5003000000D8cuIAAR/view',
  // Not a Case id: wrong prefix, wrong length, bad checksum.
  'https://acme.lightning.force.com/lightning/r/Case/001D000000IqhSLIAZ/view',
  'https://acme.lightning.force.com/lightning/r/Case/5003000000D8cu/view',
  'https://acme.lightning.force.com/lightning/r/Case/5003000000D8cuIZZZ/view',
  // Not Salesforce, or not HTTPS.
  'http://acme.lightning.force.com/lightning/r/Case/5003000000D8cuIAAR/view',
  'https://acme.lightning.force.com.evil.example/lightning/r/Case/5003000000D8cuIAAR/view',
  'https://evil.example/lightning/r/Case/5003000000D8cuIAAR/view',
  'https://a.b.c.lightning.force.com/lightning/r/Case/5003000000D8cuIAAR/view',
];
