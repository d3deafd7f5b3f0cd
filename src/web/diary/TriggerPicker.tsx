import { useId } from 'react';
import { TRIGGER_CODES, type TriggerCode } from '#knowledge';
import { CheckboxChoice } from './CheckboxChoice.tsx';
import { toggle } from './episode-form.ts';
import { TRIGGER_LABELS } from './labels.ts';

/** What might have set it off (a trigger is not the same as damage). */
export function TriggerPicker({ value, onChange }: { value: TriggerCode[]; onChange: (v: TriggerCode[]) => void }) {
  const id = useId();
  return (
    <fieldset>
      <legend>What might have set it off?</legend>
      <p className="help">Choose any that fit, or none. A trigger is not the same as damage.</p>
      <div className="choice-row">
        {TRIGGER_CODES.map((code) => (
          <CheckboxChoice
            key={code}
            id={`${id}-${code}`}
            label={TRIGGER_LABELS[code]}
            checked={value.includes(code)}
            onChange={(on) => onChange(toggle(value, code, on))}
          />
        ))}
      </div>
    </fieldset>
  );
}
