import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProviders, createQueryClient } from '../../shared/AppProviders';
import { stubApi } from '../../test/stubApi';
import type { PrivacyOfMember } from './api';
import { emailMatches } from './ErasureDialog';
import { PrivacyCard } from './PrivacyCard';

const HANAKO: PrivacyOfMember = { id: 'member-1', email: 'hanako@example.jp', version: 7, erasedAt: null };
const ADMIN = { name: '鈴木 管理', roles: ['staff', 'kyc-verifier', 'admin'] };
const STAFF = { name: '佐藤 一郎', roles: ['staff'] };

function renderCard(member: PrivacyOfMember = HANAKO, onErased?: (member: PrivacyOfMember) => void) {
  return render(
    <AppProviders queryClient={createQueryClient({ retry: false })}>
      <PrivacyCard member={member} onErased={onErased} />
    </AppProviders>,
  );
}

async function openDialog() {
  await userEvent.click(await screen.findByTestId('privacy-erase'));
  return screen.findByTestId('erasure-dialog');
}

describe('PrivacyCard', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('offers every staff member the ZIP of the member’s data, but erasure only to admins', async () => {
    stubApi([], STAFF);
    renderCard();

    const download = screen.getByTestId('privacy-export');
    expect(download).toHaveAttribute('href', '/api/members/member-1/privacy-export');
    expect(download).toHaveAttribute('download');
    await waitFor(() => expect(screen.getByTestId('privacy-card')).toHaveAttribute('data-roles-known', 'true'));
    expect(screen.queryByTestId('privacy-erase')).not.toBeInTheDocument();
  });

  it('explains what is erased and what the law keeps', async () => {
    stubApi([], ADMIN);
    renderCard();

    const dialog = await openDialog();
    expect(within(dialog).getByTestId('erasure-erased')).toHaveTextContent('振込先口座');
    expect(within(dialog).getByTestId('erasure-erased')).toHaveTextContent('本人確認書類の画像');
    expect(within(dialog).getByTestId('erasure-kept')).toHaveTextContent('本人確認の記録');
    expect(within(dialog).getByTestId('erasure-kept')).toHaveTextContent('古物営業法');
  });

  it('sends nothing until a reason is given and the member’s address is typed out', async () => {
    const gateway = stubApi([{ method: 'POST', path: /erasure$/, answer: () => ({ status: 200, body: HANAKO }) }], ADMIN);
    renderCard();

    const dialog = await openDialog();
    const confirm = within(dialog).getByTestId('erasure-confirm');
    expect(confirm).toBeDisabled();
    await userEvent.type(within(dialog).getByTestId('erasure-email'), 'other@example.jp');
    expect(confirm).toBeDisabled();
    expect(within(dialog).getByText('会員のメールアドレスと一致しません。')).toBeInTheDocument();
    await userEvent.clear(within(dialog).getByTestId('erasure-email'));
    await userEvent.type(within(dialog).getByTestId('erasure-email'), ' Hanako@Example.jp ');
    expect(confirm).toBeEnabled();
    await userEvent.click(confirm);

    expect(within(dialog).getByText('理由を入力してください。')).toBeInTheDocument();
    expect(gateway.calls('POST', /erasure$/)).toHaveLength(0);
  });

  it('erases with the reason and the version the admin saw in If-Match', async () => {
    const erased = { ...HANAKO, email: 'erased-member-1@invalid', version: 8, erasedAt: '2026-11-23T01:00:00Z' };
    const gateway = stubApi([{ method: 'POST', path: /\/api\/members\/member-1\/erasure$/, answer: () => ({ status: 200, body: erased }) }], ADMIN);
    let result: PrivacyOfMember | null = null;
    renderCard(HANAKO, (member) => (result = member));

    const dialog = await openDialog();
    await userEvent.type(within(dialog).getByTestId('erasure-reason'), '本人からの削除依頼');
    await userEvent.type(within(dialog).getByTestId('erasure-email'), 'hanako@example.jp');
    await userEvent.click(within(dialog).getByTestId('erasure-confirm'));

    await screen.findByTestId('privacy-card');
    const [sent] = gateway.calls('POST', /erasure$/);
    expect(sent.headers.get('If-Match')).toBe('"7"');
    expect(sent.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(sent.body).toEqual({ reason: '本人からの削除依頼' });
    await expect.poll(() => result).toEqual(erased);
  });

  it('shows the problem when the member changed meanwhile and keeps the dialog open', async () => {
    stubApi(
      [
        {
          method: 'POST',
          path: /erasure$/,
          answer: () => ({ status: 409, body: { title: 'Concurrent change', status: 409, detail: 'Someone else changed this record in the meantime.' } }),
        },
      ],
      ADMIN,
    );
    renderCard();

    const dialog = await openDialog();
    await userEvent.type(within(dialog).getByTestId('erasure-reason'), '削除依頼');
    await userEvent.type(within(dialog).getByTestId('erasure-email'), 'hanako@example.jp');
    await userEvent.click(within(dialog).getByTestId('erasure-confirm'));

    expect(await within(dialog).findByText('Someone else changed this record in the meantime.')).toBeInTheDocument();
    expect(screen.getByTestId('erasure-dialog')).toBeInTheDocument();
  });

  it('says when the data was erased and offers no second erasure', async () => {
    stubApi([], ADMIN);
    renderCard({ ...HANAKO, erasedAt: '2026-11-23T01:00:00Z' });

    expect(screen.getByTestId('privacy-erased')).toHaveTextContent('削除されました');
    await waitFor(() => expect(screen.getByTestId('privacy-card')).toHaveAttribute('data-roles-known', 'true'));
    expect(screen.queryByTestId('privacy-erase')).not.toBeInTheDocument();
  });
});

describe('emailMatches', () => {
  it('ignores spaces and case but nothing else', () => {
    expect(emailMatches(' A@B.jp ', 'a@b.jp')).toBe(true);
    expect(emailMatches('a@b.j', 'a@b.jp')).toBe(false);
    expect(emailMatches('', null)).toBe(false);
  });
});
