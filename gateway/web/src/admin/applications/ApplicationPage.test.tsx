import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi, type StubAnswer } from '../../test/stubApi';
import { adminRoutes } from '../routes';

const STAFF = { name: '佐藤 一郎', roles: ['staff'] };
const APPLICATIONS = '/api/members/applications';
const EMPTY_LIST = { status: 200, body: { content: [], page: { size: 10, number: 0, totalElements: 0, totalPages: 0 } } };

const created: StubAnswer = {
  status: 201,
  body: {
    id: 'm-42',
    email: 'tanaka@example.com',
    emailConfirmed: false,
    status: 'PROVISIONAL',
    profile: {
      familyName: '田中',
      givenName: '太郎',
      familyNameKana: 'タナカ',
      givenNameKana: 'タロウ',
      birthDate: null,
      phone: '09011112222',
      address: { postalCode: null, prefecture: null, city: null, line1: null, line2: null },
      occupation: null,
    },
    missingFields: [],
    version: 0,
  },
};

async function openApplication() {
  renderRoutes(adminRoutes, '/applications/new', { basename: '/admin' });
  await screen.findByTestId('application-form');
}

describe('phone and walk-in application', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('is one click from the front page', async () => {
    stubApi([{ method: 'GET', path: '/api/members', answer: EMPTY_LIST }], STAFF);
    renderRoutes(adminRoutes, '/', { basename: '/admin' });

    await userEvent.click(await screen.findByTestId('reception-button'));

    expect(await screen.findByTestId('application-form')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '電話・来店での会員受付' })).toBeInTheDocument();
  });

  it('sends channel, email, the profile as typed and the mail choice, then links to the new member', async () => {
    const api = stubApi([{ method: 'POST', path: APPLICATIONS, answer: created }], STAFF);
    await openApplication();

    await userEvent.click(screen.getByRole('radio', { name: '来店' }));
    await userEvent.type(screen.getByTestId('application-email'), 'tanaka@example.com');
    await userEvent.type(screen.getByTestId('application-familyName'), '田中');
    await userEvent.type(screen.getByTestId('application-givenName'), '太郎');
    await userEvent.type(screen.getByTestId('application-phone'), '０９０１１１１２２２２');
    await userEvent.selectOptions(screen.getByTestId('application-address-prefecture'), '大阪府');
    expect(screen.getByTestId('application-sendConfirmationMail')).toBeChecked();
    await userEvent.click(screen.getByTestId('application-submit'));

    expect(await screen.findByTestId('application-done')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '田中 太郎 様を仮会員として登録しました' })).toBeInTheDocument();
    expect(screen.getByTestId('application-done-mail')).toHaveTextContent('tanaka@example.com あてに確認メールを送りました');
    expect(screen.getByTestId('application-open-member')).toHaveAttribute('href', '/admin/members/m-42');
    const body = api.calls('POST', '/api/members/applications')[0].body as Record<string, unknown>;
    expect(body).toMatchObject({
      channel: 'WALK_IN',
      email: 'tanaka@example.com',
      sendConfirmationMail: true,
      profile: { familyName: '田中', givenName: '太郎', phone: '０９０１１１１２２２２', address: { prefecture: '大阪府', postalCode: '' } },
    });

    await userEvent.click(screen.getByTestId('application-next'));
    expect(await screen.findByTestId('application-email')).toHaveValue('');
    expect(screen.getByTestId('application-familyName')).toHaveValue('');
  }, 15_000);

  it('can register without sending the confirmation mail', async () => {
    const api = stubApi([{ method: 'POST', path: APPLICATIONS, answer: created }], STAFF);
    await openApplication();

    await userEvent.type(screen.getByTestId('application-email'), 'tanaka@example.com');
    await userEvent.click(screen.getByTestId('application-sendConfirmationMail'));
    await userEvent.click(screen.getByTestId('application-submit'));

    expect(await screen.findByTestId('application-done-mail')).toHaveTextContent('確認メールは送っていません');
    expect(api.calls('POST', '/api/members/applications')[0].body).toMatchObject({ sendConfirmationMail: false, channel: 'PHONE' });
  });

  it('shows the server’s field errors at their fields and focuses the first', async () => {
    stubApi(
      [
        {
          method: 'POST',
          path: APPLICATIONS,
          answer: {
            status: 400,
            body: {
              status: 400,
              title: 'Invalid input',
              errors: [
                { field: 'profile.address.postalCode', code: 'postalCode.format', message: 'Enter the postal code as 7 digits, e.g. 123-4567.' },
                { field: 'email', code: 'Email', message: 'must be a well-formed email address' },
                { field: 'profile.familyNameKana', code: 'kana.characters', message: 'Write this in katakana or hiragana only, e.g. ヤマダ.' },
                { field: 'profile.somethingNew', code: 'x', message: 'A rule the form does not know.' },
              ],
            },
          },
        },
      ],
      STAFF,
    );
    await openApplication();

    await userEvent.type(screen.getByTestId('application-email'), 'tanaka@example');
    await userEvent.click(screen.getByTestId('application-submit'));

    expect(await screen.findByTestId('error-address.postalCode')).toHaveTextContent('郵便番号は7桁の数字で入力してください');
    expect(screen.getByTestId('error-familyNameKana')).toHaveTextContent('カタカナまたはひらがなで入力してください');
    expect(screen.getByTestId('error-email')).toHaveTextContent('must be a well-formed email address');
    expect(screen.getByTestId('application-other-errors')).toHaveTextContent('A rule the form does not know.');
    await waitFor(() => expect(screen.getByTestId('application-email')).toHaveFocus());

    await userEvent.type(screen.getByTestId('application-address-postalCode'), '1');
    expect(screen.queryByTestId('error-address.postalCode')).not.toBeInTheDocument();
  });

  it('asks for the email address before sending', async () => {
    const api = stubApi([{ method: 'POST', path: APPLICATIONS, answer: created }], STAFF);
    await openApplication();

    await userEvent.click(screen.getByTestId('application-submit'));

    expect(await screen.findByTestId('error-email')).toHaveTextContent('メールアドレスを入力してください。');
    expect(api.calls('POST', '/api/members/applications')).toHaveLength(0);
  });

  it('says clearly when the address is taken or blacklisted (409) and keeps what was typed', async () => {
    stubApi(
      [
        { method: 'POST', path: APPLICATIONS, answer: { status: 409, body: { status: 409, title: 'Conflict', detail: 'A member with this email address already exists.' } } },
      ],
      STAFF,
    );
    await openApplication();

    await userEvent.type(screen.getByTestId('application-email'), 'hanako@example.com');
    await userEvent.type(screen.getByTestId('application-familyName'), '山田');
    await userEvent.click(screen.getByTestId('application-submit'));

    const conflict = await screen.findByTestId('application-conflict');
    expect(conflict).toHaveTextContent('このメールアドレスでは登録できません');
    expect(conflict).toHaveTextContent('ブラックリスト');
    expect(screen.getByTestId('application-conflict-detail')).toHaveTextContent('A member with this email address already exists.');
    expect(screen.getByRole('link', { name: '会員一覧で検索する' })).toHaveAttribute('href', '/admin/members?q=hanako%40example.com');
    expect(screen.getByTestId('application-familyName')).toHaveValue('山田');
    expect(screen.queryByTestId('application-done')).not.toBeInTheDocument();
  });
});
