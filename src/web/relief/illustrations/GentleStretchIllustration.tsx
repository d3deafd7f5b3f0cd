import { PoseFigure } from './PoseFigure.tsx';

/** Seen from above: lying on the back, arms out, knees bent together; then both knees rolled a little to one side. */
export function GentleStretchIllustration() {
  return (
    <div className="relief-illus">
      <PoseFigure
        label="Start, seen from above: lying on your back with arms resting out to the sides and both knees bent and together, feet flat."
        caption="1. Start (seen from above)"
      >
        <rect className="floor" x="36" y="3" width="128" height="114" rx="6" />
        <circle cx="100" cy="17" r="9" />
        <polyline points="100,27 100,70" />
        <polyline points="100,32 74,38 52,48" />
        <polyline points="100,32 126,38 148,48" />
        <polyline points="92,70 108,70" />
        <polyline className="moving" points="95,70 95,112" />
        <polyline className="moving" points="105,70 105,112" />
      </PoseFigure>
      <PoseFigure
        label="Then, seen from above: both knees rolled slowly a little way to one side, shoulders still resting on the floor."
        caption="2. Roll knees to one side, hold"
      >
        <rect className="floor" x="36" y="3" width="128" height="114" rx="6" />
        <circle cx="100" cy="17" r="9" />
        <polyline points="100,27 100,70" />
        <polyline points="100,32 74,38 52,48" />
        <polyline points="100,32 126,38 148,48" />
        <polyline points="92,70 108,70" />
        <polyline className="ghost" points="95,70 95,112" />
        <polyline className="ghost" points="105,70 105,112" />
        <polyline className="moving" points="95,70 128,90 100,112" />
        <polyline className="moving" points="105,70 140,82 110,112" />
        <path className="arrow" d="M112 60 Q 134 56 148 68" />
        <polyline className="arrow" points="140,68 148,68 147,60" />
      </PoseFigure>
    </div>
  );
}
