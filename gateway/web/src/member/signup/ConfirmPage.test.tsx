import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi, type StubAnswer } from '../../test/stubApi';
import { memberRoutes } from '../routes';

const CHECK = '/api/members/registrations/confirmations/check';
const CONFIRM = '/api/members/registrations/confirmations';
const linkOk: StubAnswer = { status: 200, body: { email: 'hanako@example.com', purpose: 'REGISTRATION' } };

/** Opens the page as the mailed link does: the token in the fragment of the browser's URL. */
async function openLink(fragment = '#token=tok-123') {
  window.history.replaceState(null, '', `/signup/confirm${fragment}`);
  renderRoutes(memberRoutes, '/signup/confirm');
  await screen.findByTestId('signup-confirm-page');
}

async function typePasswords(first: string, second: string) {
  await userEvent.type(await screen.findByTestId('signup-password'), first);
  if (second) await userEvent.type(screen.getByTestId('signup-password-repeat'), second);
  await userEvent.click(screen.getByTestId('signup-password-submit'));
}

describe('confirmation link page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    window.history.replaceState(null, '', '/');
  });

  it('takes the token from the fragment, sends it only in the body and removes it from the address bar', async () => {
    const api = stubApi([{ method: 'POST', path: CHECK, answer: linkOk }], null);

    await openLink('#token=tok-123');

    expect(await screen.findByTestId('signup-confirm-email')).toHaveTextContent('hanako@example.com');
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('tok-123');
    expect(window.location.pathname).toBe('/signup/confirm');
    const check = api.calls('POST', '/api/members/registrations/confirmations/check');
    expect(check).toHaveLength(1);
    expect(check[0].body).toEqual({ token: 'tok-123' });
    expect(api.sent.every((call) => !call.url.includes('tok-123'))).toBe(true);
  });

  it('sets the password and welcomes the new member with a login that returns to the home page', async () => {
    const api = stubApi([{ method: 'POST', path: CHECK, answer: linkOk }, { method: 'POST', path: CONFIRM, answer: { status: 201, body: { email: 'hanako@example.com' } } }], null);
    await openLink();

    await typePasswords('correct horse battery', 'correct horse battery');

    expect(await screen.findByTestId('signup-welcome')).toBeInTheDocument();
    expect(screen.getByText(/hanako@example.com と、いま決めたパスワードでログインできます/)).toBeInTheDocument();
    expect(screen.getByTestId('signup-welcome-login')).toHaveAttribute('href', '/login?returnTo=%2Frequests%2Fnew');
    expect(api.calls('POST', '/api/members/registrations/confirmations')[0].body).toEqual({ token: 'tok-123', password: 'correct horse battery' });
  });

  it('refuses two different passwords at the second field without sending them', async () => {
    const api = stubApi([{ method: 'POST', path: CHECK, answer: linkOk }, { method: 'POST', path: CONFIRM, answer: { status: 201, body: { email: 'hanako@example.com' } } }], null);
    await openLink();

    await typePasswords('correct horse battery', 'correct horse batterY');

    expect(await screen.findByTestId('error-password-repeat')).toHaveTextContent('1つ目のパスワードと一致しません。');
    expect(screen.getByTestId('signup-password-repeat')).toHaveFocus();
    expect(api.calls('POST', '/api/members/registrations/confirmations')).toHaveLength(0);
  });

  it('asks for at least 8 characters and hints at the strength while typing', async () => {
    const api = stubApi([{ method: 'POST', path: CHECK, answer: linkOk }], null);
    await openLink();

    await userEvent.type(await screen.findByTestId('signup-password'), 'abc');
    expect(screen.getByTestId('signup-password-strength')).toHaveAttribute('data-strength', 'tooShort');
    await userEvent.type(screen.getByTestId('signup-password-repeat'), 'abc');
    await userEvent.click(screen.getByTestId('signup-password-submit'));

    expect(await screen.findByTestId('error-password')).toHaveTextContent('パスワードは8文字以上にしてください。');
    expect(api.calls('POST', '/api/members/registrations/confirmations')).toHaveLength(0);
    await userEvent.type(screen.getByTestId('signup-password'), 'D3f-ghijklm');
    expect(screen.getByTestId('signup-password-strength')).toHaveAttribute('data-strength', 'strong');
  });

  it('shows and hides both passwords together', async () => {
    stubApi([{ method: 'POST', path: CHECK, answer: linkOk }], null);
    await openLink();
    expect(await screen.findByTestId('signup-password')).toHaveAttribute('type', 'password');

    await userEvent.click(screen.getAllByRole('button', { name: 'パスワードを表示' })[0]);

    expect(screen.getByTestId('signup-password')).toHaveAttribute('type', 'text');
    expect(screen.getByTestId('signup-password-repeat')).toHaveAttribute('type', 'text');
  });

  it('explains an expired link (410) in plain words and offers a new one', async () => {
    stubApi([{ method: 'POST', path: CHECK, answer: { status: 410, body: { type: 'https://azukari.jp/problems/link-expired', title: 'Link expired', status: 410 } } }], null);

    await openLink();

    expect(await screen.findByRole('heading', { name: 'リンクの有効期限が切れています' })).toBeInTheDocument();
    expect(screen.getByTestId('signup-link-problem-reason')).toHaveAttribute('data-reason', 'link-expired');
    expect(screen.getByTestId('signup-new-link')).toHaveAttribute('href', '/signup');
    expect(screen.queryByTestId('signup-password-form')).not.toBeInTheDocument();
  });

  it('tells a used link (410) apart and offers to log in', async () => {
    stubApi([{ method: 'POST', path: CHECK, answer: { status: 410, body: { code: 'link-used', title: 'Gone', status: 410 } } }], null);

    await openLink();

    expect(await screen.findByRole('heading', { name: 'このリンクはすでに使われています' })).toBeInTheDocument();
    expect(screen.getByTestId('signup-link-login')).toHaveAttribute('href', '/login?returnTo=%2F');
  });

  it('explains an unknown link (404)', async () => {
    stubApi([{ method: 'POST', path: CHECK, answer: { status: 404, body: { type: 'urn:azukari:problem:link-unknown', title: 'Not Found', status: 404 } } }], null);

    await openLink();

    expect(await screen.findByRole('heading', { name: 'リンクが正しくありません' })).toBeInTheDocument();
  });

  it('explains a link that expired while the password was being typed', async () => {
    stubApi([{ method: 'POST', path: CHECK, answer: linkOk }, { method: 'POST', path: CONFIRM, answer: { status: 410, body: { type: 'https://azukari.jp/problems/link-expired', status: 410 } } }], null);
    await openLink();

    await typePasswords('correct horse battery', 'correct horse battery');

    expect(await screen.findByRole('heading', { name: 'リンクの有効期限が切れています' })).toBeInTheDocument();
  });

  it('shows the server’s password rule at the password field', async () => {
    stubApi(
      [
        { method: 'POST', path: CHECK, answer: linkOk },
        { method: 'POST', path: CONFIRM, answer: { status: 400, body: { status: 400, title: 'Invalid input', errors: [{ field: 'password', code: 'password.common', message: 'This password is too common.' }] } } },
      ],
      null,
    );
    await openLink();

    await typePasswords('password1234', 'password1234');

    expect(await screen.findByTestId('error-password')).toHaveTextContent('This password is too common.');
  });

  it('asks to open the mail’s link when the page has no token', async () => {
    const api = stubApi([{ method: 'POST', path: CHECK, answer: linkOk }], null);

    await openLink('');

    expect(await screen.findByTestId('signup-link-problem-reason')).toHaveAttribute('data-reason', 'missing');
    await waitFor(() => expect(api.calls('POST', '/api/members/registrations/confirmations/check')).toHaveLength(0));
  });
});
