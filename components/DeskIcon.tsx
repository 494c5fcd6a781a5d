import type { Desk } from '@/lib/model/case-ref';
import { deskLabel } from '@/lib/ui/labels';

const COLORS: Record<Desk, string> = { zendesk: '#03363d', jira: '#0052cc', salesforce: '#00a1e0' };
const LETTERS: Record<Desk, string> = { zendesk: 'Z', jira: 'J', salesforce: 'S' };

export function DeskIcon({ desk, size = 18 }: { desk: Desk; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" role="img" aria-label={deskLabel(desk)} className="desk-icon">
      <rect width="20" height="20" rx="5" fill={COLORS[desk]} />
      <text x="10" y="14.5" textAnchor="middle" fontSize="12" fontWeight="700" fill="#fff" fontFamily="system-ui, sans-serif">
        {LETTERS[desk]}
      </text>
    </svg>
  );
}
