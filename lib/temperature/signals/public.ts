/** Threats to take the complaint public: reviews, social media, the press. */
import { group } from './spec';

export const PUBLIC = group('public-exposure', 16, [
  'social media',
  'go|going public',
  'tell|telling|warn|warning everyone|everybody|others|people|friends|family|world|colleagues|network',
  'spread the word',
  'go|going|went|contact|contacting|tell|telling|call|calling|talk|talking * to? the press|media|news|newspapers',
  'journalist|journalists|reporter|reporters',
  'bad|negative|terrible|honest|scathing|1|one|zero star|stars? review|reviews|rating|ratings',
  'leave|leaving|write|writing|post|posting * review|reviews',
  'post|posting|share|sharing|tweet|tweeting|put|putting * on|about * twitter|facebook|linkedin|reddit|instagram|tiktok|youtube|trustpilot|yelp|everywhere|online',
  'trustpilot|yelp|glassdoor',
  'boycott|boycotting',
  'viral',
  'expose|exposing',
]);
