/** What to do in an emergency: big, first, nothing competing. */
export function EmergencyActions() {
  return (
    <div className="stack">
      <p className="row">
        <a className="btn btn-danger btn-big" href="tel:999">
          Call 999 (UK)
        </a>
        <a className="btn btn-danger btn-big" href="tel:112">
          Call 112 (Europe)
        </a>
        <a className="btn btn-danger btn-big" href="tel:911">
          Call 911 (US)
        </a>
      </p>
      <p>
        Or go to the nearest emergency department now. Do not drive yourself: ask someone to take you, or call an
        ambulance.
      </p>
    </div>
  );
}
