import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { verifiedRecord } from '../../test/memberRecords';
import { MemberDetailPage } from '../members/MemberDetailPage';
import type { MergePreview, MergeableRecord } from './api';

function staffRecord(overrides: Partial<MergeableRecord> = {}): MergeableRecord {
  return {
    ...verifiedRecord(),
    emailConfirmed: true,
    statusReason: null,
    verification: { state: 'VERIFIED', reason: null, decidedAt: null, decidedBy: null },
    mergedInto: null,
    ...overrides,
  } as MergeableRecord;
}

const SURVIVOR = staffRecord({ id: 'member-1', version: 7 });
const DUPLICATE = staffRecord({
  id: 'member-2',
  email: 'old@example.com',
  version: 3,
  verification: { state: 'NOT_SUBMITTED', reason: null, decidedAt: null, decidedBy: null },
});

const PREVIEW: MergePreview = {
  survivor: SURVIVOR,
  duplicate: DUPLICATE,
  fields: [
    { field: 'familyName', survivor: '山田', duplicate: '山田', result: '山田', taken: false, conflict: false, withheld: false },
    { field: 'phone', survivor: '09012345678', duplicate: '0311112222', result: '09012345678', taken: false, conflict: true, withheld: false },
    { field: 'occupation', survivor: null, duplicate: '会社員', result: '会社員', taken: true, conflict: false, withheld: false },
  ],
  documents: 2,
  changeRequests: 1,
  blockers: [],
  resuming: false,
};

const routes = [{ path: '/members/:id', element: <MemberDetailPage /> }];
const STAFF = { name: '佐藤 一郎', roles: ['staff'] };

describe('MergeDuplicate', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('finds the duplicate, shows both records with conflicts, and merges with both versions after confirmation', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: /\/api\/members\/member-1$/, answer: () => ({ status: 200, body: SURVIVOR, headers: { ETag: '"7"' } }) },
        {
          method: 'GET',
          path: /\/api\/members\?q=/,
          answer: () => ({
            status: 200,
            body: {
              content: [
                { id: 'member-1', familyName: '山田', givenName: '花子', email: 'member@example.com' },
                { id: 'member-2', familyName: '山田', givenName: '花子', email: 'old@example.com', phone: '0311112222' },
              ],
              page: { size: 10, number: 0, totalElements: 2, totalPages: 1 },
            },
          }),
        },
        { method: 'GET', path: /merge-preview\?duplicateId=member-2$/, answer: () => ({ status: 200, body: PREVIEW }) },
        { method: 'POST', path: /\/api\/members\/member-1\/merge$/, answer: () => ({ status: 200, body: { survivor: { ...SURVIVOR, version: 8 }, duplicate: { ...DUPLICATE, mergedInto: 'member-1' } }, headers: { ETag: '"8"' } }) },
      ],
      STAFF,
    );
    renderRoutes(routes, '/members/member-1');

    await userEvent.click(await screen.findByTestId('merge-open'));
    const dialog = await screen.findByTestId('merge-dialog');
    await userEvent.type(within(dialog).getByTestId('merge-search-input'), 'ヤマダ');
    await userEvent.click(within(dialog).getByTestId('merge-search'));
    const candidates = await within(dialog).findAllByTestId('merge-candidate');
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toHaveTextContent('old@example.com');
    await userEvent.click(within(candidates[0]).getByTestId('merge-choose'));

    const plan = await within(dialog).findByTestId('merge-plan');
    const phone = plan.querySelector('[data-field="phone"]')!;
    expect(phone).toHaveAttribute('data-conflict', 'true');
    expect(phone).toHaveTextContent('不一致');
    expect(plan.querySelector('[data-field="occupation"]')).toHaveAttribute('data-taken', 'true');
    expect(plan.querySelector('[data-field="familyName"]')).not.toHaveAttribute('data-conflict');
    expect(within(dialog).getByTestId('merge-moves')).toHaveTextContent('本人確認書類 2 件と変更依頼 1 件');
    expect(gateway.calls('POST', /merge$/)).toHaveLength(0);

    await userEvent.click(within(dialog).getByTestId('merge-next'));
    expect(within(dialog).getByTestId('merge-confirm-text')).toHaveTextContent('ログインは無効になります');
    await userEvent.click(within(dialog).getByTestId('merge-confirm'));

    const done = await within(dialog).findByTestId('merge-done');
    expect(within(done).getByTestId('merge-survivor-link')).toHaveAttribute('href', '/members/member-1');
    const [sent] = gateway.calls('POST', /merge$/);
    expect(sent.headers.get('If-Match')).toBe('"7"');
    expect(sent.body).toEqual({ duplicateId: 'member-2', expectedDuplicateVersion: 3 });
  });

  it('explains blockers, offers no way forward but the other direction, and previews that', async () => {
    const blocked: MergePreview = {
      ...PREVIEW,
      blockers: [{ code: 'duplicate-verified', member: 'duplicate', detail: 'The duplicate is verified.', hint: 'Merge the other way.' }],
    };
    const gateway = stubApi(
      [
        { method: 'GET', path: /\/api\/members\/member-1$/, answer: () => ({ status: 200, body: SURVIVOR, headers: { ETag: '"7"' } }) },
        {
          method: 'GET',
          path: /\/api\/members\?q=/,
          answer: () => ({ status: 200, body: { content: [{ id: 'member-2', familyName: '山田', givenName: '花子' }], page: { size: 10, number: 0, totalElements: 1, totalPages: 1 } } }),
        },
        { method: 'GET', path: /member-1\/merge-preview\?duplicateId=member-2$/, answer: () => ({ status: 200, body: blocked }) },
        { method: 'GET', path: /member-2\/merge-preview\?duplicateId=member-1$/, answer: () => ({ status: 200, body: { ...PREVIEW, survivor: DUPLICATE, duplicate: SURVIVOR } }) },
      ],
      STAFF,
    );
    renderRoutes(routes, '/members/member-1');

    await userEvent.click(await screen.findByTestId('merge-open'));
    const dialog = await screen.findByTestId('merge-dialog');
    await userEvent.type(within(dialog).getByTestId('merge-search-input'), '山田');
    await userEvent.click(within(dialog).getByTestId('merge-search'));
    await userEvent.click(await within(dialog).findByTestId('merge-choose'));

    const blockers = await within(dialog).findByTestId('merge-blockers');
    expect(blockers).toHaveTextContent('重複記録は本人確認済みですが、残す記録は未確認です。');
    expect(blockers).toHaveTextContent('逆向きに統合してください');
    expect(within(dialog).getByTestId('merge-next')).toBeDisabled();

    await userEvent.click(within(dialog).getByTestId('merge-swap'));
    await within(dialog).findByTestId('merge-plan');
    expect(gateway.calls('GET', /member-2\/merge-preview\?duplicateId=member-1$/)).toHaveLength(1);
    expect(within(dialog).queryByTestId('merge-blockers')).not.toBeInTheDocument();
    expect(within(dialog).getByTestId('merge-next')).toBeEnabled();
  });

  it('shows a merge refused by the service with its blockers and problem', async () => {
    stubApi(
      [
        { method: 'GET', path: /\/api\/members\/member-1$/, answer: () => ({ status: 200, body: SURVIVOR, headers: { ETag: '"7"' } }) },
        {
          method: 'GET',
          path: /\/api\/members\?q=/,
          answer: () => ({ status: 200, body: { content: [{ id: 'member-2', familyName: '山田' }], page: { size: 10, number: 0, totalElements: 1, totalPages: 1 } } }),
        },
        { method: 'GET', path: /merge-preview/, answer: () => ({ status: 200, body: PREVIEW }) },
        {
          method: 'POST',
          path: /merge$/,
          answer: () => ({
            status: 409,
            body: {
              title: 'Conflict',
              status: 409,
              detail: 'These records cannot be merged as asked.',
              code: 'merge-blocked',
              blockers: [{ code: 'duplicate-pending-change-requests', member: 'duplicate', detail: 'x', hint: 'y' }],
            },
          }),
        },
      ],
      STAFF,
    );
    renderRoutes(routes, '/members/member-1');

    await userEvent.click(await screen.findByTestId('merge-open'));
    const dialog = await screen.findByTestId('merge-dialog');
    await userEvent.type(within(dialog).getByTestId('merge-search-input'), '山田');
    await userEvent.click(within(dialog).getByTestId('merge-search'));
    await userEvent.click(await within(dialog).findByTestId('merge-choose'));
    await userEvent.click(await within(dialog).findByTestId('merge-next'));
    await userEvent.click(within(dialog).getByTestId('merge-confirm'));

    expect(await within(dialog).findByTestId('merge-blockers')).toHaveTextContent('重複記録に未処理の変更依頼があります。');
    expect(within(dialog).getByTestId('problem-details')).toBeInTheDocument();
    expect(within(dialog).queryByTestId('merge-done')).not.toBeInTheDocument();
  });

  it("shows a merged record's banner linking to the survivor instead of the merge action", async () => {
    stubApi(
      [
        {
          method: 'GET',
          path: /\/api\/members\/member-2$/,
          answer: () => ({ status: 200, body: { ...DUPLICATE, status: 'WITHDRAWN', email: null, mergedInto: 'member-1' }, headers: { ETag: '"4"' } }),
        },
      ],
      STAFF,
    );
    renderRoutes(routes, '/members/member-2');

    const banner = await screen.findByTestId('merged-banner');
    expect(banner).toHaveTextContent('この記録は統合済みです');
    expect(within(banner).getByTestId('merged-banner-link')).toHaveAttribute('href', '/members/member-1');
    expect(screen.queryByTestId('merge-open')).not.toBeInTheDocument();
  });
});
