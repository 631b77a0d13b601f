/**
 * Where a next step on Home takes the user: the add-card form (a new card), or the credential's
 * page, told what to do once it opens (log, edit the card, export, renew, show the plan).
 */
import type { NextStep } from '../../../shared/domain/next-steps';
import { intentOf, type PageIntent } from './step-intent';

export type StepNavigation =
  { command: 'add-credential' } | { open: string; intent: { credentialId: string; intent: PageIntent } | null };

export function stepNavigation(step: Pick<NextStep, 'action' | 'credentialId'>): StepNavigation {
  if (step.action === 'add-card') return { command: 'add-credential' };
  const wanted = intentOf(step.action);
  return { open: step.credentialId, intent: wanted ? { credentialId: step.credentialId, intent: wanted } : null };
}
