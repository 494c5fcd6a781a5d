/** Emoji and emoticons that carry tone: the same in every language Keel reads. Never
 * negated ("not 😡" is not a thing customers write). */
import { group, groups } from './spec';

export const EMOJI_SIGNALS = /* @__PURE__ */ groups(
  group('frustration', 12, ['😡|🤬|😤|😠|🖕']),
  group('frustration', 7, ['🙄|😒|👎|😩|😫|🤦|🤮']),
  group('negative', 5, [':(|😞|😢|😭|😣|😖|😕|😟|😥|😑|😔|🙁|😓|💔|🤢']),
  group('positive', -4, [':)|😊|😀|😁|😃|😄|🙂|❤|😍|👍|😘|🤗|🎉|👏|🤩|💙|💚|💜']),
);
