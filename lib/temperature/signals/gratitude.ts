/**
 * Thanks calm a thread, unless they are sarcastic. "Thanks for nothing" is anger, and thanks in a
 * message that is otherwise heated earn no credit (handled in `message.ts`).
 */
import { group, groups } from './spec';

export const GRATITUDE = /* @__PURE__ */ groups(
  group('gratitude', -6, [
    'thanks|thank|appreciate|appreciated|grateful|cheers|kudos|thankful|merci',
    'much appreciated',
    'props|kudos|shoutout|hats * to', 'shout out',
    'thank you|u|so|very',
    'thanks so|very|a|again? much|lot|ton|bunch',
  ]),
  group('sarcasm', 12, [
    'thanks|thank|cheers * for nothing|wasting|ruining|ignoring|never|not',
    'thanks|thank|cheers * for the runaround|hassle|headache',
    'yeah|yea right',
  ]),
  group('sarcasm', 10, [
    'thanks|thank you? a lot|again $',
    'yeah|yea sure',
    'oh great|joy|good|wonderful|brilliant|perfect',
    'just great|perfect|brilliant|wonderful|fantastic|lovely',
    'great|good|nice|brilliant|excellent|fantastic * job|work|service $',
    'love|loving|gotta|got * how|that|when|being|waiting',
    'well done|played',
    'way to go',
    'nice one',
    'good|great to know',
  ], { contextual: true }),
);
