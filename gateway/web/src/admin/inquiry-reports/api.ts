import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../shared/api/client';

export type PeriodBy = 'day' | 'week' | 'month';
export type GroupBy = '' | 'label' | 'person' | 'channel';

export interface ReportRow {
  period: string;
  group: string;
  received: number;
  resolved: number;
  firstResponseMinutesMedian: number | null;
  firstResponseMinutesAverage: number | null;
  resolutionMinutesMedian: number | null;
  resolutionMinutesAverage: number | null;
}

export interface Report {
  series: ReportRow[];
  open: number;
  overdue: number;
}

export interface SurveyGroup {
  group: string;
  answers: number;
  average: number | null;
  /** How many answered 1, 2, 3, 4 and 5. */
  scores: number[];
}

export interface SurveyResults {
  groups: SurveyGroup[];
  sent: number;
  answers: number;
  average: number | null;
}

export interface ReportQuery {
  from: string;
  to: string;
  by: PeriodBy;
  groupBy: GroupBy;
}

export function reportSearch(query: ReportQuery): string {
  const search = new URLSearchParams({ from: query.from, to: query.to, by: query.by });
  if (query.groupBy) search.set('groupBy', query.groupBy);
  return search.toString();
}

export function surveySearch(query: ReportQuery, by: 'period' | 'person' | 'label'): string {
  return new URLSearchParams({ from: query.from, to: query.to, by, period: query.by }).toString();
}

export function useReport(query: ReportQuery, enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'inquiry-reports', reportSearch(query)],
    queryFn: () => apiFetch<Report>(`/api/inquiries/reports?${reportSearch(query)}`),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function useSurveyResults(query: ReportQuery, by: 'period' | 'person' | 'label', enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'survey-results', surveySearch(query, by)],
    queryFn: () => apiFetch<SurveyResults>(`/api/inquiries/survey/results?${surveySearch(query, by)}`),
    placeholderData: (previous) => previous,
    enabled,
  });
}
