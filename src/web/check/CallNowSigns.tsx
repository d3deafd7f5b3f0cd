import { CALL_NOW_SIGNS } from '#knowledge';
import { CallButtons } from '../ui/CallButtons.tsx';

/** The warning signs that mean "call now", named, with the region's tap-to-call number. */
export function CallNowSigns() {
  return (
    <section className="call-now" aria-labelledby="call-now-title">
      <h2 id="call-now-title">Call at once if you notice</h2>
      <ul className="call-now-signs">
        {CALL_NOW_SIGNS.signs.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <CallButtons compact />
    </section>
  );
}
