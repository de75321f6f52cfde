import type { Handlers, VisitEdited } from '../../shared/api/contract';
import { diffPlans } from '../../shared/logic/plan-changes';
import type { EventHub } from './events';
import type { PlanContext } from './services/plan-context';
import { visitDetail } from './services/visit-detail-service';
import { addVisit, updateVisit, type VisitWritten } from './services/visit-edit-service';
import { visitSummary } from './services/visit-summary';

type VisitMethod = 'visits.get' | 'visits.update' | 'visits.add';

/** The visit detail panel's methods: read a visit with its history, edit it, add one by hand. */
export function createVisitHandlers(ctx: PlanContext, events: EventHub): Pick<Handlers, VisitMethod> {
  /** A plan version answers as an edit does (what changed from the plan before), and listeners hear of it. */
  const answer = ({ visit, version }: VisitWritten): VisitEdited => {
    if (!version) return { visit: visitSummary(visit), plan: null };
    const view = ctx.store.view(version.plan);
    events.emit('plans.saved', { date: version.plan.date, planId: version.plan.id, stats: version.plan.stats });
    return {
      visit: visitSummary(visit),
      plan: { changes: diffPlans(version.base, version.plan), canUndo: view.canUndo, canRedo: view.canRedo, visitStatuses: [] },
    };
  };

  return {
    'visits.get': ({ id }) => visitDetail(ctx.repos, id),
    'visits.update': async ({ id, changes }) => answer(await updateVisit(ctx, id, changes)),
    'visits.add': ({ visit }) => answer(addVisit(ctx, visit)),
  };
}
