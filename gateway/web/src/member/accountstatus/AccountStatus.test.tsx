import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { verifiedRecord } from '../../test/memberRecords';
import { memberRoutes } from '../routes';

describe('account status on the profile page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('disables edits of a frozen member and says why in plain words', async () => {
    stubApi([
      {
        method: 'GET',
        path: /\/api\/members\/me$/,
        answer: () => ({
          status: 200,
          body: verifiedRecord({ status: 'FROZEN', statusReason: '本人確認のため一時停止します', allowedActions: ['WITHDRAW'] }),
          headers: { ETag: '"7"' },
        }),
      },
    ]);
    renderRoutes(memberRoutes, '/profile');

    const blocked = await screen.findByTestId('blocked-EDIT_PROFILE');
    expect(within(blocked).getByTestId('blocked-reason')).toHaveTextContent('一時停止中のため、変更できません');
    expect(within(blocked).getByTestId('blocked-status-reason')).toHaveTextContent('本人確認のため一時停止します');
    expect(screen.getByTestId('profile-save')).toBeDisabled();
    expect(screen.getByTestId('payout-edit')).toBeDisabled();
    expect(screen.getByTestId('withdrawal-open')).toBeEnabled();
  });

  it('lets an active member edit without any blocking notice', async () => {
    stubApi([{ method: 'GET', path: /\/api\/members\/me$/, answer: () => ({ status: 200, body: verifiedRecord(), headers: { ETag: '"7"' } }) }]);
    renderRoutes(memberRoutes, '/profile');

    expect(await screen.findByTestId('profile-save')).toBeEnabled();
    expect(screen.queryByTestId('blocked-EDIT_PROFILE')).not.toBeInTheDocument();
  });

  it('withdraws from membership only after the dialog explained the consequences', async () => {
    const gateway = stubApi([
      { method: 'GET', path: /\/api\/members\/me$/, answer: () => ({ status: 200, body: verifiedRecord(), headers: { ETag: '"7"' } }) },
      {
        method: 'POST',
        path: /\/api\/members\/me\/withdrawal$/,
        answer: () => ({ status: 200, body: verifiedRecord({ status: 'WITHDRAWN', allowedActions: [], version: 8 }), headers: { ETag: '"8"' } }),
      },
    ]);
    renderRoutes(memberRoutes, '/profile');

    await userEvent.click(await screen.findByTestId('withdrawal-open'));
    const dialog = await screen.findByTestId('withdrawal-dialog');
    expect(dialog).toHaveTextContent('退会は取り消せません');
    expect(gateway.calls('POST', /withdrawal$/)).toHaveLength(0);
    await userEvent.type(within(dialog).getByTestId('withdrawal-reason'), '引っ越すため');
    await userEvent.click(within(dialog).getByTestId('withdrawal-confirm'));

    expect(await screen.findByTestId('withdrawal-done')).toBeInTheDocument();
    expect(gateway.calls('POST', /withdrawal$/)[0].body).toEqual({ reason: '引っ越すため' });
    expect(screen.getByTestId('profile-status')).toHaveAttribute('data-status', 'WITHDRAWN');
    expect(screen.getByTestId('profile-save')).toBeDisabled();
  });

  it('offers no withdrawal to a blacklisted member and says why', async () => {
    stubApi([
      {
        method: 'GET',
        path: /\/api\/members\/me$/,
        answer: () => ({ status: 200, body: verifiedRecord({ status: 'BLACKLISTED', allowedActions: [] }), headers: { ETag: '"7"' } }),
      },
    ]);
    renderRoutes(memberRoutes, '/profile');

    expect(await screen.findByTestId('withdrawal-open')).toBeDisabled();
    expect(screen.getByTestId('blocked-WITHDRAW')).toHaveTextContent('ショップをご利用いただけません');
  });
});
