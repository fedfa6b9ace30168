import { describe, expect, it } from 'vitest';
import { check, preview } from '../../mock/mockMailTemplates';

describe('mock gateway: mail templates', () => {
  it('refuses unknown placeholders and unbalanced sections like the service', () => {
    expect(check('request-status', { subject: '{{number}}', text: '{{points}}', html: '' })).toMatchObject({ code: 'unknown-placeholder', placeholder: 'points', part: 'text' });
    expect(check('request-status', { subject: '{{#name}}x', text: '', html: '' })).toMatchObject({ code: 'template-syntax', part: 'subject' });
    expect(check('request-status', { subject: '{{number}}', text: '{{#name}}{{name}}{{/name}}', html: '<p>{{statusLabel}}</p>' })).toBeNull();
  });

  it('renders sample data, escaping values only in HTML', () => {
    const rendered = preview('request-status', { subject: '{{number}}\n状況', text: '{{name}} 様{{^name}}お客様{{/name}}', html: '<p>{{link}}&{{name}}</p>' });
    expect(rendered.subject).toBe('R-000123 状況');
    expect(rendered.text).toBe('山田 花子 様');
    expect(rendered.html).toBe('<p>https://azukari.example/requests/sample&山田 花子</p>');
  });
});
