import { PoseFigure } from './PoseFigure.tsx';

/** Lying on the back, one knee bent and one leg straight; then the straight leg lifted a hand's width. */
export function SingleLegRaiseIllustration() {
  return (
    <div className="relief-illus">
      <PoseFigure
        viewBox="0 50 200 60"
        label="Start: lying on your back, one knee bent with the foot flat, the other leg straight and resting on the floor."
        caption="1. Start"
      >
        <line className="floor" x1="4" y1="104" x2="196" y2="104" />
        <circle cx="22" cy="92" r="9" />
        <polyline points="36,98 96,98" />
        <polyline className="far" points="96,98 124,66 146,99 157,100" />
        <polyline className="moving" points="96,99 132,99 166,99 170,89" />
      </PoseFigure>
      <PoseFigure
        viewBox="0 50 200 60"
        label="Then: the straight leg lifted slowly, no higher than a hand's width off the floor; the other knee stays bent."
        caption="2. Lift a hand's width, hold"
      >
        <line className="floor" x1="4" y1="104" x2="196" y2="104" />
        <circle cx="22" cy="92" r="9" />
        <polyline points="36,98 96,98" />
        <polyline className="far" points="96,98 124,66 146,99 157,100" />
        <polyline className="ghost" points="96,99 132,99 166,99 170,89" />
        <polyline className="moving" points="96,98 132,89 166,81 169,71" />
        <line className="arrow" x1="184" y1="100" x2="184" y2="80" />
        <polyline className="arrow" points="178,86 184,80 190,86" />
      </PoseFigure>
    </div>
  );
}
