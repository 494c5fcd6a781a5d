/** Money at stake: refunds, wrong charges, lost revenue. */
import { group, groups } from './spec';

export const MONEY = /* @__PURE__ */ groups(
  group('money', 10, [
    'charged|billed|debited|charging|billing|paid * twice|double|again|incorrectly|wrongly',
    'double charged|billed|charge|charging|billing',
    'overcharged|overcharging|overbilled|overcharge',
    'took|taken|taking|stole|stolen|steal|keep|keeping|kept my|our money|cash|payment|funds|deposit',
    'what am|are i|we paying for',
    'losing|lost|lose ** money|revenue|sales|customers|business|orders',
    'costing|cost|costs us|me|our * money|revenue|sales|customers|business|orders|dollars|thousands|pounds|euros',
    'money back',
  ]),
  group('money', 7, [
    'refund|refunds|refunded|reimburse|reimbursed|reimbursement|compensation|compensate|chargeback',
    'dispute|disputing * charge|charges|payment|transaction',
    'paid|paying for',
    'charged|overdraft|penalty|penalties',
    'service credit|credits',
  ]),
);
