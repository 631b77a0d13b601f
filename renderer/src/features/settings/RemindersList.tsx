import type { Reminder } from '../../../../shared/domain/reminders';
import { formatDate } from '../../format';

/** What needs attention soon, most urgent first. */
export function RemindersList({
  reminders,
  onOpen,
}: {
  reminders: readonly Reminder[];
  onOpen: (credentialId: string) => void;
}) {
  if (reminders.length === 0) return null;
  return (
    <section className="card reminders" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Needs attention</h2>
      <ul>
        {reminders.map((r) => (
          <li key={r.key} className={`reminder reminder-${r.kind}`}>
            <button type="button" className="link-button row-title" onClick={() => onOpen(r.credentialId)}>
              {r.title}
            </button>
            <span>{r.message}</span>
            <span className="muted">{formatDate(r.dueOn)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
