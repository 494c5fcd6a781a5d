/** Legal or regulator threats: the customer is preparing to involve a third party with teeth. */
import { built, group, groups } from './spec';

const COUNSEL = 'lawyer|lawyers|attorney|attorneys|solicitor|solicitors';

export const LEGAL = /* @__PURE__ */ built(() =>
  groups(
  group('legal-threat', 32, [
    'lawyer|lawyers|attorney|attorneys|solicitor|solicitors|barrister',
    'legal action|proceedings|recourse|steps|route',
    'sue|suing',
    'lawsuit|litigation',
    'class action',
    'take|taking|took * to court',
    'take|taking|took|bring|send|hand|pass|speak|speaking|talk|talking|consult|consulting|call|calling * to|with * ' + COUNSEL + '|legal',
    'get|getting|have * ' + COUNSEL + '|legal involved',
    'involve|involving * ' + COUNSEL + '|legal',
    'small claims',
    'see|seeing you in court',
  ]),
  group('legal-threat', 22, [
    'our|my legal team|department|counsel',
    'ombudsman|regulator|regulators',
    'ofcom|ofgem|ofwat|fca|cfpb|ftc|fcc|bbb|trai|dgca|ico|accc',
    'better business bureau',
    'trading standards',
    'attorney general',
    'consumer protection|rights|affairs|forum|court|council|commission',
    'data protection authority|commissioner',
    'breach of contract',
    'report|reporting you|this to the? authorities|police|regulator|ombudsman',
    'file|filing|lodge|lodging|raise|raising a? complaint with',
  ]),
),
);
