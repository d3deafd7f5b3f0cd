import { useId } from 'react';
import { REGIONS, type RegionId } from '#knowledge';
import { chooseRegion } from './region.ts';
import { useRegion } from './use-region.ts';

/** "Where are you?": changes the emergency number and care routes everywhere. */
export function RegionPicker() {
  const region = useRegion();
  const id = useId();
  return (
    <p className="region-picker">
      <label htmlFor={id}>Where are you? </label>
      <select
        id={id}
        value={region?.id ?? ''}
        onChange={(e) => {
          const chosen = REGIONS.find((r) => r.id === e.target.value);
          if (chosen) chooseRegion(chosen.id as RegionId);
        }}
      >
        {region ? null : <option value="">Choose…</option>}
        {REGIONS.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </p>
  );
}
