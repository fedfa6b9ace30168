import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { memberRoutes } from '../routes';

configure({ asyncUtilTimeout: 5000 });

const PATH = '/api/inquiries/survey/tok-1';

describe('satisfaction survey page', () => {
  it('takes one score and a comment without login, then thanks', async () => {
    const gateway = stubApi(
      [
        { method: 'GET', path: PATH, answer: { status: 200, body: { number: 'Q-000123', shopName: 'Azukari', answered: false, score: null } } },
        { method: 'POST', path: PATH, answer: (request) => ({ status: 200, body: { number: 'Q-000123', shopName: 'Azukari', answered: true, score: (request.body as { score: number }).score } }) },
      ],
      null,
    );
    renderRoutes(memberRoutes, '/survey/tok-1');
    expect(await screen.findByText(/Q-000123/)).toBeInTheDocument();
    expect(screen.getByTestId('survey-submit')).toBeDisabled();
    fireEvent.click(screen.getByTestId('survey-score-4'));
    fireEvent.change(screen.getByLabelText('ご意見（任意）'), { target: { value: '丁寧でした' } });
    fireEvent.click(screen.getByTestId('survey-submit'));
    expect(await screen.findByTestId('survey-thanks')).toHaveTextContent('ご回答ありがとうございました。');
    await waitFor(() => expect(gateway.calls('POST', PATH)[0].body).toEqual({ score: 4, comment: '丁寧でした' }));
  });

  it('says so when the link is unknown', async () => {
    stubApi([{ method: 'GET', path: PATH, answer: { status: 404, body: { status: 404, title: 'Not Found', code: 'survey-not-found' } } }], null);
    renderRoutes(memberRoutes, '/survey/tok-1');
    expect(await screen.findByTestId('survey-gone')).toHaveTextContent('このアンケートは見つかりませんでした。');
  });
});
