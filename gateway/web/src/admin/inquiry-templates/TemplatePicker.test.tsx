import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../shared/AppProviders';
import { STAFF } from '../../test/itemRecords';
import { stubApi } from '../../test/stubApi';
import { TEMPLATES } from './fixtures';
import { TemplatePicker } from './TemplatePicker';

configure({ asyncUtilTimeout: 5000 });

function renderPicker(onPick: (text: string) => void) {
  render(
    <AppProviders queryClient={createQueryClient({ retry: false })}>
      <TemplatePicker inquiryId="q-1" subject="入金はいつですか" body="売れた商品の代金はいつ振り込まれますか。" onPick={onPick} />
    </AppProviders>,
  );
}

describe('template picker', () => {
  it('offers the suggestions for the inquiry first, best on top, and fills the picked one for its customer', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: '/api/inquiries/templates', answer: { status: 200, body: TEMPLATES } },
        {
          method: 'POST',
          path: '/api/inquiries/template-suggestions',
          answer: { status: 200, body: [{ templateId: 't-pay', name: 'お支払い時期のご案内', score: 9.5 }, { templateId: 't-kit', name: '梱包キットのご案内', score: 1 }] },
        },
        { method: 'POST', path: '/api/inquiries/q-1/templates/t-pay/render', answer: { status: 200, body: { subject: null, text: '山田 花子 様\n翌月15日にお振り込みします。' } } },
      ],
      STAFF,
    );
    const onPick = vi.fn();
    renderPicker(onPick);
    const suggestions = await screen.findAllByTestId('template-suggestion');
    expect(suggestions.map((button) => button.textContent)).toEqual(['お支払い時期のご案内', '梱包キットのご案内']);
    expect(gateway.calls('POST', '/api/inquiries/template-suggestions')[0].body).toEqual({ inquiryId: 'q-1', subject: '入金はいつですか', body: '売れた商品の代金はいつ振り込まれますか。' });
    expect(await screen.findAllByTestId('template-option')).toHaveLength(3);

    fireEvent.click(suggestions[0]);
    await waitFor(() => expect(onPick).toHaveBeenCalledWith('山田 花子 様\n翌月15日にお振り込みします。'));
  });

  it('filters the full list', async () => {
    stubApi(
      [
        { method: 'GET', path: '/api/inquiries/templates', answer: { status: 200, body: TEMPLATES } },
        { method: 'POST', path: '/api/inquiries/template-suggestions', answer: { status: 200, body: [] } },
      ],
      STAFF,
    );
    renderPicker(() => {});
    expect(await screen.findAllByTestId('template-option')).toHaveLength(3);
    fireEvent.change(screen.getByLabelText('テンプレートを絞り込む'), { target: { value: 'キャンセル' } });
    await waitFor(() => expect(screen.getAllByTestId('template-option')).toHaveLength(1));
    expect(screen.queryByTestId('template-suggestion')).toBeNull();
  });
});
