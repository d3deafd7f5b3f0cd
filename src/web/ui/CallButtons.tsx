import { DEFAULT_EMERGENCY_REGIONS, REGIONS } from '#knowledge';
import { useRegion } from '../region/use-region.ts';

/**
 * Tap-to-call links for the person's region (or every common region while it is unknown). The
 * numbers and labels come from the knowledge base. `compact` for a line among other content.
 */
export function CallButtons({ compact = false }: { compact?: boolean }) {
  const region = useRegion();
  const shown = region ? [region] : REGIONS.filter((r) => DEFAULT_EMERGENCY_REGIONS.includes(r.id));
  return (
    <span className="call-buttons">
      {shown.map((r) => (
        <a key={r.id} className={`btn btn-danger${compact ? ' btn-small' : ''}`} href={`tel:${r.emergency.number}`}>
          <span aria-hidden="true">☎ </span>
          {r.emergency.label}
        </a>
      ))}
    </span>
  );
}
