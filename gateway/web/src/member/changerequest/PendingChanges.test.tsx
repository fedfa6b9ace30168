import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { verifiedRecord } from '../../test/memberRecords';
import { memberRoutes } from '../routes';

const pendingName = {
  id: 'cr-1',
  kind: 'PROFILE' as const,
  changes: [{ field: 'familyName', before: '山田', after: '佐藤' }],
  requestedAt: '2026-11-20T10:00:00Z',
};

describe('change requests on the profile page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('explains that verified data changes need approval and lists what is pending, current → requested', async () => {
    stubApi([
      { method: 'GET', path: /\/api\/members\/me$/, answer: () => ({ status: 200, body: verifiedRecord({ pendingChangeRequests: [pendingName] }), headers: { ETag: '"7"' } }) },
      { method: 'GET', path: /change-requests$/, answer: () => ({ status: 200, body: [] }) },
    ]);
    renderRoutes(memberRoutes, '/profile');

    const panel = await screen.findByTestId('pending-changes');
    expect(within(panel).getByTestId('pending-changes-explanation')).toHaveTextContent('スタッフの承認後に反映');
    const request = within(panel).getByTestId('pending-change');
    expect(request).toHaveTextContent('プロフィールの変更');
    expect(within(request).getByTestId('change-before')).toHaveTextContent('山田');
    expect(within(request).getByTestId('change-after')).toHaveTextContent('佐藤');
    // The form keeps the current value until staff approve.
    expect(screen.getByTestId('profile-familyName')).toHaveValue('山田');
  });

  it('withdraws a pending request with DELETE and stops showing it', async () => {
    const gateway = stubApi([
      { method: 'GET', path: /\/api\/members\/me$/, answer: () => ({ status: 200, body: verifiedRecord({ pendingChangeRequests: [pendingName] }), headers: { ETag: '"7"' } }) },
      { method: 'GET', path: /change-requests$/, answer: () => ({ status: 200, body: [] }) },
      { method: 'DELETE', path: /change-requests\/cr-1$/, answer: () => ({ status: 204 }) },
    ]);
    renderRoutes(memberRoutes, '/profile');

    await userEvent.click(await screen.findByTestId('pending-change-withdraw'));

    expect(await screen.findByTestId('pending-changes-none')).toBeInTheDocument();
    expect(screen.queryByTestId('pending-change')).not.toBeInTheDocument();
    const [withdrawal] = gateway.calls('DELETE', /change-requests\/cr-1$/);
    expect(withdrawal.headers.get('X-XSRF-TOKEN')).toBe('token-123');
  });

  it('tells the member that a saved change of a verified field now waits for staff', async () => {
    stubApi([
      { method: 'GET', path: /\/api\/members\/me$/, answer: () => ({ status: 200, body: verifiedRecord(), headers: { ETag: '"7"' } }) },
      { method: 'GET', path: /change-requests$/, answer: () => ({ status: 200, body: [] }) },
      {
        method: 'PUT',
        path: /\/api\/members\/me\/profile$/,
        answer: () => ({ status: 200, body: verifiedRecord({ pendingChangeRequests: [pendingName] }), headers: { ETag: '"7"' } }),
      },
    ]);
    renderRoutes(memberRoutes, '/profile');
    const input = await screen.findByTestId('profile-familyName');

    await userEvent.clear(input);
    await userEvent.type(input, '佐藤');
    await userEvent.click(screen.getByTestId('profile-save'));

    expect(await screen.findByTestId('profile-saved')).toHaveTextContent('スタッフの承認待ち');
    expect(await screen.findByTestId('pending-change')).toHaveTextContent('佐藤');
  });

  it('shows why staff rejected a request', async () => {
    stubApi([
      { method: 'GET', path: /\/api\/members\/me$/, answer: () => ({ status: 200, body: verifiedRecord(), headers: { ETag: '"7"' } }) },
      {
        method: 'GET',
        path: /change-requests$/,
        answer: () => ({
          status: 200,
          body: [{ ...pendingName, state: 'REJECTED', decidedAt: '2026-11-21T00:00:00Z', rejectionReason: '書類の氏名と一致しません' }],
        }),
      },
    ]);
    renderRoutes(memberRoutes, '/profile');

    expect(await screen.findByTestId('rejected-changes')).toHaveTextContent('書類の氏名と一致しません');
  });
});
