import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi, type StubAnswer } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import type { MemberSummary } from './api';
import { formatPhone } from './UnconfirmedPanel';

const STAFF = { name: '佐藤 一郎', roles: ['staff'] };

function summary(id: string, overrides: Partial<MemberSummary> = {}): MemberSummary {
  return {
    id,
    email: `${id}@example.com`,
    emailConfirmed: false,
    status: 'PROVISIONAL',
    familyName: '田中',
    givenName: '太郎',
    familyNameKana: 'タナカ',
    givenNameKana: 'タロウ',
    phone: '09011112222',
    postalCode: null,
    prefecture: null,
    verification: 'NOT_SUBMITTED',
    createdAt: '2026-11-02T01:30:00Z',
    updatedAt: '2026-11-02T01:30:00Z',
    ...overrides,
  };
}

function list(content: MemberSummary[], totalElements = content.length): StubAnswer {
  return { status: 200, body: { content, page: { size: 10, number: 0, totalElements, totalPages: 1 } } };
}

async function openFrontPage() {
  renderRoutes(adminRoutes, '/', { basename: '/admin' });
  return screen.findByTestId('front-unconfirmed');
}

describe('unconfirmed addresses on the front page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('asks for the ten newest members with an unconfirmed address and lists them with a phone link', async () => {
    const api = stubApi([{ method: 'GET', path: '/api/members', answer: list([summary('m-1'), summary('m-2', { familyName: null, givenName: null, phone: null })], 14) }], STAFF);

    await openFrontPage();

    const row = await screen.findByTestId('unconfirmed-m-1');
    expect(within(row).getByRole('link', { name: '田中 太郎' })).toHaveAttribute('href', '/admin/members/m-1');
    expect(screen.getByTestId('phone-m-1')).toHaveAttribute('href', 'tel:09011112222');
    expect(screen.getByTestId('phone-m-1')).toHaveTextContent('090-1111-2222');
    expect(within(row).getByText('m-1@example.com')).toBeInTheDocument();
    expect(within(screen.getByTestId('unconfirmed-m-2')).getByRole('link', { name: 'タナカ タロウ' })).toBeInTheDocument();
    expect(screen.getByText('ほかに12件あります')).toBeInTheDocument();
    const url = new URL(api.calls('GET', '/api/members')[0].url, 'http://localhost');
    expect(Object.fromEntries(url.searchParams)).toEqual({ emailConfirmed: 'false', sort: 'createdAt,desc', size: '10' });
  });

  it('mails the confirmation link again and says so', async () => {
    const api = stubApi([{ method: 'GET', path: '/api/members', answer: list([summary('m-1')]) }, { method: 'POST', path: '/api/members/m-1/confirmation-mail', answer: { status: 202 } }], STAFF);
    await openFrontPage();

    await userEvent.click(await screen.findByTestId('resend-m-1'));

    expect(await screen.findByTestId('resent-m-1')).toHaveTextContent('送信しました');
    expect(api.calls('POST', '/api/members/m-1/confirmation-mail')).toHaveLength(1);
    expect(screen.queryByTestId('resend-m-1')).not.toBeInTheDocument();
  });

  it('says plainly when the mail could not be sent, and lets staff try again', async () => {
    stubApi(
      [
        { method: 'GET', path: '/api/members', answer: list([summary('m-1')]) },
        { method: 'POST', path: '/api/members/m-1/confirmation-mail', answer: { status: 429, body: { status: 429, title: 'Too Many Requests' } } },
      ],
      STAFF,
    );
    await openFrontPage();

    await userEvent.click(await screen.findByTestId('resend-m-1'));

    expect(await screen.findByTestId('resend-failed-m-1')).toHaveTextContent('送れませんでした: アクセスが集中しています');
    expect(screen.getByTestId('resend-m-1')).toBeEnabled();
  });

  it('says when every address is confirmed', async () => {
    stubApi([{ method: 'GET', path: '/api/members', answer: list([]) }], STAFF);

    await openFrontPage();

    expect(await screen.findByTestId('unconfirmed-empty')).toHaveTextContent('メールアドレスが未確認の会員はいません。');
  });

  it('shows a problem with the list and offers to try again', async () => {
    stubApi([{ method: 'GET', path: '/api/members', answer: { status: 503, body: { status: 503, title: 'Service Unavailable', correlationId: 'c-503' } } }], STAFF);

    const panel = await openFrontPage();

    expect(await within(panel).findByTestId('problem-details')).toHaveTextContent('サービスが一時的にご利用いただけません');
    expect(within(panel).getByRole('button', { name: 'もう一度試す' })).toBeInTheDocument();
  });

  it('formats Japanese phone numbers for reading', () => {
    expect(formatPhone('09012345678')).toBe('090-1234-5678');
    expect(formatPhone('0312345678')).toBe('03-1234-5678');
    expect(formatPhone('0451234567')).toBe('045-123-4567');
  });
});
