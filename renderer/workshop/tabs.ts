import { eagerScreen, lazyScreen, type LazyScreen } from '../loading/lazyScreen';
import { OverviewTab } from './OverviewTab';

export interface WorkshopTab {
  id: string;
  label: string;
  /** The tab's screen: the overview comes with the workshop screen, every other tab is a chunk of its own. */
  screen: LazyScreen;
}

/** The parts of an open workshop, in the order of the facilitator's journey. */
export const WORKSHOP_TABS: WorkshopTab[] = [
  { id: 'overview', label: 'Overview', screen: eagerScreen(OverviewTab) },
  {
    id: 'agenda',
    label: 'Agenda & objectives',
    screen: lazyScreen(() => import('../agenda/AgendaTab').then((m) => m.AgendaTab)),
  },
  { id: 'survey', label: 'Survey', screen: lazyScreen(() => import('../survey/SurveyTab').then((m) => m.SurveyTab)) },
  {
    id: 'results',
    label: 'Results',
    screen: lazyScreen(() => import('../results/ResultsTab').then((m) => m.ResultsTab)),
  },
  { id: 'funnel', label: 'Funnel', screen: lazyScreen(() => import('../funnel/FunnelTab').then((m) => m.FunnelTab)) },
  { id: 'decide', label: 'Decide', screen: lazyScreen(() => import('../room/DecideTab').then((m) => m.DecideTab)) },
  {
    id: 'actions',
    label: 'Actions',
    screen: lazyScreen(() => import('../actions/ActionsTab').then((m) => m.ActionsTab)),
  },
  { id: 'sla', label: 'SLA', screen: lazyScreen(() => import('../sla/SlaTab').then((m) => m.SlaTab)) },
  { id: 'export', label: 'Export', screen: lazyScreen(() => import('../exports/ExportTab').then((m) => m.ExportTab)) },
];
