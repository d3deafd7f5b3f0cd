import { DEFAULT_EMERGENCY_REGIONS, EMERGENCY_ACTION_TEXT, REGIONS } from '#knowledge';
import { RegionPicker } from '../region/RegionPicker.tsx';
import { useRegion } from '../region/use-region.ts';

/** What to do in an emergency: big, first, nothing competing. The person's region's number. */
export function EmergencyActions() {
  const region = useRegion();
  const shown = region ? [region] : REGIONS.filter((r) => DEFAULT_EMERGENCY_REGIONS.includes(r.id));
  return (
    <div className="stack">
      <p className="row">
        {shown.map((r) => (
          <a key={r.id} className="btn btn-danger btn-big" href={`tel:${r.emergency.number}`}>
            {r.emergency.label}
          </a>
        ))}
      </p>
      <p>{EMERGENCY_ACTION_TEXT}</p>
      <RegionPicker />
    </div>
  );
}
