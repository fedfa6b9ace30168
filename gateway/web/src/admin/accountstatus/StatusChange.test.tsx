import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProviders, createQueryClient } from '../../shared/AppProviders';
import { stubApi } from '../../test/stubApi';
import { StatusChange, type StatusOfMember } from './StatusChange';

function renderStatus(member: StatusOfMember) {
  return render(
    <AppProviders queryClient={createQueryClient({ retry: false })}>
      <StatusChange member={member} />
    </AppProviders>,
  );
}

const ACTIVE: StatusOfMember = { id: 'member-1', status: 'ACTIVE', statusReason: null, version: 5 };

describe('StatusChange', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows the current status and offers only the changes that make sense', () => {
    stubApi([]);
    renderStatus(ACTIVE);

    expect(screen.getByTestId('status-badge')).toHaveTextContent('本会員');
    expect(screen.getByTestId('status-reason')).toHaveTextContent('理由の記録はありません');
    expect(screen.getByTestId('status-freeze')).toBeEnabled();
    expect(screen.getByTestId('status-penalize')).toBeEnabled();
    expect(screen.getByTestId('status-blacklist')).toBeEnabled();
    expect(screen.getByTestId('status-reinstate')).toBeDisabled();
  });

  it('freezes a member with a reason and the version staff saw in If-Match', async () => {
    const gateway = stubApi([
      {
        method: 'POST',
        path: /\/api\/members\/member-1\/status$/,
        answer: () => ({ status: 200, body: { ...ACTIVE, status: 'FROZEN', statusReason: '本人確認のため', version: 6 }, headers: { ETag: '"6"' } }),
      },
    ]);
    renderStatus(ACTIVE);

    await userEvent.click(screen.getByTestId('status-freeze'));
    const dialog = await screen.findByTestId('status-dialog');
    await userEvent.click(within(dialog).getByTestId('status-confirm'));
    expect(within(dialog).getByText('理由を入力してください。')).toBeInTheDocument();
    expect(gateway.calls('POST', /status$/)).toHaveLength(0);
    await userEvent.type(within(dialog).getByTestId('status-reason-input'), '本人確認のため');
    await userEvent.click(within(dialog).getByTestId('status-confirm'));

    expect(await screen.findByTestId('status-changed')).toBeInTheDocument();
    const [sent] = gateway.calls('POST', /status$/);
    expect(sent.headers.get('If-Match')).toBe('"5"');
    expect(sent.body).toEqual({ status: 'FROZEN', reason: '本人確認のため' });
    expect(screen.getByTestId('status-badge')).toHaveAttribute('data-status', 'FROZEN');
    expect(screen.getByTestId('status-reason')).toHaveTextContent('本人確認のため');
    expect(screen.getByTestId('status-reinstate')).toBeEnabled();
    expect(screen.getByTestId('status-freeze')).toBeDisabled();
  });

  it('shows the 409 when the member changed meanwhile', async () => {
    stubApi([
      {
        method: 'POST',
        path: /status$/,
        answer: () => ({ status: 409, body: { title: 'Concurrent change', status: 409, detail: 'Someone else changed this record in the meantime.' } }),
      },
    ]);
    renderStatus({ ...ACTIVE, status: 'PENALIZED' });

    await userEvent.click(screen.getByTestId('status-reinstate'));
    const dialog = await screen.findByTestId('status-dialog');
    await userEvent.type(within(dialog).getByTestId('status-reason-input'), '解除');
    await userEvent.click(within(dialog).getByTestId('status-confirm'));

    expect(await within(dialog).findByText('Someone else changed this record in the meantime.')).toBeInTheDocument();
  });

  it('offers nothing for a member who has left', () => {
    stubApi([]);
    renderStatus({ ...ACTIVE, status: 'WITHDRAWN' });

    expect(screen.getByTestId('status-final')).toBeInTheDocument();
    expect(screen.queryByTestId('status-freeze')).not.toBeInTheDocument();
  });
});
