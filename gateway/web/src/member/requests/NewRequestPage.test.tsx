import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifiedRecord } from '../../test/memberRecords';
import { renderRoutes } from '../../test/render';
import { itemFields, kitType, memberRequest } from '../../test/requestRecords';
import { stubApi, type StubAnswer, type StubRoute } from '../../test/stubApi';
import { memberRoutes } from '../routes';

/** The gateway for an active member; `post` answers the kit request. */
function stubKitRequest(post: StubAnswer, record = verifiedRecord(), extra: StubRoute[] = []) {
  return stubApi([
    { method: 'GET', path: '/api/members/me', answer: { status: 200, body: record, headers: { ETag: '"7"' } } },
    { method: 'POST', path: '/api/requests/me', answer: post },
    ...extra,
  ]);
}

describe('kit request form', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
  });

  it('sends the kit count and note and then shows the new request', async () => {
    const created = memberRequest({ id: 'request-9', number: 'R-000109', kitCount: 3, note: '5日以降の午前中', timeline: [] });
    const gateway = stubKitRequest({ status: 201, body: created }, verifiedRecord(), [
      { method: 'GET', path: '/api/requests/me/request-9', answer: { status: 200, body: created } },
      { method: 'GET', path: '/api/requests/types', answer: { status: 200, body: [kitType()] } },
      { method: 'GET', path: '/api/items/fields', answer: { status: 200, body: itemFields() } },
      { method: 'GET', path: '/api/items/me', answer: { status: 200, body: [] } },
    ]);
    const user = userEvent.setup();
    renderRoutes(memberRoutes, '/requests/new');

    await user.click(await screen.findByText('3箱'));
    await user.type(screen.getByTestId('kit-note'), '5日以降の午前中');
    await user.click(screen.getByTestId('kit-request-submit'));

    expect(await screen.findByRole('heading', { name: '依頼 R-000109' })).toBeInTheDocument();
    expect(screen.getByTestId('request-created')).toHaveTextContent('お申し込みを受け付けました');
    const [post] = gateway.calls('POST', '/api/requests/me');
    expect(post.body).toEqual({ type: 'KIT', kitCount: 3, note: '5日以降の午前中' });
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('token-1');
  });

  it('shows a refusal because of the account status as its reason, with the way to the profile', async () => {
    stubKitRequest({
      status: 403,
      body: { status: 403, title: 'Not allowed for this account', detail: 'Your account is frozen: you cannot change anything for now.', reason: 'status.frozen' },
    });
    const user = userEvent.setup();
    renderRoutes(memberRoutes, '/requests/new');

    await user.click(await screen.findByTestId('kit-request-submit'));

    expect(await screen.findByTestId('kit-refusal')).toHaveTextContent('宅配キットを申し込めません');
    expect(screen.getByTestId('kit-refusal-reason')).toHaveTextContent('アカウントが一時停止中のため');
    expect(screen.getByTestId('kit-refusal-profile')).toHaveAttribute('href', '/profile');
    expect(screen.getByTestId('kit-request-page')).toBeInTheDocument();
  });

  it('shows the service\'s plain reason when the refusal carries no known code', async () => {
    stubKitRequest({ status: 403, body: { status: 403, title: 'Forbidden', detail: 'The shop does not accept new kit requests from this account.' } });
    const user = userEvent.setup();
    renderRoutes(memberRoutes, '/requests/new');

    await user.click(await screen.findByTestId('kit-request-submit'));

    expect(await screen.findByTestId('kit-refusal-reason')).toHaveTextContent('The shop does not accept new kit requests from this account.');
  });

  it('shows field problems next to the fields', async () => {
    stubKitRequest({
      status: 400,
      body: { status: 400, title: 'Bad Request', errors: [{ field: 'kitCount', code: 'kitCount.range', message: 'Choose 1 to 5 kits.' }, { field: 'note', code: 'text.controlCharacters', message: 'x' }] },
    });
    const user = userEvent.setup();
    renderRoutes(memberRoutes, '/requests/new');

    await user.click(await screen.findByTestId('kit-request-submit'));

    expect(await screen.findByTestId('error-kitCount')).toHaveTextContent('Choose 1 to 5 kits.');
    expect(screen.getByTestId('error-note')).toHaveTextContent('改行やタブ');
  });

  it('says up front when the account status does not allow a kit request', async () => {
    const gateway = stubKitRequest({ status: 201, body: memberRequest() }, verifiedRecord({ status: 'PENALIZED', allowedActions: ['EDIT_PROFILE', 'WITHDRAW'] }));
    renderRoutes(memberRoutes, '/requests/new');

    expect(await screen.findByTestId('blocked-REQUEST_KIT')).toHaveTextContent('新しい宅配キットのお申し込みはできません');
    await waitFor(() => expect(screen.getByTestId('kit-request-submit')).toBeDisabled());
    expect(gateway.calls('POST')).toHaveLength(0);
  });
});
