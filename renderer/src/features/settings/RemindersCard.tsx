import { useState } from 'react';
import type { AppErrorInfo } from '../../../../shared/errors';
import type { ReminderSettings } from '../../../../shared/schemas/entities';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { finishDelivery } from '../../download';
import '../home/reminders.css';

const CHOICES = [120, 90, 60, 30, 14, 7, 1];

/**
 * Reminder settings, applied as they are ticked (as the appearance is: Settings has one Save, the
 * profile's), and the calendar file that carries the same reminders into the user's own calendar.
 */
export function RemindersCard({ settings, onChanged }: { settings: ReminderSettings; onChanged: () => Promise<void> }) {
  const [enabled, setEnabled] = useState(settings.enabled);
  const [chosen, setChosen] = useState(new Set(settings.thresholds));
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppErrorInfo | null>(null);

  async function apply(next: { enabled: boolean; chosen: Set<number> }) {
    setEnabled(next.enabled);
    setChosen(next.chosen);
    const result = await api.settings.updateReminders({ enabled: next.enabled, thresholds: [...next.chosen] });
    if (!result.ok) return setError(result.error);
    setError(null);
    setStatus('Reminder settings saved.');
    await onChanged();
  }

  async function exportCalendar() {
    const result = await api.calendar.export({});
    if (!result.ok) return setError(result.error);
    setError(null);
    let said: string;
    try {
      said = await finishDelivery(result.value);
    } catch (failed) {
      return setError({ code: 'internal', message: (failed as Error).message });
    }
    setStatus(`${said} Import it into your calendar; importing it again later updates the same events.`);
  }

  return (
    <section className="card" aria-labelledby="reminders-settings-heading">
      <h2 id="reminders-settings-heading">Reminders</h2>
      <p className="hint">
        Recert reminds you of deadlines, of CPR/AED cards that end before one, and of grace periods: in the app, and as
        desktop notifications in the desktop app.
      </p>
      <label className="field-check">
        <input type="checkbox" checked={enabled} onChange={(e) => void apply({ enabled: e.target.checked, chosen })} />
        <span>Remind me</span>
      </label>
      <fieldset className="thresholds" disabled={!enabled}>
        <legend>Days before each deadline</legend>
        {CHOICES.map((days) => (
          <label key={days} className="field-check">
            <input
              type="checkbox"
              checked={chosen.has(days)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(days);
                else next.delete(days);
                void apply({ enabled, chosen: next });
              }}
            />
            <span>{days === 1 ? '1 day' : `${days} days`}</span>
          </label>
        ))}
      </fieldset>
      <div className="header-actions">
        <button type="button" className="button" onClick={exportCalendar}>
          Export calendar (.ics)
        </button>
      </div>
      <ErrorText error={error} />
      <p className="status" role="status">
        {status}
      </p>
    </section>
  );
}
