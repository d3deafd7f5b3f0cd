import type { DiaryPattern } from '#engine';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';

/** A cross-week escalation from the diary (engine diaryPatterns): what it is, why, what to do. */
export function PatternBanner({ pattern }: { pattern: DiaryPattern }) {
  return (
    <Notice tone="see_doctor" title={pattern.title} role="status">
      <p>
        <strong>Why:</strong> {pattern.why}
      </p>
      <p>{pattern.text}</p>
      <p>
        <Link href="/check">Do the check again</Link>
      </p>
    </Notice>
  );
}
