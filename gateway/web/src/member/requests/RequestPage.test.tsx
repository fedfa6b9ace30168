import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../shared/i18n';
import { renderRoutes } from '../../test/render';
import { itemFields, kitType, listedRequest, memberItem, memberRequest } from '../../test/requestRecords';
import { inTurn, stubApi, type StubAnswer, type StubRoute } from '../../test/stubApi';
import type { MemberItem } from '../items/api';
import type { MemberRequest } from './api';

import { memberRoutes } from '../routes';

/** The gateway for one of the member's requests and its items; `extra` routes go first. */
function stubRequest(request: MemberRequest, items: StubAnswer | (() => StubAnswer), extra: StubRoute[] = []) {
  return stubApi([
    ...extra,
    { method: 'GET', path: `/api/requests/me/${request.id}`, answer: { status: 200, body: request } },
    { method: 'GET', path: '/api/requests/types', answer: { status: 200, body: [kitType()] } },
    { method: 'GET', path: '/api/items/fields', answer: { status: 200, body: itemFields(), headers: { ETag: '"3"' } } },
    { method: 'GET', path: '/api/items/me', answer: items },
  ]);
}

const ok = (items: MemberItem[]): StubAnswer => ({ status: 200, body: items });

describe('request page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the status, the hold and a timeline of past statuses oldest first', async () => {
    const request = memberRequest({ hold: { note: '5日以降にお届けします', since: '2026-11-03T02:00:00Z' } });
    stubRequest({ ...request, timeline: [...request.timeline].reverse() }, ok([]));

    renderRoutes(memberRoutes, '/requests/request-1');

    expect(await screen.findByRole('heading', { name: '依頼 R-000101' })).toBeInTheDocument();
    const summary = screen.getByTestId('request-summary');
    expect(within(summary).getByTestId('request-status')).toHaveTextContent('キット発送済み');
    expect(within(summary).getByTestId('request-status')).toHaveStyle({ backgroundColor: '#fff3bf' });
    expect(within(summary).getByTestId('request-hold')).toHaveTextContent('5日以降にお届けします');
    expect(summary).toHaveTextContent('午前中に届けてください');
    const entries = screen.getAllByTestId('timeline-entry');
    expect(entries.map((entry) => entry.getAttribute('data-status'))).toEqual(['KIT_REQUESTED', 'KIT_REQUEST_CONFIRMED', 'KIT_SENT']);
    expect(entries[0]).toHaveTextContent('キット申込受付');
    expect(entries[0].querySelector('time')).toHaveAttribute('dateTime', '2026-11-01T00:00:00Z');
    expect(entries[2]).toHaveTextContent('現在');
  });

  it('answers a request that is not the member\'s own as not found', async () => {
    stubApi([{ method: 'GET', path: '/api/requests/me/someone-elses', answer: { status: 404, body: { status: 404, title: 'Not Found' } } }]);

    renderRoutes(memberRoutes, '/requests/someone-elses');

    expect(await screen.findByTestId('request-not-found')).toHaveTextContent('依頼が見つかりません');
  });

  it('generates the item form from the member-editable fields, each by its type', async () => {
    stubRequest(memberRequest(), ok([]));
    const user = userEvent.setup();
    renderRoutes(memberRoutes, '/requests/request-1');

    await user.click(await screen.findByTestId('item-add'));

    const form = screen.getByTestId('item-add-form');
    const shown = [...form.querySelectorAll('[data-testid^="field-"]')].map((input) => input.getAttribute('data-testid'));
    expect(shown).toEqual(['field-name', 'field-brand', 'field-condition', 'field-memberNotes', 'field-boughtFor', 'field-boxed', 'field-boughtOn', 'field-pieces']);
    expect(within(form).getByLabelText(/品名/)).toHaveAttribute('aria-required', 'true');
    expect(within(form).getByLabelText(/ブランド/)).not.toHaveAttribute('aria-required');
    expect(within(form).getByTestId('field-condition').tagName).toBe('SELECT');
    expect(within(within(form).getByTestId('field-condition')).getByRole('option', { name: '未使用' })).toHaveValue('unused');
    expect(within(form).getByTestId('field-memberNotes').tagName).toBe('TEXTAREA');
    expect(within(form).getByTestId('field-boxed')).toHaveAttribute('type', 'checkbox');
    expect(within(form).getByTestId('field-boughtOn')).toHaveAttribute('type', 'date');
    expect(within(form).queryByText('出品タイトル')).not.toBeInTheDocument();
    expect(within(form).queryByText('色（廃止）')).not.toBeInTheDocument();
  });

  it('adds an item with the values typed, refusing to send it without the required ones', async () => {
    const gateway = stubRequest(memberRequest(), inTurn(ok([]), ok([memberItem()])), [
      { method: 'POST', path: '/api/items/me', answer: { status: 201, body: memberItem() } },
    ]);
    const user = userEvent.setup();
    renderRoutes(memberRoutes, '/requests/request-1');
    await user.click(await screen.findByTestId('item-add'));

    await user.click(screen.getByTestId('item-add-form-submit'));
    expect(screen.getByTestId('error-name')).toHaveTextContent('入力してください。');
    expect(gateway.calls('POST')).toHaveLength(0);

    await user.type(screen.getByTestId('field-name'), 'ショルダーバッグ');
    await user.type(screen.getByTestId('field-brand'), ' COACH ');
    await user.selectOptions(screen.getByTestId('field-condition'), 'unused');
    await user.type(screen.getByTestId('field-boughtFor'), '32000');
    await user.click(screen.getByTestId('field-boxed'));
    await user.click(screen.getByTestId('item-add-form-submit'));

    await waitFor(() => expect(gateway.calls('POST', '/api/items/me')).toHaveLength(1));
    expect(gateway.calls('POST', '/api/items/me')[0].body).toEqual({
      requestId: 'request-1',
      values: { name: 'ショルダーバッグ', brand: 'COACH', condition: 'unused', memberNotes: null, boughtFor: 32000, boxed: true, boughtOn: null, pieces: null },
    });
    expect(await screen.findByTestId('item-card')).toHaveTextContent('ショルダーバッグ');
    expect(screen.queryByTestId('item-add-form')).not.toBeInTheDocument();
  });

  it('shows the items of a request that item-service learns of a moment after it was made', async () => {
    const notYet: StubAnswer = { status: 404, body: { status: 404, title: 'Not Found', code: 'request-unknown' } };
    stubRequest(memberRequest(), inTurn(notYet, ok([memberItem({ values: { name: 'ショルダーバッグ' } })])));

    renderRoutes(memberRoutes, '/requests/request-1');

    expect(await screen.findByTestId('item-card', {}, { timeout: 5000 })).toHaveTextContent('ショルダーバッグ');
  });

  it('shows the item\'s values with option labels in the UI language', async () => {
    stubRequest(memberRequest(), ok([memberItem({ values: { name: 'ショルダーバッグ', brand: 'COACH', condition: 'unused', boughtFor: 32000, title: 'COACH ショルダーバッグ 未使用' } })]));

    renderRoutes(memberRoutes, '/requests/request-1');

    const card = await screen.findByTestId('item-card');
    expect(within(card).getByTestId('item-value-condition')).toHaveTextContent('未使用');
    expect(within(card).getByTestId('item-value-boughtFor')).toHaveTextContent('32,000円');
    expect(within(card).getByTestId('item-value-title')).toHaveTextContent('COACH ショルダーバッグ 未使用');
    expect(within(card).getByTestId('item-figures')).toHaveTextContent('未出品');
  });

  it('edits an item on the version it read, and says so plainly when it changed elsewhere', async () => {
    const changed = memberItem({ version: 5, values: { name: 'ショルダーバッグ', brand: 'COACH（ショップが修正）', condition: 'unused' } });
    const gateway = stubRequest(memberRequest(), inTurn(ok([memberItem()]), ok([changed])), [
      {
        method: 'PATCH',
        path: '/api/items/me/item-1',
        answer: inTurn({ status: 409, body: { status: 409, title: 'Conflict', detail: 'The item was changed in the meantime.' } }, { status: 200, body: { ...changed, version: 6 } }),
      },
    ]);
    const user = userEvent.setup();
    renderRoutes(memberRoutes, '/requests/request-1');

    await user.click(await screen.findByTestId('item-edit'));
    // A photo would move the version on under the form.
    expect(screen.queryByTestId('item-photo-camera')).not.toBeInTheDocument();
    await user.clear(screen.getByTestId('field-brand'));
    await user.type(screen.getByTestId('field-brand'), 'Coach');
    await user.click(screen.getByTestId('item-edit-form-submit'));

    expect(await screen.findByTestId('item-conflict')).toHaveTextContent('ほかの画面で変更されています');
    const [patch] = gateway.calls('PATCH');
    expect(patch.headers.get('If-Match')).toBe('"4"');
    expect((patch.body as { values: Record<string, unknown> }).values.brand).toBe('Coach');
    expect(screen.getByTestId('item-edit-form-submit')).toBeDisabled();

    await user.click(screen.getByTestId('item-conflict-reload'));

    await waitFor(() => expect(screen.getByTestId('field-brand')).toHaveValue('COACH（ショップが修正）'));
    expect(screen.queryByTestId('item-conflict')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('item-edit-form-submit'));
    await waitFor(() => expect(gateway.calls('PATCH')).toHaveLength(2));
    expect(gateway.calls('PATCH')[1].headers.get('If-Match')).toBe('"5"');
  });

  it('uploads a photo from the phone camera and shows a refused file type plainly', async () => {
    const gateway = stubRequest(memberRequest(), ok([memberItem()]), [
      {
        method: 'POST',
        path: '/api/items/me/item-1/photos',
        answer: inTurn({ status: 201, body: { id: 'photo-1', contentType: 'image/jpeg', size: 5 } }, { status: 415, body: { status: 415, title: 'Unsupported Media Type', detail: 'Send a JPEG, PNG or HEIC photo.' } }),
      },
    ]);
    const user = userEvent.setup();
    renderRoutes(memberRoutes, '/requests/request-1');

    const camera = await screen.findByTestId('item-photo-camera');
    expect(camera).toHaveAttribute('accept', 'image/*');
    expect(camera).toHaveAttribute('capture', 'environment');
    await user.upload(camera, new File(['jpeg'], 'bag.jpg', { type: 'image/jpeg' }));

    await waitFor(() => expect(gateway.calls('POST', '/api/items/me/item-1/photos')).toHaveLength(1));
    const sent = gateway.calls('POST', '/api/items/me/item-1/photos')[0];
    expect(sent.headers.get('X-XSRF-TOKEN')).toBe('token-1');
    expect(((sent.body as FormData).get('file') as File).name).toBe('bag.jpg');
    await waitFor(() => expect(gateway.calls('GET', '/api/items/me').length).toBeGreaterThan(1));

    await user.upload(screen.getByTestId('item-photo-camera'), new File(['text'], 'notes.jpg', { type: 'image/jpeg' }));

    expect(await screen.findByTestId('item-photo-error')).toHaveTextContent('写真（JPEG・PNG・HEIC）ではないため');
  });

  it('removes a photo after asking', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const gateway = stubRequest(memberRequest(), ok([memberItem({ photos: [{ id: 'photo-1', contentType: 'image/jpeg', size: 5 }] })]), [
      { method: 'DELETE', path: '/api/items/me/item-1/photos/photo-1', answer: { status: 204 } },
    ]);
    const user = userEvent.setup();
    renderRoutes(memberRoutes, '/requests/request-1');

    expect(await screen.findByRole('img', { name: '写真 1' })).toHaveAttribute('src', '/api/items/me/item-1/photos/photo-1');
    await user.click(screen.getByRole('button', { name: '写真 1 を削除' }));

    await waitFor(() => expect(gateway.calls('DELETE')).toHaveLength(1));
  });

  it('lets the member delete items only until the shop has received them', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const gateway = stubRequest(memberRequest(), inTurn(ok([memberItem()]), ok([])), [
      { method: 'DELETE', path: '/api/items/me/item-1', answer: { status: 204 } },
    ]);
    const user = userEvent.setup();
    const first = renderRoutes(memberRoutes, '/requests/request-1');

    await user.click(await screen.findByTestId('item-delete'));
    await waitFor(() => expect(gateway.calls('DELETE', '/api/items/me/item-1')).toHaveLength(1));
    expect(gateway.calls('DELETE')[0].headers.get('If-Match')).toBe('"4"');
    expect(await screen.findByTestId('items-empty')).toBeInTheDocument();
    first.unmount();

    stubRequest(listedRequest(), ok([memberItem({ requestId: 'request-2' })]));
    renderRoutes(memberRoutes, '/requests/request-2');

    expect(await screen.findByTestId('item-card')).toBeInTheDocument();
    expect(screen.getByTestId('item-edit')).toBeInTheDocument();
    expect(screen.queryByTestId('item-delete')).not.toBeInTheDocument();
  });

  it('shows the auction figures in yen', async () => {
    stubRequest(listedRequest(), ok([
      memberItem({ id: 'item-1', price: { auctionId: 'a-1', listedAt: '2026-11-10T00:00:00Z', currentBid: 12000, endsAt: '2026-11-17T12:00:00Z', hammerPrice: null, updatedAt: '2026-11-11T00:00:00Z' } }),
      memberItem({ id: 'item-2', number: 'I-000124', price: { auctionId: 'a-2', listedAt: '2026-11-10T00:00:00Z', currentBid: 15000, endsAt: '2026-11-17T12:00:00Z', hammerPrice: 15500, updatedAt: '2026-11-17T12:00:00Z' } }),
    ]));

    renderRoutes(memberRoutes, '/requests/request-2');

    const [listed, sold] = await screen.findAllByTestId('item-figures');
    expect(listed).toHaveAttribute('data-state', 'LISTED');
    expect(within(listed).getByTestId('item-current-bid')).toHaveTextContent('12,000円');
    expect(within(listed).getByTestId('item-ends-at')).toHaveTextContent(/終了予定 2026\/11\/1[78]/);
    expect(within(sold).getByTestId('item-hammer-price')).toHaveTextContent('15,500円');
  });

  it('shows the figures as yen in English too', async () => {
    await changeLanguage('en');
    stubRequest(listedRequest(), ok([
      memberItem({ price: { auctionId: 'a-1', listedAt: '2026-11-10T00:00:00Z', currentBid: 12000, endsAt: null, hammerPrice: null, updatedAt: null } }),
    ]));

    renderRoutes(memberRoutes, '/requests/request-2');

    expect(await screen.findByTestId('item-current-bid')).toHaveTextContent('¥12,000');
  });
});
