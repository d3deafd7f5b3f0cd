import type { ReactNode } from 'react';

export type Tone = 'emergency' | 'urgent' | 'see_doctor' | 'self_care' | 'info';

const LABEL: Record<Tone, string> = {
  emergency: 'Emergency',
  urgent: 'Today',
  see_doctor: 'See a doctor',
  self_care: 'Self-care',
  info: 'Note',
};

/** A banner whose tone is written out as a word as well as shown by colour and icon. */
export function Notice({
  tone,
  title,
  children,
  role,
}: {
  tone: Tone;
  title: string;
  children?: ReactNode;
  role?: 'alert' | 'status';
}) {
  return (
    <div className={`notice notice-${tone}`} role={role}>
      <p className="notice-kind">
        <span aria-hidden="true">
          {tone === 'emergency' ? '⚠ ' : tone === 'urgent' ? '! ' : tone === 'self_care' ? '✓ ' : 'ℹ '}
        </span>
        {LABEL[tone]}
      </p>
      <p className="notice-title">{title}</p>
      {children}
    </div>
  );
}
