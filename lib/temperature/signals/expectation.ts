/**
 * Broken expectations and problem reports: something does not work, did not arrive, or is not
 * what was promised. Many complaints are calm in tone, so this family carries weight on its own.
 */
import { built, group, groups } from './spec';

const NEG = "not|isn't|doesn't|didn't|won't|can't|never|wasn't|aren't|weren't|hasn't|haven't|couldn't|unable|nothing";
const DO =
  'work|working|works|load|loading|loads|open|opening|opens|connect|connecting|sync|syncing|start|starting|' +
  'arrive|arrived|arriving|come|came|show|showing|shows|showed|turn|turning|charge|charging|print|printing|' +
  'respond|responding|update|updating|download|downloading|install|installing|log|login|sign|send|sending|' +
  'receive|received|receiving|get|getting|got|deliver|delivered|let|letting|allow|allowing|accept|accepting|' +
  'play|playing|find|found|access|fix|fixed|resolve|resolved|help|helped|refund|refunded|ship|shipped|' +
  'process|processed|save|saving|pay|reach|reset|register|submit|use|using|book|booking|order|redeem|apply|' +
  'cancel|change|contact|make|see|hear|stream|run|running|boot|launch|back|delivering|match|matched|last|' +
  'accepted|allowed|available|able|possible|included|applied|credited|honoured|honored|replaced|returned|' +
  'powering|full|correct|right|clear|safe|normal|valid|ready|there|anywhere|listening|picking|answering|' +
  'notified|informed|contacted|acceptable|okay|ok|fair|trusted|supported|complete|completed|responding|' +
  'activate|return|track|verify|join|watch|read|check|scan|transfer|renew|unlock|restore|recover|add|remove|' +
  'delete|edit|upload|import|export|select|click|close|view|retrieve|call|text|email|message|log|sync|connect|' +
  'happens|happened|helps';

const THINGS =
  'order|orders|package|parcel|refund|delivery|money|item|items|stuff|driver|food|luggage|bag|bags|replacement|' +
  'engineer|technician|tech|response|reply|ticket|fix|update|invoice|credit|voucher|code|email|callback|answer';

export const EXPECTATION = /* @__PURE__ */ built(() =>
  groups(
  group('broken-expectation', 9, [
    NEG + ' * ' + DO,
    'still ' + NEG + '|don\'t|no|nothing|without',
    'stopped|stops|quit|quits * working|responding|loading|syncing|charging|showing|printing|connecting|playing|turning|sending|receiving|updating|functioning',
    'no|zero|without service|internet|power|signal|connection|connectivity|wifi|network|water|heating|heat|tv|phone|confirmation|information|info|respect|tracking|refund|sound|picture|access|delivery',
    'lack of',
    'need|needs|want|get|getting this|it * fixed|resolved|sorted|working',
    'expect|demand|deserve * explanation|apology|answer|credit|refund|compensation|rca|postmortem|root',
    'left|kept in the dark',
    'expect better|more',
    'breach|breached|breaching * sla|slas|contract|agreement|terms',
    'impossible',
    'doesn\'t|don\'t|didn\'t seem|seems to be? ' + DO,
    'does|do|did not seem to be? ' + DO,
    'was|were * working|fine * until|before|last|yesterday|earlier',
    'stop|stopping * sending|emailing|calling|texting|hassling|spamming|charging|tagging|messaging|contacting|bothering|harassing',
    'let|letting|lets me|us down',
    'let down',
    "haven't|hasn't|not|no|nothing|didn't|don't|isn't|still ** yet",
    'down since|for|again|all|today|everywhere',
    'expected better|more',
    'please explain',
    'how is it that',
    'what are|is you|your|they * doing about',
    'how does|will|is that|this help|helping',
    'on its own',
    'keep|keeps|kept|keeping on? crashing|failing|dropping|breaking|freezing|happening|disconnecting|logging|restarting|rebooting|losing|cutting|showing|sending|charging|cancelling|declining|rejecting|buffering|glitching|getting|flashing|popping|coming|turning|switching|shutting|powering|beeping|lagging|spinning|loading|timing|erroring|reverting|resetting|changing|deleting|missing|stopping|hanging|kicking|booting|going',
    'how is|was this|that okay|ok|acceptable|fair|right|possible|legal',
    'supposed to',
    'promised|guaranteed|assured',
    'you|they promised|said',
    'no longer',
    'never arrived|came|showed|received|delivered|turned|got|heard|worked|responded|answered',
    'what happened',
    "what's going on",
    "what's happening",
    'what is going on',
    'what is happening',
    "what's|what up with",
    'what is up with',
    'how come',
    'where is|are my|our|the? ' + THINGS,
    'where\'s my|our|the? ' + THINGS,
    // A utility or service that "is out" has stopped ("the power is out", "internet went out").
    'power|internet|electricity|service|wifi|cable|water|network|phone|tv|signal|broadband|heating is|was|went|goes|been|are|still out',
    'not|isn\'t|wasn\'t good enough',
  ]),
  group('broken-expectation', 9, [
    'is|was|been|still|went|goes|keeps|are|were|its|it\'s down|offline',
    'out of stock|order',
    'not in stock',
    'wrong item|order|size|product|address|charge|amount|information|info|answer|one',
    'complaint|complaints|complain|complaining|complained',
  ], { negation: 'cancel' }),
  group('broken-expectation', 5, [
    'broken|broke|crash|crashed|crashes|crashing|bug|bugs|buggy|glitch|glitches|glitchy|error|errors|errored',
    'issue|issues|problem|problems|outage|outages|fault|faulty|defective|damaged|missing|wrong|incorrect|incorrectly',
    'failed|fails|failing|failure|lost|stuck|frozen|freezes|freezing|delayed|delay|delays|late|overdue',
    'disconnected|disconnecting|dropped|dropping|unresponsive|unusable|unavailable|inaccessible|corrupted|corrupt',
    'declined|rejected|denied|locked|suspended|deactivated|hacked|stolen|cracked|scratched|dirty|stale|mistake|mistakes',
    'cancelled|canceled|unreliable|unstable|slow|slower|lagging|laggy|buffering|misleading|misled|confusing|unclear',
    'smell|smells|smoke|leak|leaking|leaks|rattling|squeak|squeaking|squeaked|recalled|recall|ripped|torn',
    'strange|weird|loud|grinding|clicking|buzzing noise|noises|sound|sounds|smell',
    'making|makes|made * noise|noises',
    'disappeared|vanished|drains|draining|interrupted|interrupting|expired|undercooked|overcooked|mould|mouldy|moldy',
    'empty|unsafe|dangerous|leaked|flickering|overheating|overheats|shattered|spilled|stains|stained|dead|downtime',
    'why',
    'was|were|been told',
    'instead of',
    'even though|despite',
    'fix|fixing|sort|resolve * this|it|the|my|our|your',
    'please fix|help',
  ], { negation: 'cancel' }),
  group('broken-expectation', 5, ['too late', 'anymore $']),
  // "should be" in a calm question asks what is right ("what should be our next step?"); in a
  // complaint it is a broken expectation ("it should have been fixed by now").
  group('broken-expectation', 5, ["should|shouldn't|should've have|be|not|been|of"], { softInQuestion: true }),
),
);
