import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';

const review = {
  memberId: 'm1',
  email: 'hanako@example.com',
  emailConfirmed: true,
  status: 'PROVISIONAL',
  verification: { state: 'PENDING', reason: null, decidedAt: null, decidedBy: null },
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
  payoutAccount: { bankName: 'みずほ銀行', branchName: '渋谷支店', holderKana: 'サトウ イチロウ' },
  documents: [{ id: 'd1', kind: 'PASSPORT', side: 'FRONT', contentType: 'image/png', size: 3, sha256: 'x', review: 'PENDING', uploadedAt: '2026-11-01T00:00:00Z', reviewedAt: null, deletable: true }],
  mismatches: [{ code: 'holderKana.differs', field: 'payoutAccount.holderKana', expected: 'ヤマダ ハナコ', actual: 'サトウ イチロウ' }],
  missingFields: [],
  version: 7,
};

/** The gateway with the review of member m1, for a logged-in person with these roles. */
function stubReview(roles: string[]) {
  return stubApi(
    [
      { method: 'GET', path: /\/verification-review$/, answer: { status: 200, body: review, headers: { ETag: '"7"' } } },
      { method: 'GET', path: /\/content$/, answer: { status: 200, body: 'png', headers: { 'Content-Type': 'image/png' } } },
      {
        method: 'POST',
        path: /\/verification$/,
        answer: {
          status: 200,
          body: { ...review, verification: { state: 'VERIFIED', reason: null, decidedAt: '2026-11-03T00:00:00Z', decidedBy: 's' }, version: 8 },
          headers: { ETag: '"8"' },
        },
      },
    ],
    { name: '鈴木 次郎', roles, subject: 's', email: 'v@example.com' },
  );
}

describe('VerificationReviewPage', () => {
  beforeEach(() => {
    // jsdom has no object URLs.
    URL.createObjectURL = vi.fn(() => 'blob:doc');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the profile beside the documents and highlights the mismatching rows', async () => {
    stubReview(['staff', 'kyc-verifier']);

    renderRoutes(adminRoutes, '/verifications/m1');

    expect(await screen.findByTestId('review-profile')).toBeInTheDocument();
    const flagged = [...document.querySelectorAll('[data-flagged="true"]')].map((row) => row.getAttribute('data-row'));
    expect(flagged).toEqual(['kana', 'holderKana']);
    expect(screen.getByTestId('review-mismatches')).toHaveTextContent('口座名義（サトウ イチロウ）がフリガナ（ヤマダ ハナコ）と一致しません');
    expect(await screen.findByRole('img', { name: /パスポート/ })).toHaveAttribute('src', 'blob:doc');
  });

  it('lets a verifier verify, sending the version seen in If-Match', async () => {
    const { sent } = stubReview(['staff', 'kyc-verifier']);
    const user = userEvent.setup();
    renderRoutes(adminRoutes, '/verifications/m1');

    await user.click(await screen.findByRole('button', { name: '確認済みにする' }));

    const post = await waitFor(() => {
      const found = sent.find((request) => request.method === 'POST');
      expect(found).toBeDefined();
      return found!;
    });
    expect(post.url).toBe('/api/members/m1/verification');
    expect(post.headers.get('If-Match')).toBe('"7"');
    expect(post.body).toMatchObject({ decision: 'VERIFIED' });
    expect(await screen.findByTestId('decision-done')).toBeInTheDocument();
  });

  it('does not send a rejection without a reason', async () => {
    const { sent } = stubReview(['staff', 'kyc-verifier']);
    const user = userEvent.setup();
    renderRoutes(adminRoutes, '/verifications/m1');

    await user.click(await screen.findByRole('button', { name: '差し戻す' }));
    await user.click(screen.getByRole('button', { name: '差し戻しを確定' }));

    expect(await screen.findByText('差し戻しの理由を入力してください。')).toBeInTheDocument();
    expect(sent.some((request) => request.method === 'POST')).toBe(false);

    await user.type(screen.getByTestId('reject-reason'), '写真がぼやけています。');
    await user.click(screen.getByRole('button', { name: '差し戻しを確定' }));
    await waitFor(() => expect(sent.some((request) => request.method === 'POST')).toBe(true));
    expect(sent.find((request) => request.method === 'POST')!.body).toEqual({ decision: 'REJECTED', reason: '写真がぼやけています。' });
  });

  it('shows plain staff the screen read-only, without decision buttons', async () => {
    stubReview(['staff']);

    renderRoutes(adminRoutes, '/verifications/m1');

    expect(await screen.findByTestId('decision-read-only')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '確認済みにする' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '差し戻す' })).not.toBeInTheDocument();
  });
});
