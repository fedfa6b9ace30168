import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { verifiedRecord } from '../../test/memberRecords';
import { MemberDetailPage } from './MemberDetailPage';

const RECORD = {
  ...verifiedRecord(),
  id: 'member-1',
  emailConfirmed: true,
  statusReason: null,
  verification: { state: 'VERIFIED', reason: null, decidedAt: null, decidedBy: null },
  mergedInto: null,
};

describe('MemberDetailPage', () => {
  it('opens the customer timeline and the mail log of the member in one click', async () => {
    stubApi(
      [{ method: 'GET', path: /\/api\/members\/member-1$/, answer: () => ({ status: 200, body: RECORD, headers: { ETag: '"1"' } }) }],
      { name: '佐藤 一郎', roles: ['staff'] },
    );
    renderRoutes([{ path: '/members/:id', element: <MemberDetailPage /> }], '/members/member-1');

    const link = await screen.findByTestId('member-timeline');
    expect(link.getAttribute('href')).toBe('/timeline?memberId=member-1');
    expect(screen.getByTestId('member-mails').getAttribute('href')).toBe('/mail/deliveries?memberId=member-1');
  });
});
