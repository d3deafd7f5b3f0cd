import type { JSX } from 'react';
import { GentleStretchIllustration } from './illustrations/GentleStretchIllustration.tsx';
import { KneeToChestIllustration } from './illustrations/KneeToChestIllustration.tsx';
import { PelvicTiltIllustration } from './illustrations/PelvicTiltIllustration.tsx';
import { SingleLegRaiseIllustration } from './illustrations/SingleLegRaiseIllustration.tsx';
import { WalkingIllustration } from './illustrations/WalkingIllustration.tsx';

const BY_ID: Record<string, () => JSX.Element> = {
  'exercise/knee-to-chest': KneeToChestIllustration,
  'exercise/pelvic-tilt': PelvicTiltIllustration,
  'exercise/single-leg-raise': SingleLegRaiseIllustration,
  'exercise/gentle-stretch': GentleStretchIllustration,
  'exercise/walking': WalkingIllustration,
};

/** The drawings of the start and end positions, or nothing for an exercise not yet drawn. */
export function ExerciseIllustration({ id }: { id: string }) {
  const Drawing = BY_ID[id];
  if (!Drawing) return null;
  return (
    <>
      <Drawing />
      <p className="help relief-illus-key">In colour: the part that moves. Dashed: where it started.</p>
    </>
  );
}
