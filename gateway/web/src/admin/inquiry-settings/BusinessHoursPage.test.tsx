import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi, type StubAnswer, type StubMe } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import type { BusinessHours } from './api';

const ADMIN: StubMe = { name: '管理 太郎', roles: ['staff', 'admin'] };
const PATH = '/api/inquiries/settings/business-hours';

function settings(overrides: Partial<BusinessHours> = {}): BusinessHours {
  const day = [{ from: '10:00', to: '18:00' }];
  return {
    timeZone: 'Asia/Tokyo',
    week: { MONDAY: day, TUESDAY: day, WEDNESDAY: day, THURSDAY: day, FRIDAY: day, SATURDAY: [], SUNDAY: [] },
    holidays: { japanesePublicHolidays: true, extra: ['2026-12-31'] },
    acknowledgement: {
      ja: { subject: '【受付完了】{{subject}}', text: '{{name}} 様 営業時間外です。' },
      en: { subject: 'Received: {{subject}}', text: 'Dear {{name}}, we are closed.' },
    },
    openNow: false,
    updatedAt: null,
    updatedBy: null,
    version: 3,
    ...overrides,
  };
}

function renderPage(save?: (body: unknown, ifMatch: string | null) => StubAnswer) {
  const gateway = stubApi(
    [
      { method: 'GET', path: PATH, answer: { status: 200, body: settings(), headers: { ETag: '"3"' } } },
      {
        method: 'GET',
        path: `${PATH}/closed-days`,
        answer: { status: 200, body: [{ date: `${new Date().getFullYear()}-01-01`, name: '元日', kind: 'PUBLIC_HOLIDAY' }, { date: `${new Date().getFullYear()}-12-31`, name: null, kind: 'EXTRA' }] },
      },
      { method: 'GET', path: '/api/inquiries/mailbox', answer: { status: 200, body: { lastPollAt: '2026-11-24T01:00:00Z', lastError: 'Mailbox not readable: Connection refused', fetched: 12 } } },
      ...(save ? [{ method: 'PUT', path: PATH, answer: (request: { body: unknown; headers: Headers }) => save(request.body, request.headers.get('If-Match')) }] : []),
    ],
    ADMIN,
  );
  renderRoutes(adminRoutes, '/settings/business-hours');
  return gateway;
}

describe('business hours settings', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows the hours per weekday, the closed days and the acknowledgement', async () => {
    renderPage();

    expect(await screen.findByTestId('from-MONDAY-0', {}, { timeout: 5000 })).toHaveValue('10:00');
    expect(screen.getByTestId('to-FRIDAY-0')).toHaveValue('18:00');
    expect(screen.getByTestId('closed-SATURDAY')).toHaveTextContent('休業');
    expect(screen.getByTestId('japanese-holidays')).toBeChecked();
    expect(screen.getByTestId('extra-days')).toHaveValue('2026-12-31');
    expect(screen.getByTestId('ack-subject-ja')).toHaveValue('【受付完了】{{subject}}');
    expect(screen.getByTestId('business-hours-open-now')).toHaveTextContent('現在営業時間外');
    // The placeholders are explained as they are written, not filled in.
    expect(screen.getByText(/{{subject}} は件名/)).toBeInTheDocument();
    const closedDays = await screen.findAllByTestId('closed-day');
    expect(closedDays[0]).toHaveTextContent('元日');
    expect(closedDays[1]).toHaveTextContent('休業日');
    // Whether mails reach the inbox at all.
    const mailbox = await screen.findByTestId('mailbox-status');
    expect(mailbox).toHaveAttribute('data-state', 'failing');
    expect(mailbox).toHaveTextContent('メールを受信できていません');
    expect(mailbox).toHaveTextContent('12 通');
    expect(screen.getByTestId('mailbox-error')).toHaveTextContent('Connection refused');
  });

  it('saves the changed hours and closed days naming the version edited', async () => {
    const gateway = renderPage((body) => ({ status: 200, body: { ...settings(), ...(body as object), version: 4 }, headers: { ETag: '"4"' } }));
    const from = await screen.findByTestId('from-MONDAY-0', {}, { timeout: 5000 });

    await userEvent.clear(from);
    await userEvent.type(from, '09:30');
    await userEvent.click(screen.getByTestId('add-SATURDAY'));
    await userEvent.type(screen.getByTestId('extra-days'), '\n2027-01-02');
    await userEvent.click(screen.getByTestId('business-hours-save'));

    expect(await screen.findByTestId('business-hours-saved')).toBeInTheDocument();
    const [put] = gateway.calls('PUT', PATH);
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toMatchObject({
      timeZone: 'Asia/Tokyo',
      week: { MONDAY: [{ from: '09:30', to: '18:00' }], SATURDAY: [{ from: '10:00', to: '18:00' }], SUNDAY: [] },
      holidays: { japanesePublicHolidays: true, extra: ['2026-12-31', '2027-01-02'] },
    });
  });

  it('sends nothing while a period ends before it starts or a day is not a date', async () => {
    const gateway = renderPage(() => ({ status: 200, body: settings() }));
    const to = await screen.findByTestId('to-TUESDAY-0', {}, { timeout: 5000 });

    await userEvent.clear(to);
    await userEvent.type(to, '09:00');
    await userEvent.type(screen.getByTestId('extra-days'), '\n12/31');
    await userEvent.click(screen.getByTestId('business-hours-save'));

    const invalid = await screen.findByTestId('business-hours-invalid');
    expect(invalid).toHaveTextContent('終了時刻は開始時刻より後にしてください。');
    expect(invalid).toHaveTextContent('2026-12-31 の形');
    expect(gateway.calls('PUT', PATH)).toHaveLength(0);
  });

  it('says when another admin changed the settings meanwhile and reloads them', async () => {
    renderPage(() => ({ status: 409, body: { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Someone changed this record.' } }));
    await screen.findByTestId('from-MONDAY-0', {}, { timeout: 5000 });

    await userEvent.click(screen.getByTestId('business-hours-save'));

    expect(await screen.findByTestId('business-hours-stale')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('business-hours-reload'));
    await waitFor(() => expect(screen.queryByTestId('business-hours-stale')).not.toBeInTheDocument());
  });
});
