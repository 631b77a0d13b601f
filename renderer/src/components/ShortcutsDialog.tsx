import { COMMAND_IDS, COMMANDS, shortcutText } from '../../../shared/commands';
import { Dialog } from './Dialog';

const MAC = /Mac|iPhone|iPad/.test(navigator.platform);

/** Every keyboard shortcut, from the same table as the menu. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const rows = COMMAND_IDS.filter((id) => COMMANDS[id].accelerator);
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <table className="table compact">
        <caption className="visually-hidden">Keyboard shortcuts</caption>
        <tbody>
          {rows.map((id) => (
            <tr key={id}>
              <th scope="row">{COMMANDS[id].label.replace(/…$/, '')}</th>
              <td>
                <kbd>{shortcutText(COMMANDS[id].accelerator as string, MAC)}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Arrow keys move between cycles on the timeline; Escape closes the top dialog.</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
