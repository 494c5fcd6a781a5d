import { DESK_REGISTRY, type Desk } from '@/lib/hosts/registry';
import { deskLabel } from '@/lib/ui/labels';

export function DeskIcon({ desk, size = 18 }: { desk: Desk; size?: number }) {
  const { icon } = DESK_REGISTRY[desk];
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" role="img" aria-label={deskLabel(desk)} className="desk-icon">
      <rect width="20" height="20" rx="5" fill={icon.color} />
      <text x="10" y="14.5" textAnchor="middle" fontSize="12" fontWeight="700" fill="#fff" fontFamily="system-ui, sans-serif">
        {icon.letter}
      </text>
    </svg>
  );
}
