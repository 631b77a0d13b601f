/** `app:*` handlers: status, everything the screens show at once, and notices. */
import { CATALOG_VERSION } from '../../../shared/domain/catalog/catalog';
import type { CredentialEvaluation } from '../../../shared/domain/rules/evaluation-types';
import { evaluateStored } from '../evaluation';
import { currentReminders } from '../reminders';
import { dismissNotice } from '../../../shared/domain/records/operations/settings';
import { stillPlanned } from '../../../shared/domain/records/operations/plan';
import type { Activity } from '../../../shared/schemas/entities';
import { changesBetween, collectionOf, versionOf } from '../store/versions';
import type { HandlerContext, Handlers } from './context';

const statusOf = ({ store, version, today, chooseFile, openPath }: HandlerContext) => ({
  version,
  today: today(),
  capabilities: { chooseFile: chooseFile !== undefined, openFile: openPath !== undefined },
  dataDir: store.dataDir,
  schemaVersion: store.data.schemaVersion,
  notices: store.data.settings.notices,
});

/**
 * The overview sends each credential's contributions for the cycle the page opens on (the current
 * one) only: every cycle's list, at 10,000 activities, is megabytes the page rarely shows. The
 * page asks `credentials:cycle` for another cycle's.
 */
function currentContributionsOnly(e: CredentialEvaluation): CredentialEvaluation {
  const shown = e.currentIndex ?? 0;
  return {
    ...e,
    cycles: e.cycles.map((c, i) => (i === shown ? c : { ...c, contributions: [], contributionsLeftOut: true })),
  };
}

export const appHandlers = {
  'app:status': async (_input, ctx) => statusOf(ctx),

  'app:overview': async ({ have }, ctx) => {
    const status = statusOf(ctx);
    const doc = ctx.store.data;
    // One evaluation serves the report and the reminders.
    const evaluations = evaluateStored(doc, status.today);
    const activities = versionOf(doc.activities);
    const unchanged = have?.activities === activities;
    // A page one or a few changes behind gets those changes; one further behind, the whole list.
    const had = unchanged || !have?.activities ? undefined : (collectionOf(have.activities) as Activity[] | undefined);
    const activityChanges = had ? changesBetween(had, doc.activities) : null;
    return {
      versions: { activities },
      status,
      profile: doc.profile,
      credentials: doc.credentials,
      customTypes: doc.customTypes,
      report: {
        today: status.today,
        catalogVersion: CATALOG_VERSION,
        evaluations: evaluations.map(currentContributionsOnly),
      },
      activities: unchanged || activityChanges ? null : doc.activities,
      activityChanges,
      attachments: doc.attachments,
      reminders: currentReminders(ctx.store, status.today, evaluations),
      reminderSettings: doc.settings.reminders,
      plannedCredentials: doc.plannedCredentials.filter((p) => stillPlanned(p, doc.credentials)),
    };
  },

  'app:dismissNotice': async ({ id }, { store }) => store.mutate((doc) => dismissNotice(doc, id)),
} satisfies Pick<Handlers, 'app:status' | 'app:overview' | 'app:dismissNotice'>;
