// What is going on for this person now, on the start page: a running heat or cold timer and the
// last check's result. A chunk of its own (it runs the engine), loaded after the start page shows.
import { LastResult } from './LastResult.tsx';
import { RunningTimer } from './RunningTimer.tsx';

export function HomeNow() {
  return (
    <>
      <RunningTimer />
      <LastResult />
    </>
  );
}
