import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { inTurn, stubApi, type StubAnswer, type StubRoute } from '../../test/stubApi';
import { memberRoutes } from '../routes';

const CHALLENGES: StubRoute = {
  method: 'GET',
  path: '/api/inquiries/guest/challenge',
  answer: inTurn({ status: 200, body: { id: 'c-1', question: '3 + 4 = ?' } }, { status: 200, body: { id: 'c-2', question: '5 + 1 = ?' } }),
};
const wait = { timeout: 10000 };

async function fillIn() {
  await userEvent.type(await screen.findByTestId('guest-name', {}, wait), '伊藤 健');
  await userEvent.type(screen.getByTestId('guest-email'), 'ken@example.net');
  await userEvent.type(screen.getByTestId('guest-subject'), '買取について');
  await userEvent.type(screen.getByTestId('guest-text'), '着物も扱っていますか？');
  await userEvent.type(await screen.findByTestId('guest-answer', {}, wait), '7');
}

function post(answer: StubAnswer): StubRoute {
  return { method: 'POST', path: '/api/inquiries/guest', answer };
}

describe('guest contact form', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('sends the form with the challenge answer and thanks the visitor', async () => {
    const gateway = stubApi([CHALLENGES, post({ status: 202 })], null);
    renderRoutes(memberRoutes, '/contact');
    expect(await screen.findByText('確認のための質問: 3 + 4 = ?', {}, wait)).toBeInTheDocument();
    await fillIn();
    await userEvent.click(screen.getByTestId('guest-send'));

    expect(await screen.findByTestId('guest-sent', {}, wait)).toHaveTextContent('ken@example.net あてに返信をお送りします');
    expect(gateway.calls('POST', '/api/inquiries/guest')[0].body).toEqual({
      name: '伊藤 健',
      email: 'ken@example.net',
      phone: null,
      subject: '買取について',
      text: '着物も扱っていますか？',
      challengeId: 'c-1',
      answer: '7',
    });
  });

  it('checks the fields before asking the server', async () => {
    const gateway = stubApi([CHALLENGES], null);
    renderRoutes(memberRoutes, '/contact');
    await userEvent.type(await screen.findByTestId('guest-email', {}, wait), 'not-an-address');
    await screen.findByTestId('guest-answer', {}, wait);
    await userEvent.click(screen.getByTestId('guest-send'));

    expect(await screen.findByText('メールアドレスの形式が正しくありません。')).toBeInTheDocument();
    expect(screen.getAllByText('入力してください。').length).toBeGreaterThanOrEqual(4);
    expect(gateway.calls('POST', '/api/inquiries/guest')).toHaveLength(0);
  });

  it('says in plain words that too many were sent (429) and asks a new question', async () => {
    const gateway = stubApi([CHALLENGES, post({ status: 429, body: { status: 429, title: 'Too Many Requests', code: 'too-many-requests', detail: 'Too many inquiries.' } })], null);
    renderRoutes(memberRoutes, '/contact');
    await fillIn();
    await userEvent.click(screen.getByTestId('guest-send'));

    expect(await screen.findByTestId('guest-notice', {}, wait)).toHaveTextContent('10分ほど待ってから');
    expect(await screen.findByText('確認のための質問: 5 + 1 = ?', {}, wait)).toBeInTheDocument();
    expect(gateway.calls('GET', '/api/inquiries/guest/challenge')).toHaveLength(2);
  });

  it('shows the server field errors under their inputs and explains a wrong answer', async () => {
    stubApi(
      [
        CHALLENGES,
        {
          method: 'POST',
          path: '/api/inquiries/guest',
          answer: inTurn(
            { status: 400, body: { status: 400, title: 'Bad Request', errors: [{ field: 'subject', code: 'Pattern', message: 'must be one line' }] } },
            { status: 400, body: { status: 400, title: 'Bad Request', code: 'challenge-failed', detail: 'Wrong answer.' } },
          ),
        },
      ],
      null,
    );
    renderRoutes(memberRoutes, '/contact');
    await fillIn();
    await userEvent.click(screen.getByTestId('guest-send'));
    expect(await screen.findByText('must be one line', {}, wait)).toBeInTheDocument();
    expect(screen.getByTestId('guest-notice')).toHaveTextContent('入力内容を確認してください。');

    await userEvent.type(await screen.findByTestId('guest-answer', {}, wait), '6');
    await userEvent.click(screen.getByTestId('guest-send'));
    await waitFor(() => expect(screen.getByTestId('guest-notice')).toHaveTextContent('確認の質問の答えが違います'));
  });

  it('lets someone who is not logged in find the contact form from the home page', async () => {
    stubApi([{ method: 'GET', path: '/api/inquiries/guest/challenge', answer: { status: 200, body: { id: 'c-9', question: '2 + 2 = ?' } } }], null);
    renderRoutes(memberRoutes, '/');

    await userEvent.click(await screen.findByTestId('home-contact-link', {}, wait));

    expect(await screen.findByText('確認のための質問: 2 + 2 = ?', {}, wait)).toBeInTheDocument();
  });
});
