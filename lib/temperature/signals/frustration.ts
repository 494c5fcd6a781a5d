/**
 * Frustration vocabulary: words customers use about the service when they are angry or fed up.
 * Technical words that only sound violent ("killed", "fatal", "abort") are deliberately absent.
 */
import { group } from './spec';

export const FRUSTRATION = [
  ...group(
    'frustration',
    12,
    [
      'unacceptable|ridiculous|absurd|outrageous|disgraceful|disgrace|disgusting|disgusted|appalling|appalled',
      'pathetic|useless|worst|horrible|horrendous|terrible|atrocious|abysmal|shocking|shameful',
      'furious|livid|fuming|infuriating|infuriated|incompetent|incompetence|inexcusable|unprofessional|laughable',
      'nightmare|scam|scammed|scammers|fraud|fraudulent|ripoff|robbery|liar|liars|lied|lying|cheated|cheating',
      'garbage|rubbish|trash|crap|crappy|sucks|awful|dreadful|worthless|shambles|shambolic|fiasco|joke|clowns|amateurs',
      'rip|ripped|ripping off',
      'fed up',
      'sick|tired of',
      'sick and tired',
      'had enough $',
      'enough is enough',
      'shame on',
      'are|you * kidding|joking',
      'kidding me',
      'give me a break',
      "for god's|pete's|heaven's sake",
      'wtf|ffs|smh',
      'waste|wasted|wasting * my|our|of * time|money|day|morning|afternoon|evening|weekend|life',
    ],
    { negation: 'cancel', intensify: true },
  ),
  ...group(
    'frustration',
    10,
    [
      'fuck|fucking|fucked|fck|shit|shitty|bullshit|bs|damn|dammit|goddamn|pissed|freaking|frickin|bloody',
      'the hell|heck',
      "no|lost|losing|running|don't|zero|out * patience",
    ],
    { negation: 'ignore' },
  ),
  ...group(
    'frustration',
    7,
    [
      'disappointed|disappointing|disappointment|frustrated|frustrating|frustration|annoyed|annoying|irritated|irritating',
      'upset|unhappy|dissatisfied|angry|mad|hate|hated|hates|rude|clueless|careless|sloppy|nonsense|mess|messed',
      'seriously|unbelievable|supposedly|ugh|argh|sigh|grr|jeez|omg|facepalm|disrespectful|insulting|insult|lazy|patronising|patronizing',
      'epicfail|customerservicefail|worstservice|badservice|notimpressed|neveragain',
      'ruined|ruin|ruins|ruining|mistreated|impolite|uncooperative|unhelpful|dumb|stupid|stinks|stink|suck',
      'fake|shady|dodgy|embarrassed|embarrassing|unorganized|unorganised|disorganized|disorganised|chaos',
      'lies|excuses|excuse|misery|miserable|hopeless|sucked|worse|horrid|ridiculously|idiots|idiot|morons',
      "can't believe",
      'do|doing better',
      'better than this',
      'ashamed|disturbing|terrifying|counterfeit|mismanaged|mismanagement|inept|ineptitude|ineptness|coward|cowards',
      'fatigue|exhausted|exhausting|tiresome|sick|tired',
      'hang|hangs|hanging|hung up on',
      'funny how',
      'no wonder',
      'drop|dropped|dropping the ball',
      'love of god',
      'no respect',
      'what the',
      'how hard|difficult can|is it',
    ],
    { negation: 'cancel', intensify: true },
  ),
  ...group('frustration', 12, ['😡|🤬|😤|😠|🖕']),
  ...group('frustration', 7, ['🙄|😒|👎|😩|😫']),
];
