import { type FormEvent, useRef, useState } from 'react';
import type { ReminderSettings } from '#contract';
import { BusyLabel } from '../account/BusyLabel.tsx';
import { DoneMessage } from '../account/DoneMessage.tsx';
import { FormProblem } from '../account/FormProblem.tsx';
import { TextField } from '../account/TextField.tsx';
import { type FieldErrors, useAccountForm } from '../account/use-account-form.ts';
import { api } from '../api-client.ts';
import {
  describeSettings,
  deskBreakChoices,
  formFromSettings,
  intervalLabel,
  REMINDER_FIELDS,
  type ReminderField,
  type ReminderForm,
  reminderProblemText,
  settingsFromForm,
  WEEKDAYS,
} from './reminder-form.ts';

/** The three reminders, each off or on with its times; saved with PUT /api/reminders. */
export function ReminderSettingsForm({
  stored,
  timeZone,
  deviceOn,
  onSaved,
}: {
  stored: ReminderSettings;
  /** This device's time zone: the times are saved in it. */
  timeZone: string;
  /** Whether this device shows reminders (null while not known). */
  deviceOn: boolean | null;
  onSaved: (settings: ReminderSettings) => void;
}) {
  const [form, setForm] = useState<ReminderForm>(() => formFromSettings(stored));
  const [saved, setSaved] = useState<ReminderSettings | null>(null);
  const before = useRef(formFromSettings(stored));
  const doneRef = useRef<HTMLDivElement>(null);
  const account = useAccountForm<ReminderField>(REMINDER_FIELDS);
  const { errors } = account;

  const change = <K extends keyof ReminderForm>(group: K, patch: Partial<ReminderForm[K]>) => {
    setSaved(null);
    setForm((f) => ({ ...f, [group]: { ...f[group], ...patch } }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    let settings: ReminderSettings | null = null;
    const validate = (): FieldErrors<ReminderField> => {
      const r = settingsFromForm(form, timeZone, before.current);
      if (r.ok) {
        settings = r.settings;
        return {};
      }
      return Object.fromEntries(r.errors.map((e) => [e.field, e.message]));
    };
    const ok = await account.submit(validate, async () => {
      const r = await api.put<ReminderSettings>('/api/reminders', settings);
      if (r.ok) {
        before.current = formFromSettings(r.data);
        setForm(formFromSettings(r.data));
        setSaved(r.data);
        onSaved(r.data);
        return { ok: true };
      }
      return { ok: false, problem: { message: reminderProblemText(r, 'saving your reminders') } };
    });
    if (ok) requestAnimationFrame(() => doneRef.current?.focus());
  };

  const { checkin, peg, deskBreak } = form;
  const savedLines = saved ? describeSettings(saved) : [];
  return (
    <form className="reminder-form" onSubmit={onSubmit} noValidate aria-labelledby="reminders-form-title">
      <h2 id="reminders-form-title">What to remind you of</h2>
      <fieldset className="reminder-group">
        <legend>Daily check-in</legend>
        <p className="account-check">
          <input
            id="reminder-checkin-on"
            type="checkbox"
            checked={checkin.enabled}
            onChange={(e) => change('checkin', { enabled: e.target.checked })}
          />
          <label htmlFor="reminder-checkin-on">Remind me to do my daily check-in</label>
        </p>
        {checkin.enabled ? (
          <TextField
            id="reminder-checkin-time"
            type="time"
            label="At"
            value={checkin.time}
            onChange={(e) => change('checkin', { time: e.target.value })}
            error={errors['checkin.time']}
            inputRef={account.inputRef('checkin.time')}
          />
        ) : null}
      </fieldset>

      <fieldset className="reminder-group">
        <legend>Weekly questions</legend>
        <p className="help reminder-help" id="reminder-peg-help">
          Pain, enjoyment of life and activity: three questions, once a week.
        </p>
        <p className="account-check">
          <input
            id="reminder-peg-on"
            type="checkbox"
            aria-describedby="reminder-peg-help"
            checked={peg.enabled}
            onChange={(e) => change('peg', { enabled: e.target.checked })}
          />
          <label htmlFor="reminder-peg-on">Remind me to answer the weekly questions</label>
        </p>
        {peg.enabled ? (
          <div className="reminder-times">
            <div className="account-field">
              <label className="field" htmlFor="reminder-peg-day">
                On
              </label>
              <select
                id="reminder-peg-day"
                value={peg.weekday}
                onChange={(e) => change('peg', { weekday: Number(e.target.value) })}
              >
                {WEEKDAYS.map((day, i) => (
                  <option key={day} value={i + 1}>
                    {day}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id="reminder-peg-time"
              type="time"
              label="At"
              value={peg.time}
              onChange={(e) => change('peg', { time: e.target.value })}
              error={errors['peg.time']}
              inputRef={account.inputRef('peg.time')}
            />
          </div>
        ) : null}
      </fieldset>

      <fieldset className="reminder-group">
        <legend>Breaks from sitting</legend>
        <p className="help reminder-help" id="reminder-desk-help">
          Moving a little, often, helps a back in spasm more than resting still.
        </p>
        <p className="account-check">
          <input
            id="reminder-desk-on"
            type="checkbox"
            aria-describedby="reminder-desk-help"
            checked={deskBreak.enabled}
            onChange={(e) => change('deskBreak', { enabled: e.target.checked })}
          />
          <label htmlFor="reminder-desk-on">Remind me to get up and move</label>
        </p>
        {deskBreak.enabled ? (
          <>
            <div className="account-field">
              <label className="field" htmlFor="reminder-desk-every">
                Every
              </label>
              <select
                id="reminder-desk-every"
                value={deskBreak.everyMinutes}
                onChange={(e) => change('deskBreak', { everyMinutes: Number(e.target.value) })}
              >
                {deskBreakChoices(deskBreak.everyMinutes).map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {intervalLabel(minutes)}
                  </option>
                ))}
              </select>
            </div>
            <div className="reminder-times">
              <TextField
                id="reminder-desk-from"
                type="time"
                label="From"
                value={deskBreak.from}
                onChange={(e) => change('deskBreak', { from: e.target.value })}
                error={errors['deskBreak.from']}
                inputRef={account.inputRef('deskBreak.from')}
              />
              <TextField
                id="reminder-desk-to"
                type="time"
                label="Until"
                value={deskBreak.to}
                onChange={(e) => change('deskBreak', { to: e.target.value })}
                error={errors['deskBreak.to']}
                inputRef={account.inputRef('deskBreak.to')}
              />
            </div>
            <p className="account-check">
              <input
                id="reminder-desk-weekdays"
                type="checkbox"
                checked={deskBreak.weekdaysOnly}
                onChange={(e) => change('deskBreak', { weekdaysOnly: e.target.checked })}
              />
              <label htmlFor="reminder-desk-weekdays">Only Monday to Friday</label>
            </p>
          </>
        ) : null}
      </fieldset>

      <p className="help">
        Times are in this device’s time zone: <span className="reminder-zone">{timeZone.replaceAll('_', ' ')}</span>.
      </p>
      {account.problem ? <FormProblem message={account.problem.message} problemRef={account.problemRef} /> : null}
      {saved ? (
        <DoneMessage
          title={savedLines.length ? 'Your reminders are saved.' : 'All reminders are off.'}
          messageRef={doneRef}
        >
          {savedLines.length ? (
            <ul className="reminder-saved">
              {savedLines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
          {savedLines.length && deviceOn === false ? (
            <p>To see them on this device, allow notifications above.</p>
          ) : null}
        </DoneMessage>
      ) : null}
      <button type="submit" className="btn btn-primary account-submit" aria-disabled={account.sending || undefined}>
        <BusyLabel busy={account.sending} idle="Save reminders" working="Saving…" />
      </button>
    </form>
  );
}
