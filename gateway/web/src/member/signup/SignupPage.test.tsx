import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../../shared/i18n';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { memberRoutes } from '../routes';

const REGISTRATIONS = '/api/members/registrations';

async function signUpWith(email: string) {
  renderRoutes(memberRoutes, '/signup');
  const input = await screen.findByTestId('signup-email');
  if (email) await userEvent.type(input, email);
  await userEvent.click(screen.getByTestId('signup-submit'));
}

describe('sign-up page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('sends the address with the language of the page and answers with the neutral check-your-mailbox message', async () => {
    const api = stubApi([{ method: 'POST', path: REGISTRATIONS, answer: { status: 202 } }], null);

    await signUpWith('hanako@example.com');

    expect(await screen.findByTestId('signup-sent')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'メールをご確認ください' })).toBeInTheDocument();
    expect(screen.getByText(/迷惑メールフォルダ/)).toBeInTheDocument();
    expect(api.calls('POST', '/api/members/registrations')[0].body).toEqual({ email: 'hanako@example.com', language: 'ja' });
  });

  it('says exactly the same for an address that is already registered as for a new one', async () => {
    // The server answers 202 either way; the page must not add anything that tells them apart.
    stubApi([{ method: 'POST', path: REGISTRATIONS, answer: { status: 202 } }], null);
    await signUpWith('new@example.com');
    const forNew = (await screen.findByTestId('signup-sent-text')).textContent!.replace('new@example.com', '<email>');
    cleanup();

    stubApi([{ method: 'POST', path: REGISTRATIONS, answer: { status: 202, body: { note: 'known' } } }], null);
    await signUpWith('member@example.com');
    const forKnown = (await screen.findByTestId('signup-sent-text')).textContent!.replace('member@example.com', '<email>');

    expect(forKnown).toBe(forNew);
  });

  it('sends English as the language when the page is in English', async () => {
    await changeLanguage('en');
    const api = stubApi([{ method: 'POST', path: REGISTRATIONS, answer: { status: 202 } }], null);

    await signUpWith('hanako@example.com');

    expect(await screen.findByRole('heading', { name: 'Check your mailbox' })).toBeInTheDocument();
    expect(api.calls('POST', '/api/members/registrations')[0].body).toEqual({ email: 'hanako@example.com', language: 'en' });
  });

  it('shows a missing or malformed address at the field without sending anything', async () => {
    const api = stubApi([{ method: 'POST', path: REGISTRATIONS, answer: { status: 202 } }], null);

    await signUpWith('');
    expect(await screen.findByTestId('error-email')).toHaveTextContent('メールアドレスを入力してください。');

    await userEvent.type(screen.getByTestId('signup-email'), 'hanako@');
    expect(screen.queryByTestId('error-email')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('signup-submit'));
    expect(await screen.findByTestId('error-email')).toHaveTextContent('メールアドレスの形式で入力してください');
    expect(screen.getByTestId('signup-email')).toHaveFocus();
    expect(api.calls('POST', '/api/members/registrations')).toHaveLength(0);
  });

  it('shows the server’s field error at the email field', async () => {
    stubApi(
      [
        {
          method: 'POST',
          path: REGISTRATIONS,
          answer: {
            status: 400,
            body: { title: 'Invalid input', status: 400, errors: [{ field: 'email', code: 'Email', message: 'must be a well-formed email address' }] },
          },
        },
      ],
      null,
    );

    await signUpWith('hanako@example.invalid');

    expect(await screen.findByTestId('error-email')).toHaveTextContent('must be a well-formed email address');
    expect(screen.queryByTestId('signup-sent')).not.toBeInTheDocument();
  });

  it('explains a rate limit (429) in plain words and keeps the form', async () => {
    stubApi([{ method: 'POST', path: REGISTRATIONS, answer: { status: 429, body: { title: 'Too Many Requests', status: 429, correlationId: 'c-429' } } }], null);

    await signUpWith('hanako@example.com');

    expect(await screen.findByRole('heading', { name: 'アクセスが集中しています' })).toBeInTheDocument();
    expect(screen.getByText(/少し時間をおいてから/)).toBeInTheDocument();
    expect(screen.getByTestId('problem-correlation-id')).toHaveTextContent('c-429');
    expect(screen.getByTestId('signup-email')).toHaveValue('hanako@example.com');
  });

  it('offers to send again only after a while', async () => {
    stubApi([{ method: 'POST', path: REGISTRATIONS, answer: { status: 202 } }], null);

    await signUpWith('hanako@example.com');

    const resend = await screen.findByTestId('signup-resend');
    expect(resend).toBeDisabled();
    expect(resend).toHaveTextContent(/秒後/);
  });

  it('lets someone who is not logged in find the sign-up from the home page', async () => {
    stubApi([], null);
    renderRoutes(memberRoutes, '/');

    await userEvent.click(await screen.findByTestId('home-signup-button'));

    await waitFor(() => expect(screen.getByTestId('signup-page')).toBeInTheDocument());
  });
});
