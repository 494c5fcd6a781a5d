/** Repeated contact: the customer says this is not the first time ("third time", "still", "again"). */
import { group, groups } from './spec';

export const REPEAT = /* @__PURE__ */ groups(
  group('repeat-contact', 10, [
    'third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|tenth|10th|nth|umpteenth|hundredth|100th|millionth time',
    'yet|once again',
    'again and again',
    'over and over',
    'time and|after time',
    'how many times|more',
    'not the first time',
    'second|third|fourth|fifth|2nd|3rd|4th|5th|another outage|incident|failure|breach|crash',
    'every single time',
    'same thing * happened|happening|again',
    'multiple|several|many|numerous|countless|dozen|dozens|3|three|4|four|5|five|6|six|7|seven|8|eight|10|ten|20|twenty|100|hundred times|occasions|calls|emails|attempts|tries',
    'keep|keeps|kept|keeping on? asking|telling|saying|calling|emailing|chasing|explaining|repeating|contacting|ringing',
    'as i|we * said|mentioned|explained|stated|told',
    "i've|we've * said|explained|told|mentioned",
    'already * told|sent|explained|provided|called|emailed|contacted|asked|given|tried|reported|submitted|raised|filed|complained|dm|dmed|messaged|done',
    'complained|called|emailed|contacted|chased|reported|rang|phoned|messaged|wrote|asked|sent|submitted|explained|provided|gave * twice|repeatedly|before|already',
    'done|did|tried|sent|told|said|explained|provided|answered * already',
    'chasing|chased',
  ]),
  group('repeat-contact', 4, ['again', 'second|2nd time', 'every|each time', 'everytime', 'repeatedly', 'same issue|problem|error|thing|story|response|answer', 'as usual']),
  group('repeat-contact', 3, ['always']),
  group('repeat-contact', 3, ['still']),
);
