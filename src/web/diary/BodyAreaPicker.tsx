import { useId } from 'react';
import type { BodyArea } from '#knowledge';
import { CheckboxChoice } from './CheckboxChoice.tsx';
import { toggle } from './episode-form.ts';
import { BODY_AREA_LABELS, BODY_REGIONS } from './labels.ts';

/** Where it hurts: the body areas grouped by region, any number of them. */
export function BodyAreaPicker({ value, onChange }: { value: BodyArea[]; onChange: (v: BodyArea[]) => void }) {
  const id = useId();
  return (
    <fieldset>
      <legend>Where does it hurt?</legend>
      <p className="help">Choose all that apply.</p>
      {BODY_REGIONS.map((region) => (
        <fieldset key={region.title} className="subgroup">
          <legend>{region.title}</legend>
          <div className="choice-row">
            {region.areas.map((area) => (
              <CheckboxChoice
                key={area}
                id={`${id}-${area}`}
                label={BODY_AREA_LABELS[area]}
                checked={value.includes(area)}
                onChange={(on) => onChange(toggle(value, area, on))}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
