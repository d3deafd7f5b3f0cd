import { PoseFigure } from './PoseFigure.tsx';

/** Lying on the back with the lower back in its natural curve; then the small of the back pressed gently down. */
export function PelvicTiltIllustration() {
  return (
    <div className="relief-illus">
      <PoseFigure
        viewBox="0 50 200 60"
        label="Start: lying on your back, knees bent, feet flat and arms by your sides, the lower back resting in its natural small curve off the floor."
        caption="1. Start: natural curve"
      >
        <line className="floor" x1="4" y1="104" x2="196" y2="104" />
        <circle cx="22" cy="92" r="9" />
        <path className="moving" d="M36 98 C 54 98, 66 89, 96 98" />
        <polyline className="far" points="96,98 128,68 150,99 161,100" />
        <polyline points="96,98 124,66 146,99 157,100" />
      </PoseFigure>
      <PoseFigure
        viewBox="0 50 200 60"
        label="Then: tummy muscles gently tightened, the small of the back pressed towards the floor so the pelvis tilts up a little; the bottom stays on the floor."
        caption="2. Press the back down, hold"
      >
        <line className="floor" x1="4" y1="104" x2="196" y2="104" />
        <circle cx="22" cy="92" r="9" />
        <path className="ghost" d="M36 98 C 54 98, 66 89, 96 98" />
        <path className="moving" d="M36 98 L 96 98" />
        <polyline className="far" points="96,98 128,68 150,99 161,100" />
        <polyline points="96,98 124,66 146,99 157,100" />
        <line className="arrow" x1="72" y1="66" x2="72" y2="88" />
        <polyline className="arrow" points="65,81 72,88 79,81" />
      </PoseFigure>
    </div>
  );
}
