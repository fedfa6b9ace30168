import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../items/api';
import { ADMIN, FIELDS, FIELDS_ANSWER, STAFF } from '../../test/itemRecords';
import { renderRoutes } from '../../test/render';
import { inTurn, stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';

// Pages render slowly on the shared two-core machine: give every findBy/waitFor five seconds.
configure({ asyncUtilTimeout: 5000 });

const row = (key: string) => screen.getAllByTestId('field-row').find((candidate) => candidate.getAttribute('data-key') === key)!;
const keys = () => screen.getAllByTestId('field-row').map((candidate) => candidate.getAttribute('data-key'));
const saved = (fields: FieldDef[]) => ({ status: 200, body: { version: 4, fields }, headers: { ETag: '"4"' } });

describe('item field settings', () => {
  it('will not remove or retype a built-in field, and says why', async () => {
    stubApi([{ method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER }], ADMIN);
    renderRoutes(adminRoutes, '/settings/item-fields');
    await screen.findAllByTestId('field-row');

    const brand = row('brand');
    expect(within(brand).getByTestId('field-remove')).toBeDisabled();
    expect(within(brand).getByTestId('builtin-hint')).toHaveTextContent('標準の項目は削除できません');
    expect(within(brand).getByTestId('field-type')).toBeDisabled();
    expect(within(brand).getByTestId('field-label-ja')).toBeEnabled();
    expect(within(brand).getByTestId('field-retired')).toBeEnabled();

    fireEvent.click(within(brand).getByTestId('field-remove'));
    expect(keys()).toContain('brand');

    const custom = row('boxIncluded');
    expect(within(custom).getByTestId('field-type')).toBeEnabled();
    fireEvent.click(within(custom).getByTestId('field-remove'));
    expect(keys()).not.toContain('boxIncluded');
  });

  it('saves the fields in their new order, relabelled, with a new choice field, sending If-Match', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER },
        { method: 'PUT', path: '/api/items/fields', answer: (request) => saved((request.body as { fields: FieldDef[] }).fields) },
      ],
      ADMIN,
    );
    renderRoutes(adminRoutes, '/settings/item-fields');
    await screen.findAllByTestId('field-row');

    fireEvent.click(within(row('brand')).getByTestId('field-up'));
    expect(keys().slice(0, 2)).toEqual(['brand', 'name']);
    fireEvent.change(within(row('brand')).getByTestId('field-label-ja'), { target: { value: 'ブランド名' } });
    fireEvent.click(within(row('title')).getByTestId('field-required'));
    fireEvent.click(within(row('memberNotes')).getByTestId('field-retired'));

    fireEvent.click(screen.getByTestId('field-add'));
    const added = screen.getAllByTestId('field-row').at(-1)!;
    fireEvent.change(within(added).getByTestId('field-key'), { target: { value: 'color' } });
    fireEvent.change(within(added).getByTestId('field-label-ja'), { target: { value: '色' } });
    fireEvent.change(within(added).getByTestId('field-label-en'), { target: { value: 'Colour' } });
    fireEvent.change(within(added).getByTestId('field-type'), { target: { value: 'SELECT' } });
    fireEvent.click(within(added).getByTestId('field-member-editable'));
    fireEvent.click(within(added).getByTestId('add-option'));
    const [value, ja, en] = within(within(added).getByTestId('field-option')).getAllByRole('textbox');
    fireEvent.change(value, { target: { value: 'black' } });
    fireEvent.change(ja, { target: { value: '黒' } });
    fireEvent.change(en, { target: { value: 'Black' } });

    fireEvent.click(screen.getByTestId('fields-save'));

    expect(await screen.findByTestId('fields-saved')).toBeInTheDocument();
    const put = gateway.calls('PUT', '/api/items/fields')[0];
    expect(put.headers.get('If-Match')).toBe('"3"');
    const sent = (put.body as { fields: (FieldDef & Record<string, unknown>)[] }).fields;
    expect(sent.map((field) => field.key)).toEqual(['brand', 'name', ...FIELDS.slice(2).map((field) => field.key), 'color']);
    expect(sent.map((field) => field.order)).toEqual(sent.map((_, index) => index + 1));
    expect(sent[0].label).toEqual({ ja: 'ブランド名', en: 'Brand' });
    expect(sent.find((field) => field.key === 'title')!.required).toBe(false);
    expect(sent.find((field) => field.key === 'memberNotes')!.retired).toBe(true);
    expect(sent.at(-1)).toEqual({
      key: 'color',
      label: { ja: '色', en: 'Colour' },
      type: 'SELECT',
      required: false,
      options: [{ value: 'black', label: { ja: '黒', en: 'Black' } }],
      memberEditable: true,
      order: 11,
      builtIn: false,
      retired: false,
    });
    expect(sent.some((field) => 'uid' in field || 'added' in field)).toBe(false);
  });

  it('checks keys and choices before asking the server', async () => {
    const gateway = stubApi([{ method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER }], ADMIN);
    renderRoutes(adminRoutes, '/settings/item-fields');
    await screen.findAllByTestId('field-row');

    fireEvent.click(screen.getByTestId('field-add'));
    const added = screen.getAllByTestId('field-row').at(-1)!;
    fireEvent.change(within(added).getByTestId('field-key'), { target: { value: 'Brand name' } });
    fireEvent.change(within(added).getByTestId('field-type'), { target: { value: 'SELECT' } });
    fireEvent.click(screen.getByTestId('fields-save'));

    expect(within(added).getByText('キーは英小文字で始まる英数字にしてください（例: modelNumber）')).toBeInTheDocument();
    expect(within(added).getByText('選択肢を 1 つ以上追加してください')).toBeInTheDocument();
    expect(gateway.calls('PUT')).toHaveLength(0);
  });

  it("shows the server's problems next to the field they concern", async () => {
    stubApi(
      [
        { method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER },
        {
          method: 'PUT',
          path: '/api/items/fields',
          answer: { status: 400, body: { title: 'Invalid input', status: 400, errors: [{ field: 'fields[4].label.en', code: 'text.tooLong', message: 'Use at most 50 characters.' }] } },
        },
      ],
      ADMIN,
    );
    renderRoutes(adminRoutes, '/settings/item-fields');
    await screen.findAllByTestId('field-row');

    fireEvent.change(within(row('title')).getByTestId('field-label-en'), { target: { value: 'A listing title that is far too long for anyone to read at a glance' } });
    fireEvent.click(screen.getByTestId('fields-save'));

    await waitFor(() => expect(within(row('title')).getByText('Use at most 50 characters.')).toBeInTheDocument());
    expect(within(row('title')).getByTestId('field-label-en')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says when the fields changed elsewhere (409) and starts over from the latest ones', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/items/fields', answer: inTurn(FIELDS_ANSWER, saved(FIELDS.map((field) => (field.key === 'brand' ? { ...field, label: { ja: 'メーカー', en: 'Maker' } } : field)))) },
        { method: 'PUT', path: '/api/items/fields', answer: { status: 409, body: { title: 'Concurrent change', status: 409, detail: 'Someone else changed this.' } } },
      ],
      ADMIN,
    );
    renderRoutes(adminRoutes, '/settings/item-fields');
    await screen.findAllByTestId('field-row');

    fireEvent.change(within(row('brand')).getByTestId('field-label-ja'), { target: { value: 'ブランド名' } });
    fireEvent.click(screen.getByTestId('fields-save'));
    fireEvent.click(within(await screen.findByTestId('fields-conflict')).getByTestId('fields-reload'));

    await waitFor(() => expect(within(row('brand')).getByTestId('field-label-ja')).toHaveValue('メーカー'));
    expect(screen.queryByTestId('fields-conflict')).toBeNull();
    expect(gateway.calls('GET', '/api/items/fields')).toHaveLength(2);
  });

  it('lets staff who are not admins read the fields but change nothing', async () => {
    stubApi([{ method: 'GET', path: '/api/items/fields', answer: FIELDS_ANSWER }], STAFF);
    renderRoutes(adminRoutes, '/settings/item-fields');
    await screen.findAllByTestId('field-row');

    expect(screen.getByTestId('fields-read-only')).toBeInTheDocument();
    expect(within(row('name')).getByTestId('field-label-ja')).toBeDisabled();
    expect(within(row('boxIncluded')).getByTestId('field-remove')).toBeDisabled();
    expect(screen.queryByTestId('fields-save')).toBeNull();
    expect(screen.queryByTestId('field-add')).toBeNull();
  });
});
