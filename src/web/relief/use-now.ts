import { useEffect, useState } from 'react';

/**
 * The current time (epoch ms), refreshed every `intervalMs`. With an `anchor` (say a countdown's
 * end) the ticks fall just after each whole interval before it, so a seconds display never skips
 * or repeats a second. Refreshes at once when the page becomes visible again, since background
 * tabs are throttled.
 */
export function useNow(intervalMs: number, anchor = 0): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      const phase = (((Date.now() - anchor) % intervalMs) + intervalMs) % intervalMs;
      timer = setTimeout(tick, intervalMs - phase + 15);
    };
    const tick = () => {
      setNow(Date.now());
      schedule();
    };
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      clearTimeout(timer);
      tick();
    };
    tick();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [intervalMs, anchor]);
  return now;
}
