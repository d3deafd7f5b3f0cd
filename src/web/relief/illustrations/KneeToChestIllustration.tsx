import { PoseFigure } from './PoseFigure.tsx';

/** Lying on the back, knees bent; then one knee drawn gently towards the chest, hands behind the thigh. */
export function KneeToChestIllustration() {
  return (
    <div className="relief-illus">
      <PoseFigure
        viewBox="0 28 200 82"
        label="Start: lying on your back with a small pillow under your head, both knees bent and feet flat."
        caption="1. Start"
      >
        <line className="floor" x1="4" y1="104" x2="196" y2="104" />
        <ellipse className="prop" cx="22" cy="100" rx="15" ry="3.5" />
        <circle cx="22" cy="87" r="9" />
        <polyline points="36,95 96,98" />
        <polyline className="far" points="96,98 128,68 150,99 161,100" />
        <polyline className="moving" points="96,98 124,66 146,99 157,100" />
      </PoseFigure>
      <PoseFigure
        viewBox="0 28 200 82"
        label="Then: one knee drawn gently towards the chest, hands holding behind the thigh; the other foot stays flat on the floor."
        caption="2. Knee towards chest, hold"
      >
        <line className="floor" x1="4" y1="104" x2="196" y2="104" />
        <ellipse className="prop" cx="22" cy="100" rx="15" ry="3.5" />
        <circle cx="22" cy="87" r="9" />
        <polyline points="36,95 96,98" />
        <polyline className="far" points="96,98 128,68 150,99 161,100" />
        <polyline className="ghost" points="96,98 124,66 146,99 157,100" />
        <polyline className="moving" points="96,98 74,64 108,56 112,47" />
        <polyline points="40,94 54,77 80,73" />
        <path className="arrow" d="M126 56 Q 114 36 94 40" />
        <polyline className="arrow" points="102,34 94,40 102,46" />
      </PoseFigure>
    </div>
  );
}
