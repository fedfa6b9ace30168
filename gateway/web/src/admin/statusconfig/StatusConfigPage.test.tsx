import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, kitConfig, STAFF, TYPES } from '../../test/workflowRecords';
import { renderRoutes } from '../../test/render';
import { stubApi, type StubAnswer, type StubRoute } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import type { RequestTypeConfig } from '../requests/api';

const TYPES_ROUTE: StubRoute = { method: 'GET', path: '/api/requests/types', answer: { status: 200, body: TYPES } };
const KIT_ROUTE: StubRoute = { method: 'GET', path: '/api/requests/types/KIT', answer: { status: 200, body: kitConfig(), headers: { ETag: '"4"' } } };

function editorOf(code: string) {
  return screen.getAllByTestId('status-editor').find((editor) => editor.dataset.code === code)!;
}

function renderEditor(save?: (body: unknown) => StubAnswer, me = ADMIN) {
  const gateway = stubApi([TYPES_ROUTE, KIT_ROUTE, ...(save ? [{ method: 'PUT', path: '/api/requests/types/KIT', answer: (request: { body: unknown }) => save(request.body) }] : [])], me);
  renderRoutes(adminRoutes, '/settings/statuses');
  return gateway;
}

describe('status settings', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows the statuses in order with their colours and the transitions as a matrix', async () => {
    renderEditor();

    const editors = await screen.findAllByTestId('status-editor', {}, { timeout: 5000 });
    expect(editors.map((editor) => editor.dataset.code)).toEqual(['KIT_REQUESTED', 'KIT_SENT', 'ITEMS_RECEIVED', 'LISTED', 'CANCELLED']);
    expect(within(editors[1]).getByTestId('status-preview-name')).toHaveStyle({ backgroundColor: '#fff3bf', color: '#7c5800' });
    expect(within(editors[0]).getByTestId('status-flag-initial')).toBeChecked();
    expect(within(editors[3]).getByTestId('status-flag-requiresVerifiedMember')).toBeChecked();
    expect(screen.getByTestId('transition-KIT_REQUESTED-KIT_SENT')).toBeChecked();
    expect(screen.getByTestId('transition-KIT_SENT-KIT_REQUESTED')).not.toBeChecked();
    expect(screen.getByTestId('status-config-save')).toBeInTheDocument();
  });

  it('lets staff who are not admins only look', async () => {
    renderEditor(undefined, STAFF);

    const editors = await screen.findAllByTestId('status-editor', {}, { timeout: 5000 });
    expect(screen.getByTestId('status-config-readonly')).toBeInTheDocument();
    expect(within(editors[0]).getByTestId('status-name-ja')).toBeDisabled();
    expect(screen.getByTestId('transition-KIT_REQUESTED-KIT_SENT')).toBeDisabled();
    expect(screen.queryByTestId('status-config-save')).not.toBeInTheDocument();
    expect(screen.queryByTestId('status-add')).not.toBeInTheDocument();
  });

  it('shows a live preview while a name or colour is typed', async () => {
    renderEditor();
    const editor = (await screen.findAllByTestId('status-editor', {}, { timeout: 5000 }))[1];

    await userEvent.clear(within(editor).getByTestId('status-name-ja'));
    await userEvent.type(within(editor).getByTestId('status-name-ja'), '発送済み');
    fireEvent.change(within(editor).getByTestId('status-background'), { target: { value: '#ff0000' } });

    const preview = within(editor).getByTestId('status-preview-name');
    expect(preview).toHaveTextContent('発送済み');
    await waitFor(() => expect(preview).toHaveStyle({ backgroundColor: '#ff0000' }));
  });

  it('refuses to send what the service would refuse and says so next to the field', async () => {
    const gateway = renderEditor(() => ({ status: 200, body: kitConfig() }));
    await screen.findAllByTestId('status-editor', {}, { timeout: 5000 });

    await userEvent.click(screen.getByTestId('status-add'));
    const added = screen.getAllByTestId('status-editor').at(-1)!;
    await userEvent.type(within(added).getByTestId('status-code'), '9bad');
    await userEvent.click(within(editorOf('KIT_REQUESTED')).getByTestId('status-flag-initial'));
    fireEvent.change(within(editorOf('KIT_SENT')).getByTestId('status-text'), { target: { value: 'red' } });
    await userEvent.click(within(editorOf('ITEMS_RECEIVED')).getByTestId('status-flag-terminal'));
    // Nothing may newly leave a terminal status.
    expect(screen.getByTestId('transition-ITEMS_RECEIVED-CANCELLED')).toBeDisabled();
    expect(screen.getByTestId('transition-ITEMS_RECEIVED-LISTED')).toBeEnabled();
    await userEvent.click(screen.getByTestId('status-config-save'));

    expect(await screen.findByTestId('status-config-invalid')).toBeInTheDocument();
    expect(within(added).getByText('コードは英大文字で始まる40文字以内で、英大文字・数字・_ だけにしてください。')).toBeInTheDocument();
    expect(within(added).getAllByText('名前を入力してください。')).toHaveLength(2);
    expect(within(added).getAllByText('会員向け表示を入力してください。')).toHaveLength(2);
    expect(within(editorOf('KIT_SENT')).getByText('色は #rrggbb の形で指定してください。')).toBeInTheDocument();
    expect(screen.getByTestId('status-config-general')).toHaveTextContent('最初のステータスを一つ選んでください。');
    expect(within(editorOf('ITEMS_RECEIVED')).getByText('完了のステータスから進める先は設定できません。下の表でチェックを外してください。')).toBeInTheDocument();
    expect(gateway.calls('PUT', '/api/requests/types/KIT')).toHaveLength(0);
  });

  it('saves statuses in their new order and the transitions with If-Match', async () => {
    const saved: RequestTypeConfig = kitConfig({ version: 5 });
    const gateway = renderEditor(() => ({ status: 200, body: saved, headers: { ETag: '"5"' } }));
    await screen.findAllByTestId('status-editor', {}, { timeout: 5000 });

    await userEvent.type(within(editorOf('KIT_SENT')).getByTestId('status-time-limit'), '0');
    await userEvent.click(within(editorOf('CANCELLED')).getByTestId('status-up'));
    await userEvent.click(screen.getByTestId('transition-ITEMS_RECEIVED-CANCELLED'));
    await userEvent.click(within(editorOf('KIT_REQUESTED')).getByTestId('status-retired'));
    await userEvent.click(within(editorOf('KIT_REQUESTED')).getByTestId('status-retired'));
    await userEvent.click(screen.getByTestId('status-config-save'));

    expect(await screen.findByTestId('status-config-saved')).toBeInTheDocument();
    const [put] = gateway.calls('PUT', '/api/requests/types/KIT');
    expect(put.headers.get('If-Match')).toBe('"4"');
    const body = put.body as RequestTypeConfig;
    expect(body.statuses.map((status) => `${status.order}:${status.code}`)).toEqual(['1:KIT_REQUESTED', '2:KIT_SENT', '3:ITEMS_RECEIVED', '4:CANCELLED', '5:LISTED']);
    expect(body.statuses[1].timeLimitHours).toBe(3360);
    expect(body.transitions).toContainEqual({ from: 'ITEMS_RECEIVED', to: 'CANCELLED' });
    expect(body.transitions).toHaveLength(6);
    expect(body.statuses[0]).not.toHaveProperty('key');
  });

  it('shows the service’s field problems on the status or transition they concern', async () => {
    renderEditor(() => ({
      status: 400,
      body: {
        title: 'Invalid input',
        status: 400,
        code: 'configuration-invalid',
        errors: [
          { field: 'statuses[2].memberLabel.en', code: 'length', message: 'Keep what the member reads in English to 60 characters.' },
          { field: 'transitions[1].to', code: 'unknown-status', message: 'There is no status CANCELLED.' },
        ],
      },
    }));
    await screen.findAllByTestId('status-editor', {}, { timeout: 5000 });

    await userEvent.click(screen.getByTestId('status-config-save'));

    expect(await within(editorOf('ITEMS_RECEIVED')).findByText('Keep what the member reads in English to 60 characters.')).toBeInTheDocument();
    // A transition is named by its statuses, not by its place in the list sent.
    expect(screen.getByTestId('status-config-other-errors')).toHaveTextContent('KIT_REQUESTED → CANCELLED: There is no status CANCELLED.');
  });

  it('says which removed status is still in use and offers to retire it instead', async () => {
    let attempt = 0;
    const gateway = renderEditor(() =>
      ++attempt === 1
        ? {
            status: 409,
            body: { type: 'urn:azukari:problem:status-in-use', title: 'Status in use', status: 409, code: 'status-in-use', detail: 'KIT_SENT is used by requests and cannot be removed.', statuses: ['KIT_SENT'] },
          }
        : { status: 200, body: kitConfig({ version: 5 }), headers: { ETag: '"5"' } },
    );
    await screen.findAllByTestId('status-editor', {}, { timeout: 5000 });

    await userEvent.click(within(editorOf('KIT_SENT')).getByTestId('status-remove'));
    expect(screen.getByTestId('status-removed')).toHaveAttribute('data-code', 'KIT_SENT');
    await userEvent.click(screen.getByTestId('status-config-save'));

    const removed = await screen.findByTestId('status-removed');
    expect(within(removed).getByTestId('status-in-use')).toHaveTextContent('KIT_SENT は依頼が使っている（使った）ため削除できません。廃止にしてください。');
    const first = gateway.calls('PUT', '/api/requests/types/KIT')[0].body as RequestTypeConfig;
    expect(first.statuses.map((status) => status.code)).not.toContain('KIT_SENT');
    expect(first.transitions.some((transition) => transition.from === 'KIT_SENT' || transition.to === 'KIT_SENT')).toBe(false);

    await userEvent.click(within(removed).getByTestId('status-retire-instead'));
    expect(within(editorOf('KIT_SENT')).getByTestId('status-retired')).toBeChecked();
    // Back where it was.
    expect(screen.getAllByTestId('status-editor').map((editor) => editor.dataset.code)).toEqual(['KIT_REQUESTED', 'KIT_SENT', 'ITEMS_RECEIVED', 'LISTED', 'CANCELLED']);
    await userEvent.click(screen.getByTestId('status-config-save'));

    expect(await screen.findByTestId('status-config-saved')).toBeInTheDocument();
    const second = gateway.calls('PUT', '/api/requests/types/KIT')[1].body as RequestTypeConfig;
    expect(second.statuses.find((status) => status.code === 'KIT_SENT')?.retired).toBe(true);
    expect(second.transitions).toContainEqual({ from: 'KIT_SENT', to: 'ITEMS_RECEIVED' });
  });

  it('asks to reload when another admin saved first', async () => {
    renderEditor(() => ({ status: 409, body: { title: 'Concurrent change', status: 409, detail: 'Someone else changed this record in the meantime.' } }));
    await screen.findAllByTestId('status-editor', {}, { timeout: 5000 });

    await userEvent.click(screen.getByTestId('status-config-save'));

    expect(await screen.findByTestId('status-config-stale')).toHaveTextContent('ほかの管理者が先に設定を変更しました');
  });
});
