import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN, FIELDS_ANSWER, PROFILES, STAFF } from '../../test/itemRecords';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import { moveColumn } from './ExportProfilesPage';

// Pages render slowly on the shared two-core machine: give every findBy/waitFor five seconds.
configure({ asyncUtilTimeout: 5000 });

const sources = () => screen.getAllByTestId('profile-column').map((row) => row.getAttribute('data-source'));
const column = (source: string) => screen.getAllByTestId('profile-column').find((row) => row.getAttribute('data-source') === source)!;

function stubProfiles(me = ADMIN) {
  return stubApi(
    [
      { method: 'GET', path: '/api/items/export-profiles', answer: { status: 200, body: PROFILES } },
      { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER },
      { method: 'PUT', path: /^\/api\/items\/export-profiles\/[^/]+$/, answer: (request) => ({ status: 200, body: request.body }) },
    ],
    me,
  );
}

describe('export profile settings', () => {
  it('reorders, renames, adds and removes columns and saves them in that order', async () => {
    const gateway = stubProfiles();
    renderRoutes(adminRoutes, '/settings/exports');
    await screen.findByTestId('profile-editor');
    expect(sources()).toEqual(['title', 'startPrice', 'number']);
    expect(within(column('title')).getByTestId('column-up')).toBeDisabled();

    fireEvent.click(within(column('number')).getByTestId('column-up'));
    fireEvent.click(within(column('number')).getByTestId('column-up'));
    expect(sources()).toEqual(['number', 'title', 'startPrice']);
    fireEvent.click(within(column('title')).getByTestId('column-down'));
    expect(sources()).toEqual(['number', 'startPrice', 'title']);

    fireEvent.change(within(column('title')).getByTestId('column-header'), { target: { value: 'オークションタイトル' } });
    fireEvent.change(screen.getByTestId('column-source'), { target: { value: 'hammerPrice' } });
    fireEvent.click(screen.getByTestId('column-add'));
    fireEvent.change(screen.getByTestId('column-source'), { target: { value: 'condition' } });
    fireEvent.click(screen.getByTestId('column-add'));
    fireEvent.click(within(column('startPrice')).getByTestId('column-remove'));
    expect(sources()).toEqual(['number', 'title', 'hammerPrice', 'condition']);
    expect(within(column('condition')).getByTestId('column-header')).toHaveValue('状態');

    fireEvent.click(screen.getByTestId('profile-save'));

    expect(await screen.findByTestId('profile-saved')).toBeInTheDocument();
    const put = gateway.calls('PUT', '/api/items/export-profiles/yahoo')[0];
    expect(put.body).toEqual({
      id: 'yahoo',
      name: 'ヤフオク! 一括出品',
      format: 'CSV_YAHOO',
      encoding: 'SHIFT_JIS',
      columns: [
        { source: 'number', header: '管理番号' },
        { source: 'title', header: 'オークションタイトル' },
        { source: 'hammerPrice', header: '落札価格' },
        { source: 'condition', header: '状態' },
      ],
    });
  });

  it('offers only the sources not used yet, never retired fields', async () => {
    stubProfiles();
    renderRoutes(adminRoutes, '/settings/exports');
    await screen.findByTestId('profile-editor');

    const offered = [...(screen.getByTestId('column-source') as HTMLSelectElement).options].map((option) => option.value).filter(Boolean);
    expect(offered).toContain('requestNumber');
    expect(offered).toContain('brand');
    expect(offered).not.toContain('title');
    expect(offered).not.toContain('serialNumber');
  });

  it('picks another profile; XLSX needs no encoding', async () => {
    stubProfiles();
    renderRoutes(adminRoutes, '/settings/exports');
    await screen.findByTestId('profile-editor');
    expect(screen.getByTestId('profile-encoding')).toBeEnabled();

    fireEvent.click(screen.getAllByTestId('profile-pick')[1]);

    await waitFor(() => expect(screen.getByTestId('profile-name')).toHaveValue('全項目 XLSX'));
    expect(screen.getByTestId('profile-encoding')).toBeDisabled();
    expect(screen.getByText('XLSX では指定不要です')).toBeInTheDocument();
  });

  it('refuses to save a column without a header and places the server problems by column', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/items/export-profiles', answer: { status: 200, body: PROFILES } },
        { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER },
        { method: 'PUT', path: '/api/items/export-profiles/yahoo', answer: { status: 400, body: { title: 'Invalid input', status: 400, errors: [{ field: 'columns[1].source', code: 'source.unknown', message: 'There is no source "startPrice".' }] } } },
      ],
      ADMIN,
    );
    renderRoutes(adminRoutes, '/settings/exports');
    await screen.findByTestId('profile-editor');

    fireEvent.change(within(column('title')).getByTestId('column-header'), { target: { value: ' ' } });
    fireEvent.click(screen.getByTestId('profile-save'));
    expect(within(column('title')).getByText('見出しを入力してください')).toBeInTheDocument();
    expect(gateway.calls('PUT')).toHaveLength(0);

    fireEvent.change(within(column('title')).getByTestId('column-header'), { target: { value: 'タイトル' } });
    fireEvent.click(screen.getByTestId('profile-save'));
    expect(await within(column('startPrice')).findByText('There is no source "startPrice".')).toBeInTheDocument();
  });

  it('is read-only for staff who are not admins', async () => {
    stubProfiles(STAFF);
    renderRoutes(adminRoutes, '/settings/exports');
    await screen.findByTestId('profile-editor');

    expect(screen.getByTestId('profiles-read-only')).toBeInTheDocument();
    expect(screen.getByTestId('profile-name')).toBeDisabled();
    expect(within(column('title')).getByTestId('column-down')).toBeDisabled();
    expect(screen.queryByTestId('profile-save')).toBeNull();
  });

  it('moves a column one place and no further than the ends', () => {
    expect(moveColumn(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveColumn(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveColumn(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
