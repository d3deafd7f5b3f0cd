import { useCallback, useState } from 'react';

/**
 * A message for a polite live region: screen readers hear it once, at the moments that matter
 * (start, one minute left, the end), never every second. A repeated message is still spoken
 * because the text changes (a zero-width space is toggled on the end).
 */
export function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => setMessage((prev) => (prev === next ? `${next}\u200b` : next)), []);
  return [message, announce];
}
