// On the diary's home page: a prompt for the weekly questions when none was answered this
// calendar week (Monday first).
import { useEffect, useState } from 'react';
import type { PegList } from '#contract';
import { weekStart } from '#engine';
import { api } from '../api-client.ts';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { localDate } from './local-time.ts';

export function PegPrompt() {
  const [due, setDue] = useState(false);
  useEffect(() => {
    let live = true;
    void api.get<PegList>(`/api/peg?from=${weekStart(localDate(new Date()))}&limit=1`).then((r) => {
      if (live && r.ok) setDue(r.data.items.length === 0);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!due) return null;
  return (
    <Notice tone="info" title="Your weekly questions">
      <p>
        Three quick questions about your pain and what it gets in the way of. Your trends show how the answers change.
      </p>
      <p>
        <Link className="btn btn-secondary" href="/diary/peg">
          Answer this week's questions
        </Link>
      </p>
    </Notice>
  );
}
