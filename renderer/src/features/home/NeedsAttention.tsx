import type { AppData } from '../../data';
import { attentionItems } from './attention';
import './reminders.css';

/** What needs attention, most urgent first; each item opens its credential. */
export function NeedsAttention({ data, onOpen }: { data: AppData; onOpen: (credentialId: string) => void }) {
  const items = attentionItems(data);
  if (data.credentials.length === 0) return null;
  return (
    <section className="card reminders" aria-labelledby="attention-heading">
      <h2 id="attention-heading">Needs attention</h2>
      {items.length === 0 ? (
        <p className="muted">Nothing right now: every credential is on track.</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key} className={`reminder reminder-${item.tone}`}>
              {item.credentialId ? (
                <button
                  type="button"
                  className="link-button row-title"
                  onClick={() => onOpen(item.credentialId as string)}
                >
                  {item.title}
                </button>
              ) : (
                <strong>{item.title}</strong>
              )}
              <span>{item.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
