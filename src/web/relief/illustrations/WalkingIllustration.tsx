import { PoseFigure } from './PoseFigure.tsx';

/** Standing tall; then walking at an easy pace with the arms swinging naturally. */
export function WalkingIllustration() {
  return (
    <div className="relief-illus">
      <PoseFigure
        label="Start: standing up tall in flat shoes on level ground, arms relaxed by your sides."
        caption="1. Stand tall"
      >
        <line className="floor" x1="4" y1="115" x2="196" y2="115" />
        <circle cx="100" cy="15" r="9" />
        <polyline points="100,25 100,66" />
        <polyline className="far" points="102,66 102,90 102,111 110,111" />
        <polyline className="moving" points="98,66 98,90 98,111 106,111" />
        <polyline points="100,30 105,48 106,66" />
      </PoseFigure>
      <PoseFigure
        label="Then: walking at an easy, comfortable pace, arms swinging naturally, breathing normally."
        caption="2. Walk at an easy pace"
      >
        <line className="floor" x1="4" y1="115" x2="196" y2="115" />
        <circle cx="100" cy="15" r="9" />
        <polyline points="100,25 100,66" />
        <polyline className="far" points="100,66 94,89 83,109 90,112" />
        <polyline className="far" points="100,30 108,47 117,57" />
        <polyline className="ghost" points="98,66 98,90 98,111 106,111" />
        <polyline className="moving" points="100,66 109,88 117,110 125,111" />
        <polyline points="100,30 92,48 85,61" />
        <line className="arrow" x1="142" y1="60" x2="176" y2="60" />
        <polyline className="arrow" points="169,53 176,60 169,67" />
      </PoseFigure>
    </div>
  );
}
