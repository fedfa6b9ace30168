import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STAFF } from '../../test/itemRecords';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import { TEMPLATES } from './fixtures';

configure({ asyncUtilTimeout: 5000 });

const LIST = { method: 'GET', path: '/api/inquiries/templates', answer: { status: 200, body: TEMPLATES } };

describe('reply templates settings', () => {
  it('lists the templates by category', async () => {
    stubApi([LIST], STAFF);
    renderRoutes(adminRoutes, '/settings/inquiry-templates');
    const list = await screen.findByTestId('template-list');
    await within(list).findByText('梱包キットのご案内');
    for (const text of ['キット', '精算', 'キャンセル', 'お支払い時期のご案内', 'キャンセル・返却のご案内']) {
      expect(list).toHaveTextContent(text);
    }
  });

  it('edits a template with a placeholder inserted, previews it filled and saves naming the version', async () => {
    const gateway = stubApi(
      [LIST, { method: 'PUT', path: '/api/inquiries/templates/t-kit', answer: (request) => ({ status: 200, body: { ...TEMPLATES[0], ...(request.body as object), version: 4 }, headers: { ETag: '"4"' } }) }],
      STAFF,
    );
    renderRoutes(adminRoutes, '/settings/inquiry-templates');
    fireEvent.click(await screen.findByText('梱包キットのご案内'));
    const body = (await screen.findByTestId('template-body')) as HTMLTextAreaElement;
    fireEvent.change(body, { target: { value: 'お申し込み ' } });
    fireEvent.click(screen.getByTestId('insert-requestNumber'));
    expect(body.value).toBe('お申し込み {{requestNumber}}');
    expect(screen.getByTestId('template-preview')).toHaveTextContent('お申し込み R-000123');

    fireEvent.click(screen.getByTestId('template-save'));
    await waitFor(() => expect(gateway.calls('PUT', '/api/inquiries/templates/t-kit')).toHaveLength(1));
    const put = gateway.calls('PUT', '/api/inquiries/templates/t-kit')[0];
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toMatchObject({ name: '梱包キットのご案内', category: 'キット', body: 'お申し込み {{requestNumber}}', keywords: ['キット'] });
  });

  it('names an unknown placeholder and does not let it be saved', async () => {
    const gateway = stubApi([LIST], STAFF);
    renderRoutes(adminRoutes, '/settings/inquiry-templates');
    fireEvent.click(await screen.findByText('お支払い時期のご案内'));
    fireEvent.change(await screen.findByTestId('template-body'), { target: { value: '{{orderDate}} にお振り込みします' } });
    expect(await screen.findByTestId('unknown-placeholders')).toHaveTextContent('{{orderDate}}');
    expect(screen.getByTestId('template-save')).toBeDisabled();
    expect(gateway.calls('PUT')).toHaveLength(0);
  });

  it('shows the conflict when someone else changed the template first', async () => {
    stubApi(
      [LIST, { method: 'PUT', path: '/api/inquiries/templates/t-cancel', answer: { status: 409, body: { title: 'Conflict', status: 409, detail: 'Someone changed this record after you loaded it.' } } }],
      STAFF,
    );
    renderRoutes(adminRoutes, '/settings/inquiry-templates');
    fireEvent.click(await screen.findByText('キャンセル・返却のご案内'));
    fireEvent.change(await screen.findByTestId('template-body'), { target: { value: '承りました。' } });
    fireEvent.click(screen.getByTestId('template-save'));
    expect(await screen.findByText('ほかの操作と競合しました')).toBeInTheDocument();
  });

  it('creates a new template', async () => {
    const gateway = stubApi(
      [LIST, { method: 'POST', path: '/api/inquiries/templates', answer: (request) => ({ status: 201, body: { id: 't-new', ...(request.body as object), updatedAt: '2026-11-02T00:00:00Z', version: 0 } }) }],
      STAFF,
    );
    renderRoutes(adminRoutes, '/settings/inquiry-templates');
    fireEvent.click(await screen.findByTestId('template-new'));
    fireEvent.change(screen.getByLabelText(/名前/), { target: { value: 'お礼' } });
    fireEvent.change(screen.getByLabelText(/カテゴリ/), { target: { value: '一般' } });
    fireEvent.change(screen.getByTestId('template-body'), { target: { value: '{{customerName}} 様 ありがとうございました。' } });
    fireEvent.click(screen.getByTestId('template-save'));
    await waitFor(() => expect(gateway.calls('POST', '/api/inquiries/templates')).toHaveLength(1));
    expect(gateway.calls('POST', '/api/inquiries/templates')[0].body).toMatchObject({ name: 'お礼', category: '一般', subject: null });
  });
});
