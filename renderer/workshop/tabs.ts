import type { ComponentType } from 'react';
import { ActionsTab } from '../actions/ActionsTab';
import { AgendaTab } from '../agenda/AgendaTab';
import { ExportTab } from '../exports/ExportTab';
import { FunnelTab } from '../funnel/FunnelTab';
import { ResultsTab } from '../results/ResultsTab';
import { DecideTab } from '../room/DecideTab';
import { SlaTab } from '../sla/SlaTab';
import { SurveyTab } from '../survey/SurveyTab';
import { OverviewTab } from './OverviewTab';

export interface WorkshopTab {
  id: string;
  label: string;
  Component: ComponentType;
}

/** The parts of an open workshop, in the order of the facilitator's journey. */
export const WORKSHOP_TABS: WorkshopTab[] = [
  { id: 'overview', label: 'Overview', Component: OverviewTab },
  { id: 'agenda', label: 'Agenda & objectives', Component: AgendaTab },
  { id: 'survey', label: 'Survey', Component: SurveyTab },
  { id: 'results', label: 'Results', Component: ResultsTab },
  { id: 'funnel', label: 'Funnel', Component: FunnelTab },
  { id: 'decide', label: 'Decide', Component: DecideTab },
  { id: 'actions', label: 'Actions', Component: ActionsTab },
  { id: 'sla', label: 'SLA', Component: SlaTab },
  { id: 'export', label: 'Export', Component: ExportTab },
];
