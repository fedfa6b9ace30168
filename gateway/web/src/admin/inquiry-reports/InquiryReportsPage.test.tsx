import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STAFF } from '../../test/itemRecords';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';

configure({ asyncUtilTimeout: 5000 });

const row = (period: string, group: string, first: number | null) => ({
  period,
  group,
  received: 4,
  resolved: 3,
  firstResponseMinutesMedian: first,
  firstResponseMinutesAverage: first === null ? null : first + 5,
  resolutionMinutesMedian: 600,
  resolutionMinutesAverage: 650.5,
});
const REPORT = { series: [row('2026-10', '配送', 30), row('2026-10', '', 45), row('2026-11', '配送', null)], open: 12, overdue: 2 };
const SURVEY = { groups: [{ group: '佐藤 一郎', answers: 5, average: 4.2, scores: [0, 0, 1, 2, 2] }], sent: 9, answers: 5, average: 4.2 };

describe('inquiry reports', () => {
  it('charts the figures of the period, lists them and counts open and overdue inquiries', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/inquiries/reports', answer: { status: 200, body: REPORT } },
        { method: 'GET', path: '/api/inquiries/survey/results', answer: { status: 200, body: SURVEY } },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/inquiry-reports?from=2026-10-01&to=2026-11-30&by=month&groupBy=label');
    await waitFor(() => expect(screen.getByTestId('report-open')).toHaveTextContent('12'));
    expect(screen.getByTestId('report-overdue')).toHaveTextContent('2');
    const query = gateway.calls('GET', '/api/inquiries/reports')[0].query;
    expect([query.get('from'), query.get('to'), query.get('by'), query.get('groupBy')]).toEqual(['2026-10-01', '2026-11-30', 'month', 'label']);
    // Two bars with a first-response time; the November one without any has none.
    expect(within(screen.getByTestId('report-chart')).getAllByTestId('bar')).toHaveLength(2);
    const rows = screen.getAllByTestId('report-row');
    expect(rows[0]).toHaveTextContent('2026-10配送4330 / 35600 / 650.5');
    expect(rows[1]).toHaveTextContent('（なし）');
    expect(screen.getByTestId('report-csv')).toHaveAttribute('href', '/api/inquiries/reports.csv?from=2026-10-01&to=2026-11-30&by=month&groupBy=label');

    fireEvent.click(screen.getByRole('radio', { name: '完了件数' }));
    await waitFor(() => expect(within(screen.getByTestId('report-chart')).getAllByTestId('bar')).toHaveLength(3));
  });

  it('shows the survey results by person with their CSV', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/inquiries/reports', answer: { status: 200, body: { series: [], open: 0, overdue: 0 } } },
        { method: 'GET', path: '/api/inquiries/survey/results', answer: { status: 200, body: SURVEY } },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/inquiry-reports?from=2026-10-01&to=2026-10-31');
    expect(await screen.findByText('この期間のお問い合わせはありません。')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: '担当者' }));
    await waitFor(() => expect(gateway.calls('GET', '/api/inquiries/survey/results').at(-1)!.query.get('by')).toBe('person'));
    expect(await screen.findByTestId('survey-summary')).toHaveTextContent('送信 9 件 / 回答 5 件 / 平均 4.2');
    expect(screen.getByTestId('survey-row')).toHaveTextContent('佐藤 一郎54.200122');
    expect(screen.getByTestId('survey-csv').getAttribute('href')).toContain('/api/inquiries/survey/results.csv?');
    expect(screen.getByTestId('survey-csv').getAttribute('href')).toContain('by=person');
  });
});
