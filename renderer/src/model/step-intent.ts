/** What a next step asks the credential page to do when it opens it. */
import type { StepAction } from '../../../shared/domain/next-steps';

export type PageIntent = 'log' | 'edit' | 'export-packet' | 'renew' | 'plan';

/** The page's intent for a step's action (none for a step that only opens the page). */
export function intentOf(action: StepAction): PageIntent | undefined {
  return (
    {
      'log-activity': 'log',
      'edit-card': 'edit',
      'export-packet': 'export-packet',
      'record-renewal': 'renew',
      'open-plan': 'plan',
    } as const
  )[action as 'log-activity' | 'edit-card' | 'export-packet' | 'record-renewal' | 'open-plan'];
}
