import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';

const STAFF = { name: '佐藤 一郎', roles: ['staff'], subject: 's', email: 'staff@example.com' };

const newsletter = (overrides: Record<string, unknown>) => ({
  id: 'nl-1',
  subject: '秋のキャンペーン',
  html: '<p>秋</p>',
  text: '秋',
  segment: { accountStatus: [], prefectures: [], verification: [], lastActiveWithinDays: null, optedInOnly: true },
  broadcastId: null,
  state: 'SENDING',
  scheduledAt: null,
  total: 200,
  sent: 50,
  failed: 2,
  createdAt: '2026-11-20T10:00:00Z',
  createdBy: 'staff',
  startedAt: '2026-11-20T10:01:00Z',
  finishedAt: null,
  ...overrides,
});

function stubConsole(list = [newsletter({})]) {
  return stubApi(
    [
      { method: 'GET', path: '/api/notifications/newsletters', answer: () => ({ status: 200, body: list }) },
      { method: 'GET', path: '/api/notifications/broadcasts', answer: { status: 200, body: [] } },
      {
        method: 'POST',
        path: '/api/notifications/segments/count',
        answer: (request) => {
          const segment = (request.body as { segment: { prefectures: string[] } }).segment;
          const count = segment.prefectures.length ? 120 : 5000;
          return { status: 200, body: { count, mailable: count - 10 } };
        },
      },
      { method: 'POST', path: '/api/notifications/newsletters/preview', answer: { status: 200, body: { html: '<p>安全な本文</p>', text: '安全な本文' } } },
      { method: 'POST', path: '/api/notifications/newsletters', answer: { status: 201, body: newsletter({ id: 'nl-2', state: 'DRAFT', sent: 0, failed: 0, total: 0 }) } },
      { method: 'POST', path: '/api/notifications/newsletters/nl-2/send', answer: { status: 200, body: newsletter({ id: 'nl-2' }) } },
      { method: 'POST', path: '/api/notifications/newsletters/nl-1/pause', answer: { status: 200, body: newsletter({ state: 'PAUSED' }) } },
      {
        method: 'POST',
        path: '/api/notifications/newsletters/nl-1/resume',
        answer: { status: 409, body: { type: 'urn:azukari:problem:newsletter-state', title: 'Conflict', status: 409, detail: 'The newsletter is SENT.', code: 'newsletter-state' } },
      },
      {
        method: 'POST',
        path: '/api/notifications/broadcasts',
        answer: { status: 202, body: { id: 'b-1', title: 't', bodyHtml: '<p>x</p>', segment: {}, alsoMail: true, newsletterId: 'nl-3', state: 'FANNING_OUT', total: 5000, delivered: 0, createdAt: '2026-11-20T10:00:00Z', createdBy: 'staff', finishedAt: null } },
      },
    ],
    STAFF,
  );
}

describe('newsletters console', () => {
  it('shows each newsletter with its state, a progress bar and the actions its state allows', async () => {
    stubConsole([newsletter({}), newsletter({ id: 'nl-0', subject: '夏', state: 'SENT', sent: 198, failed: 2 })]);
    renderRoutes(adminRoutes, '/newsletters', { basename: '/admin' });

    const rows = await screen.findAllByTestId('newsletter-row', {}, { timeout: 5000 });
    expect(rows[0]).toHaveAttribute('data-state', 'SENDING');
    expect(within(rows[0]).getByTestId('progress-text')).toHaveTextContent('送信 50・失敗 2 / 200（26%）');
    expect(within(rows[0]).getByTestId('action-pause')).toBeInTheDocument();
    expect(within(rows[0]).queryByTestId('action-resume')).toBeNull();
    expect(within(rows[1]).queryByRole('button')).toBeNull();
  });

  it('pauses a sending newsletter and shows why an action was refused', async () => {
    const gateway = stubConsole([newsletter({}), newsletter({ id: 'nl-1', state: 'PAUSED' })]);
    renderRoutes(adminRoutes, '/newsletters', { basename: '/admin' });

    const rows = await screen.findAllByTestId('newsletter-row', {}, { timeout: 5000 });
    fireEvent.click(within(rows[0]).getByTestId('action-pause'));
    await waitFor(() => expect(gateway.calls('POST', '/api/notifications/newsletters/nl-1/pause')).toHaveLength(1));

    fireEvent.click(within(rows[1]).getByTestId('action-resume'));
    expect(await within(rows[1]).findByText(/今の状態ではその操作ができません/)).toBeInTheDocument();
  });

  it('counts the segment live, previews the sanitised HTML and sends a newsletter now', async () => {
    const gateway = stubConsole();
    renderRoutes(adminRoutes, '/newsletters', { basename: '/admin' });

    const composer = await screen.findByTestId('newsletter-composer');
    expect(await within(composer).findByTestId('segment-count')).toHaveTextContent('配信対象：4990 人');
    expect(gateway.calls('POST', '/api/notifications/segments/count')[0].body).toMatchObject({ segment: { optedInOnly: true } });

    fireEvent.change(within(composer).getByLabelText(/件名/), { target: { value: '冬のキャンペーン' } });
    fireEvent.change(within(composer).getByLabelText(/本文（HTML）/), { target: { value: '<p>冬<script>x()</script></p>' } });
    fireEvent.click(within(composer).getByTestId('preview-button'));
    const frame = (await within(composer).findByTestId('preview')).querySelector('iframe')!;
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toBe('<p>安全な本文</p>');

    fireEvent.click(within(composer).getByTestId('compose-submit'));
    await waitFor(() => expect(gateway.calls('POST', '/api/notifications/newsletters/nl-2/send')).toHaveLength(1));
    expect(gateway.calls('POST', '/api/notifications/newsletters')[0].body).toMatchObject({
      subject: '冬のキャンペーン',
      html: '<p>冬<script>x()</script></p>',
      text: null,
      scheduledAt: null,
    });
    expect(await screen.findByTestId('compose-done')).toBeInTheDocument();
  });

  it('publishes a broadcast to a segment, also by mail', async () => {
    const gateway = stubConsole();
    renderRoutes(adminRoutes, '/newsletters', { basename: '/admin' });

    fireEvent.click(await screen.findByRole('tab', { name: 'お知らせ（アプリ内）' }));
    const composer = await screen.findByTestId('broadcast-composer');
    expect(await within(composer).findByTestId('segment-count')).toHaveTextContent('対象：5000 人');
    fireEvent.change(within(composer).getByLabelText(/タイトル/), { target: { value: '年末年始' } });
    fireEvent.change(within(composer).getByLabelText(/本文（HTML）/), { target: { value: '<p>休業</p>' } });
    fireEvent.click(within(composer).getByLabelText(/メールでも送る/));
    fireEvent.click(within(composer).getByTestId('broadcast-submit'));

    expect(await screen.findByTestId('broadcast-done')).toHaveTextContent('5000 人');
    expect(gateway.calls('POST', '/api/notifications/broadcasts')[0].body).toMatchObject({ title: '年末年始', bodyHtml: '<p>休業</p>', alsoMail: true });
  });
});
