import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FIELDS_ANSWER, item, STAFF } from '../../test/itemRecords';
import { renderRoutes } from '../../test/render';
import { inTurn, type StubRoute, stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import { fieldKeyOf } from './ItemEditorPage';

/** The editor once item and fields are loaded (slow on a busy machine). */
const opened = () => screen.findByTestId('item-editor', {}, { timeout: 5000 });

const ITEM = { status: 200, body: item(), headers: { ETag: '"4"' } };

function stubEditor(extra: StubRoute[] = []) {
  return stubApi([...extra, { method: 'GET', path: '/api/items/i-1', answer: ITEM }, { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER }], STAFF);
}

// Pages render slowly on the shared two-core machine: give every findBy/waitFor five seconds.
configure({ asyncUtilTimeout: 5000 });

describe('item editor', () => {
  it('shows every field that is not retired by its type, member-entered ones apart from staff-only ones', async () => {
    stubEditor();
    renderRoutes(adminRoutes, '/items/i-1');
    await opened();

    const typeOf = (key: string) => screen.getByTestId(`item-field-${key}`).getAttribute('data-type');
    expect(typeOf('name')).toBe('TEXT');
    expect(typeOf('memberNotes')).toBe('LONG_TEXT');
    expect(screen.getByTestId('item-field-memberNotes').tagName).toBe('TEXTAREA');
    expect(typeOf('quantity')).toBe('NUMBER');
    expect(typeOf('startPrice')).toBe('MONEY');
    expect(screen.getByTestId('item-field-startPrice')).toHaveValue('¥30,000');
    expect(typeOf('condition')).toBe('SELECT');
    expect(screen.getByTestId('item-field-condition')).toHaveDisplayValue('中古');
    expect(within(screen.getByTestId('item-field-condition')).getByRole('option', { name: '未使用' })).toBeInTheDocument();
    expect(screen.getByTestId('item-field-boxIncluded')).toBeChecked();
    expect(screen.getByTestId('item-field-inspectedOn')).toHaveAttribute('type', 'date');
    expect(screen.getByTestId('item-field-inspectedOn')).toHaveValue('2026-11-02');
    expect(screen.queryByTestId('item-field-serialNumber')).toBeNull();

    expect(screen.getByTestId('item-field-name')).toBeRequired();
    expect(screen.getByTestId('item-field-brand')).not.toBeRequired();
    const member = screen.getByTestId('member-fields');
    const staff = screen.getByTestId('staff-fields');
    expect(within(member).getByTestId('item-field-brand')).toBeInTheDocument();
    expect(within(member).getByTestId('item-field-boxIncluded')).toBeInTheDocument();
    expect(within(staff).getByTestId('item-field-title')).toBeInTheDocument();
    expect(within(staff).queryByTestId('item-field-brand')).toBeNull();
    expect(screen.getByTestId('item-missing')).toHaveTextContent('出品タイトル');

    expect(screen.getByTestId('item-request-link')).toHaveAttribute('href', '/requests/req-1');
    expect(screen.getByTestId('item-request-link')).toHaveTextContent('R-1001');
    expect(screen.getByTestId('item-member-link')).toHaveAttribute('href', '/members/m-1');
    expect(screen.getByTestId('auction-current-bid').textContent).toMatch(/45,000/);
    expect(screen.getByRole('img', { name: 'I-000101 の写真 1' })).toHaveAttribute('src', '/api/items/i-1/photos/p-1');
  });

  it('sends only the changed values with the version it read in If-Match', async () => {
    const gateway = stubEditor([
      {
        method: 'PATCH',
        path: '/api/items/i-1',
        answer: { status: 200, body: item({ values: { ...item().values, brand: 'LOUIS VUITTON', startPrice: 32000, condition: 'unused' }, version: 5 }), headers: { ETag: '"5"' } },
      },
    ]);
    const user = userEvent.setup();
    renderRoutes(adminRoutes, '/items/i-1');
    await opened();
    expect(screen.getByTestId('item-save')).toBeDisabled();

    await user.clear(screen.getByTestId('item-field-brand'));
    await user.type(screen.getByTestId('item-field-brand'), 'LOUIS VUITTON');
    await user.clear(screen.getByTestId('item-field-startPrice'));
    await user.type(screen.getByTestId('item-field-startPrice'), '32000');
    await user.selectOptions(screen.getByTestId('item-field-condition'), 'unused');
    await user.click(screen.getByTestId('item-save'));

    expect(await screen.findByTestId('item-saved')).toHaveTextContent('保存しました');
    const patch = gateway.calls('PATCH', '/api/items/i-1')[0];
    expect(patch.headers.get('If-Match')).toBe('"4"');
    expect(patch.body).toEqual({ values: { brand: 'LOUIS VUITTON', startPrice: 32000, condition: 'unused' } });
  });

  it('says plainly that the item changed elsewhere (409) and starts over from the latest version', async () => {
    const gateway = stubApi(
      [
        { method: 'PATCH', path: '/api/items/i-1', answer: { status: 409, body: { title: 'Concurrent change', status: 409, detail: 'Someone else changed this.' } } },
        {
          method: 'GET',
          path: '/api/items/i-1',
          answer: inTurn(ITEM, { status: 200, body: item({ values: { ...item().values, brand: 'Louis Vuitton' }, version: 5 }), headers: { ETag: '"5"' } }),
        },
        { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/items/i-1');
    await opened();

    fireEvent.change(screen.getByTestId('item-field-title'), { target: { value: 'ルイヴィトン スピーディ30' } });
    fireEvent.click(screen.getByTestId('item-save'));

    const conflict = await screen.findByTestId('item-conflict');
    expect(conflict).toHaveTextContent('ほかの場所で変更されています');
    expect(screen.getByTestId('item-field-title')).toBeDisabled();
    fireEvent.click(within(conflict).getByTestId('item-reload'));

    await waitFor(() => expect(screen.queryByTestId('item-conflict')).toBeNull());
    expect(screen.getByTestId('item-field-brand')).toHaveValue('Louis Vuitton');
    expect(screen.getByTestId('item-field-title')).toHaveValue('');
    expect(gateway.calls('GET', '/api/items/i-1')).toHaveLength(2);
  });

  it('shows the problems the server found next to the fields they concern', async () => {
    stubEditor([
      {
        method: 'PATCH',
        path: '/api/items/i-1',
        answer: {
          status: 400,
          body: { title: 'Invalid input', status: 400, errors: [{ field: 'values.quantity', code: 'number.invalid', message: 'Enter a number of 0 or more.' }, { field: 'requestId', code: 'x', message: 'Something else.' }] },
        },
      },
    ]);
    renderRoutes(adminRoutes, '/items/i-1');
    await opened();

    fireEvent.change(screen.getByTestId('item-field-quantity'), { target: { value: '3' } });
    fireEvent.click(screen.getByTestId('item-save'));

    await waitFor(() => expect(screen.getByTestId('item-field-quantity')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('Enter a number of 0 or more.')).toBeInTheDocument();
    expect(screen.getByTestId('item-other-errors')).toHaveTextContent('Something else.');
  });

  it('adds and deletes photos, then shows the item as stored', async () => {
    const gateway = stubApi(
      [
        { method: 'POST', path: '/api/items/i-1/photos', answer: { status: 201, body: { id: 'p-2', contentType: 'image/png', size: 3 } } },
        { method: 'DELETE', path: '/api/items/i-1/photos/p-1', answer: { status: 204 } },
        {
          method: 'GET',
          path: '/api/items/i-1',
          answer: inTurn(
            ITEM,
            { status: 200, body: item({ photos: [...item().photos, { id: 'p-2', contentType: 'image/png', size: 3 }], version: 5 }), headers: { ETag: '"5"' } },
            { status: 200, body: item({ photos: [{ id: 'p-2', contentType: 'image/png', size: 3 }], version: 6 }), headers: { ETag: '"6"' } },
          ),
        },
        { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER },
      ],
      STAFF,
    );
    renderRoutes(adminRoutes, '/items/i-1');
    await opened();

    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([0x89, 0x50, 0x4e])], 'bag.png', { type: 'image/png' })] } });
    await waitFor(() => expect(screen.getAllByTestId('photo')).toHaveLength(2));
    expect(gateway.calls('POST', '/api/items/i-1/photos')[0].body).toBeInstanceOf(FormData);

    fireEvent.click(screen.getAllByTestId('photo-delete')[0]);
    fireEvent.click(screen.getByTestId('photo-delete-confirm'));
    await waitFor(() => expect(screen.getAllByTestId('photo')).toHaveLength(1));
    expect(gateway.calls('DELETE', '/api/items/i-1/photos/p-1')).toHaveLength(1);
  });

  it('reads the field a server error names in any of the usual spellings', () => {
    expect(fieldKeyOf('values.brand')).toBe('brand');
    expect(fieldKeyOf('values[brand]')).toBe('brand');
    expect(fieldKeyOf("values['brand']")).toBe('brand');
    expect(fieldKeyOf('brand')).toBe('brand');
  });
});
