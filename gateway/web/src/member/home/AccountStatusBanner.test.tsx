import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminRoutes } from '../../admin/routes';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import type { MemberRecord } from '../profile/api';
import { memberRoutes } from '../routes';

const MEMBER = { name: '山田 花子', roles: ['member'] };

function record(overrides: Partial<MemberRecord> & { statusReason?: string | null } = {}) {
  return {
    id: 'member-1',
    email: 'hanako@example.com',
    emailConfirmed: true,
    status: 'ACTIVE',
    statusReason: null,
    profile: {
      familyName: '山田',
      givenName: '花子',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      birthDate: '1990-04-01',
      phone: '09012345678',
      address: { postalCode: '100-0001', prefecture: '東京都', city: '千代田区', line1: '千代田1-1', line2: null },
      occupation: '会社員',
    },
    payoutAccount: null,
    profileComplete: true,
    missingFields: [],
    version: 1,
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    ...overrides,
  };
}

function openHomeWith(body: unknown) {
  stubApi([{ method: 'GET', path: '/api/members/me', answer: { status: 200, body, headers: { ETag: '"1"' } } }], MEMBER);
  renderRoutes(memberRoutes, '/');
}

describe('account status banner on the member home page', () => {
  it('sends a provisional member with missing fields to the profile', async () => {
    openHomeWith(record({ status: 'PROVISIONAL', profileComplete: false, missingFields: ['phone', 'payoutAccount'] }));

    const banner = await screen.findByTestId('account-status-banner');
    expect(banner).toHaveAttribute('data-status', 'PROVISIONAL');
    expect(banner).toHaveTextContent('未入力の項目が2つあります');
    expect(screen.getByTestId('account-status-banner-profile')).toHaveAttribute('href', '/profile');
  });

  it('says why a frozen account is blocked, with the reason staff gave', async () => {
    openHomeWith(record({ status: 'FROZEN', statusReason: '本人確認書類の再提出をお願いしています。' }));

    const banner = await screen.findByTestId('account-status-banner');
    expect(banner).toHaveAttribute('data-status', 'FROZEN');
    expect(screen.getByRole('alert')).toHaveTextContent('アカウントを一時停止しています');
    expect(screen.getByTestId('account-status-banner-reason')).toHaveTextContent('本人確認書類の再提出をお願いしています。');
    expect(screen.queryByTestId('home-kit-request-button')).not.toBeInTheDocument();
  });

  it.each(['PENALIZED', 'BLACKLISTED', 'WITHDRAWN'])('explains the %s status', async (status) => {
    openHomeWith(record({ status }));

    expect(await screen.findByTestId('account-status-banner')).toHaveAttribute('data-status', status);
    expect(screen.queryByTestId('account-status-banner-reason')).not.toBeInTheDocument();
  });

  it('shows nothing for an active member, who gets the delivery-kit call to action', async () => {
    openHomeWith(record());

    expect(await screen.findByTestId('home-kit-request-button')).toHaveAttribute('href', '/requests/new');
    await waitFor(() => expect(screen.getByTestId('home-profile-complete')).toBeInTheDocument());
    expect(screen.queryByTestId('account-status-banner')).not.toBeInTheDocument();
  });
});

describe('the way to sign up from the login prompt', () => {
  it('is offered in the member web', async () => {
    stubApi([{ method: 'GET', path: '/api/members/me', answer: { status: 401, body: { status: 401, title: 'Unauthorized' } } }], null);
    renderRoutes(memberRoutes, '/profile');

    expect(await screen.findByTestId('login-prompt-signup')).toHaveAttribute('href', '/signup');
  });

  it('is not offered in the admin console', async () => {
    stubApi([], null);
    renderRoutes(adminRoutes, '/', { basename: '/admin' });

    expect(await screen.findByTestId('login-prompt')).toBeInTheDocument();
    expect(screen.queryByTestId('login-prompt-signup')).not.toBeInTheDocument();
  });
});
