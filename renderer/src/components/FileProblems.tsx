/** Certificate files missing or changed in the certificates folder, said once at the top of every screen. */
import type { AppData } from '../data';

export function FileProblems({ problems }: { problems: AppData['fileProblems'] }) {
  if (problems.length === 0) return null;
  return (
    <p className="warning-line" role="alert">
      {problems.length === 1 ? 'One certificate file is' : `${problems.length} certificate files are`} missing or
      changed in the certificates folder: {problems.map((p) => p.name).join(', ')}. Attach them again from your own
      copies.
    </p>
  );
}
