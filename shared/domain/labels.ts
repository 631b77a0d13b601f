/** The words for statuses and approvals, the same on every screen, in the CLI and in the PDF. */
import type { Approval } from '../schemas/entities';
import type { CycleStatus } from './rules/evaluation-types';

export const STATUS_LABELS: Record<CycleStatus, string> = {
  met: 'Covered',
  on_track: 'On track',
  at_risk: 'At risk',
  due_soon: 'Due soon',
  in_grace: 'In grace period',
  late_renewal: 'Late renewal',
  lapsed: 'Lapsed',
  renewed: 'Renewed',
  upcoming: 'Upcoming',
};

export const APPROVAL_LABELS: Record<Approval, string> = {
  approved: 'Approved',
  petition_pending: 'Petition pending',
  petition_approved: 'Petition approved',
  rejected: 'Rejected',
};
