import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN, STAFF } from '../../test/itemRecords';
import { renderRoutes } from '../../test/render';
import { stubApi, type SentRequest } from '../../test/stubApi';
import { adminRoutes } from '../routes';
import type { MailTemplate } from './api';

configure({ asyncUtilTimeout: 5000 });

const placeholders = [
  { name: 'name', description: { ja: '宛先のお名前', en: 'Name' }, sample: '山田 花子' },
  { name: 'number', description: { ja: 'お申し込み番号', en: 'Number' }, sample: 'R-000123' },
  { name: 'statusLabel', description: { ja: '新しい状況', en: 'Status' }, sample: 'キットを発送しました' },
];

const template = (kind: string, language: string, more: Partial<MailTemplate> = {}): MailTemplate => ({
  kind,
  language,
  subject: '【Azukari】{{number}} の状況',
  text: '{{name}} 様',
  html: '<p>{{name}} 様</p>',
  placeholders,
  updatedAt: null,
  updatedBy: null,
  version: 3,
  ...more,
});

const LIST = [template('request-status', 'ja'), template('request-status', 'en', { subject: '[Azukari] {{number}}' }), template('verification-result', 'ja')];

function stubTemplates(save?: (request: SentRequest) => { status: number; body?: unknown; headers?: Record<string, string> }) {
  return stubApi(
    [
      { method: 'GET', path: '/api/notifications/templates', answer: { status: 200, body: LIST } },
      { method: 'GET', path: '/api/notifications/templates/request-status/ja', answer: { status: 200, body: LIST[0], headers: { ETag: '"3"' } } },
      {
        method: 'POST',
        path: '/api/notifications/templates/request-status/ja/preview',
        answer: (request) => {
          const body = request.body as { subject: string; text: string; html: string };
          if (body.text.includes('{{points}}')) return { status: 400, body: { status: 400, code: 'unknown-placeholder', placeholder: 'points', part: 'text', detail: 'unknown' } };
          return { status: 200, body: { subject: body.subject.replace('{{number}}', 'R-000123'), text: body.text.replace('{{name}}', '山田 花子'), html: body.html.replace('{{name}}', '山田 花子') } };
        },
      },
      { method: 'PUT', path: '/api/notifications/templates/request-status/ja', answer: save ?? ((request) => ({ status: 200, body: { ...LIST[0], ...(request.body as object), version: 4, updatedBy: '鈴木 管理' }, headers: { ETag: '"4"' } })) },
      { method: 'DELETE', path: '/api/notifications/templates/request-status/ja', answer: { status: 200, body: { ...LIST[0], version: 5 }, headers: { ETag: '"5"' } } },
      { method: 'POST', path: '/api/notifications/templates/request-status/ja/test-send', answer: (request) => ({ status: 202, body: { deliveryId: 'd-1', to: (request.body as { to?: string }).to ?? 'admin@example.com' } }) },
    ],
    ADMIN,
  );
}

describe('mail templates', () => {
  it('lists the templates and shows a live preview of the draft with sample data', async () => {
    const gateway = stubTemplates();
    renderRoutes(adminRoutes, '/settings/mail-templates');
    expect(await screen.findByTestId('template-request-status-en')).toBeInTheDocument();
    expect(await screen.findByTestId('template-editor')).toBeInTheDocument();
    expect(await screen.findByTestId('preview-subject')).toHaveTextContent('【Azukari】R-000123 の状況');

    fireEvent.change(screen.getByTestId('template-text'), { target: { value: 'こんにちは {{name}} 様' } });

    await waitFor(() => expect(screen.getByTestId('preview-text')).toHaveTextContent('こんにちは 山田 花子 様'));
    const previews = gateway.calls('POST', '/api/notifications/templates/request-status/ja/preview');
    expect(previews[previews.length - 1].body).toEqual({ subject: '【Azukari】{{number}} の状況', text: 'こんにちは {{name}} 様', html: '<p>{{name}} 様</p>' });
  });

  it('inserts a placeholder where the cursor is and saves with the version it loaded', async () => {
    const gateway = stubTemplates();
    renderRoutes(adminRoutes, '/settings/mail-templates?kind=request-status&language=ja');
    const subject = (await screen.findByTestId('template-subject')) as HTMLInputElement;
    fireEvent.focus(subject);
    subject.setSelectionRange(subject.value.length, subject.value.length);
    fireEvent.select(subject);

    fireEvent.click(screen.getByTestId('placeholder-statusLabel'));
    fireEvent.click(screen.getByTestId('template-save'));

    expect(await screen.findByTestId('template-notice')).toHaveTextContent('保存しました');
    const put = gateway.calls('PUT', '/api/notifications/templates/request-status/ja')[0];
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect((put.body as { subject: string }).subject).toBe('【Azukari】{{number}} の状況{{statusLabel}}');
  });

  it('names the unknown placeholder the server refused', async () => {
    stubTemplates(() => ({ status: 400, body: { status: 400, code: 'unknown-placeholder', placeholder: 'points', part: 'text', detail: 'The text template uses {{points}}' } }));
    renderRoutes(adminRoutes, '/settings/mail-templates?kind=request-status&language=ja');
    fireEvent.change(await screen.findByTestId('template-text'), { target: { value: '{{points}} ポイント' } });

    expect(await screen.findByTestId('template-preview-problem')).toHaveTextContent('「points」');
    fireEvent.click(screen.getByTestId('template-save'));

    expect(await screen.findByTestId('template-problem')).toHaveTextContent('本文（テキスト）で使っている「points」は、このメールでは使えない差し込み項目です。');
  });

  it('sends a test mail and resets to the default', async () => {
    const gateway = stubTemplates();
    renderRoutes(adminRoutes, '/settings/mail-templates?kind=request-status&language=ja');
    fireEvent.change(await screen.findByTestId('template-test-to'), { target: { value: 'me@example.com' } });
    fireEvent.click(screen.getByTestId('template-test-send'));
    expect(await screen.findByTestId('template-notice')).toHaveTextContent('me@example.com');
    expect(gateway.calls('POST', '/api/notifications/templates/request-status/ja/test-send')[0].body).toEqual({ to: 'me@example.com' });

    fireEvent.click(screen.getByTestId('template-reset'));

    expect(await screen.findByText('初期設定に戻しました。')).toBeInTheDocument();
    expect(gateway.calls('DELETE', '/api/notifications/templates/request-status/ja')[0].headers.get('If-Match')).toBe('"3"');
  });

  it('tells staff who are not admins that only admins edit templates', async () => {
    const gateway = stubApi([], STAFF);
    renderRoutes(adminRoutes, '/settings/mail-templates');
    expect(await screen.findByTestId('templates-admin-only')).toBeInTheDocument();
    expect(gateway.calls('GET', '/api/notifications/templates')).toHaveLength(0);
  });
});
