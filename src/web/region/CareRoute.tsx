import { DEFAULT_EMERGENCY_REGIONS, type Disposition, REGIONS, type Region } from '#knowledge';
import { useRegion } from './use-region.ts';

const route = (r: Region, disposition: 'urgent' | 'see_doctor'): string =>
  disposition === 'urgent' ? r.sameDay : r.doctor;

/** Where to get the help a disposition asks for, in the person's region (or the common ones). */
export function CareRoute({ disposition }: { disposition: Disposition }) {
  const region = useRegion();
  if (disposition !== 'urgent' && disposition !== 'see_doctor') return null;
  const lead = disposition === 'urgent' ? 'Same-day help' : 'Who to see';
  if (region) {
    return (
      <p>
        <strong>{lead}:</strong> {route(region, disposition)}.
      </p>
    );
  }
  return (
    <>
      <p>
        <strong>{lead}:</strong>
      </p>
      <ul>
        {REGIONS.filter((r) => DEFAULT_EMERGENCY_REGIONS.includes(r.id)).map((r) => (
          <li key={r.id}>
            {r.name}: {route(r, disposition)}
          </li>
        ))}
      </ul>
    </>
  );
}
