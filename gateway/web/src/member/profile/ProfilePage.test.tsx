import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render';
import { inTurn, stubApi, type StubAnswer, type StubRoute } from '../../test/stubApi';
import { memberRoutes } from '../routes';
import type { MemberRecord } from './api';

function record(overrides: Partial<MemberRecord> = {}): MemberRecord {
  return {
    id: 'member-1',
    email: 'member@example.com',
    status: 'PROVISIONAL',
    profile: {
      familyName: '山田',
      givenName: '花子',
      familyNameKana: 'ヤマダ',
      givenNameKana: null,
      birthDate: null,
      phone: null,
      address: { postalCode: null, prefecture: '東京都', city: null, line1: null, line2: null },
      occupation: null,
    },
    payoutAccount: null,
    profileComplete: false,
    missingFields: ['givenNameKana', 'birthDate', 'phone', 'address.postalCode', 'address.city', 'address.line1', 'occupation', 'payoutAccount'],
    version: 3,
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-02T00:00:00Z',
    ...overrides,
  };
}

/**
 * The gateway as the page sees it: `/api/me` says who is logged in; the own record and the saves
 * answer with what `answers` gives (the next one for each call, the last one repeated).
 */
function stubProfile(answers: { get: StubAnswer[]; put?: StubAnswer[] }, roles = ['member']) {
  const routes: StubRoute[] = [{ method: 'GET', path: '/api/members/me', answer: inTurn(...answers.get) }];
  if (answers.put?.length) routes.push({ method: 'PUT', path: /^\/api\/members\/me\/(profile|payout-account)$/, answer: inTurn(...answers.put) });
  const gateway = stubApi(routes, { name: '山田 花子', roles, subject: 'member-1', email: 'member@example.com' });
  return { ...gateway, puts: () => gateway.calls('PUT'), gets: () => gateway.calls('GET', '/api/members/me') };
}

async function openProfile() {
  renderRoutes(memberRoutes, '/profile');
  await screen.findByTestId('profile-familyName');
}

async function retype(testId: string, text: string) {
  const input = screen.getByTestId(testId);
  await userEvent.clear(input);
  if (text) await userEvent.type(input, text);
}

describe('profile page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows the stored values, the account status and what is still missing', async () => {
    stubProfile({ get: [{ status: 200, body: record(), headers: { ETag: '"3"' } }] });

    await openProfile();

    expect(screen.getByTestId('profile-page')).toBeInTheDocument();
    expect(screen.getByTestId('profile-familyName')).toHaveValue('山田');
    expect(screen.getByTestId('profile-familyName')).toHaveAttribute('autocomplete', 'family-name');
    expect(screen.getByTestId('profile-familyNameKana')).toHaveValue('ヤマダ');
    expect(screen.getByTestId('profile-givenNameKana')).toHaveValue('');
    expect(screen.getByTestId('profile-address-prefecture')).toHaveValue('東京都');
    expect(screen.getByTestId('profile-address-prefecture').querySelectorAll('option')).toHaveLength(48);
    expect(screen.getByTestId('profile-phone')).toHaveAttribute('inputmode', 'tel');
    expect(screen.getByTestId('profile-phone')).toHaveAttribute('autocomplete', 'tel');
    expect(screen.getByTestId('profile-address-postalCode')).toHaveAttribute('autocomplete', 'postal-code');
    expect(screen.getByTestId('profile-birthDate')).toHaveAttribute('autocomplete', 'bday');
    expect(screen.getByTestId('profile-status')).toHaveTextContent('仮会員');
    expect(screen.getByTestId('profile-status')).toHaveAttribute('data-status', 'PROVISIONAL');
    expect(screen.getByTestId('profile-email')).toHaveTextContent('member@example.com');
    expect(screen.getByTestId('profile-completeness-count')).toHaveTextContent('12項目中 4項目 入力済み');
    const missing = within(screen.getByTestId('profile-missing')).getAllByRole('button');
    expect(missing.map((button) => button.textContent)).toEqual([
      'メイ（フリガナ）',
      '生年月日',
      '電話番号',
      '郵便番号',
      '市区町村',
      '町名・番地',
      'ご職業',
      '振込先口座',
    ]);
    for (const section of ['お名前', '生年月日・ご職業', 'ご連絡先・ご住所', '振込先口座']) {
      expect(screen.getByRole('heading', { name: section })).toBeInTheDocument();
    }
  });

  it('saves the profile as typed with If-Match and shows the values as the server normalised them', async () => {
    const normalised = record({
      profile: {
        familyName: '山田',
        givenName: '花子',
        familyNameKana: 'ヤマダ',
        givenNameKana: 'ハナコ',
        birthDate: '1990-04-01',
        phone: '09012345678',
        address: { postalCode: '100-0001', prefecture: '東京都', city: '千代田区', line1: '千代田1-1', line2: null },
        occupation: '会社員',
      },
      missingFields: ['payoutAccount'],
      version: 4,
    });
    const gateway = stubProfile({
      get: [{ status: 200, body: record(), headers: { ETag: '"3"' } }],
      put: [
        { status: 200, body: normalised, headers: { ETag: '"4"' } },
        { status: 200, body: { ...normalised, version: 5 }, headers: { ETag: '"5"' } },
      ],
    });
    await openProfile();

    await retype('profile-givenNameKana', 'はなこ');
    await retype('profile-birthDate', '平成2年4月1日');
    await retype('profile-phone', '090-1234-5678');
    await retype('profile-address-postalCode', '１００－０００１');
    await retype('profile-address-city', '千代田区');
    await retype('profile-address-line1', '千代田１－１');
    await retype('profile-occupation', '会社員');
    expect(screen.getByText('未保存の変更があります')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('profile-save'));

    expect(await screen.findByTestId('profile-saved')).toHaveTextContent('表記を整えて保存しました');
    const [put] = gateway.puts();
    expect(put.url).toMatch(/\/api\/members\/me\/profile$/);
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(put.body).toEqual({
      familyName: '山田',
      givenName: '花子',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'はなこ',
      birthDate: '平成2年4月1日',
      phone: '090-1234-5678',
      address: { postalCode: '１００－０００１', prefecture: '東京都', city: '千代田区', line1: '千代田１－１', line2: '' },
      occupation: '会社員',
    });
    expect(screen.getByTestId('profile-address-postalCode')).toHaveValue('100-0001');
    expect(screen.getByTestId('profile-birthDate')).toHaveValue('1990-04-01');
    expect(screen.getByTestId('profile-givenNameKana')).toHaveValue('ハナコ');
    expect(screen.getByTestId('profile-phone')).toHaveValue('09012345678');
    expect(screen.getByTestId('profile-birthDate-description')).toHaveTextContent('1990年4月1日（平成2年）');
    expect(screen.getByTestId('profile-completeness-count')).toHaveTextContent('12項目中 11項目 入力済み');

    // The next edit names the version the last save answered with.
    await retype('profile-occupation', '自営業');
    expect(screen.queryByTestId('profile-saved')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('profile-save'));
    await screen.findByTestId('profile-saved');
    expect(gateway.puts()[1].headers.get('If-Match')).toBe('"4"');
  });

  it('shows each field error of a 400 under its own input', async () => {
    const gateway = stubProfile({
      get: [{ status: 200, body: record(), headers: { ETag: '"3"' } }],
      put: [
        {
          status: 400,
          body: {
            type: 'about:blank',
            title: 'Invalid input',
            status: 400,
            detail: 'Some fields are not valid.',
            errors: [
              { field: 'address.postalCode', code: 'postalCode.format', message: 'Enter the postal code as 7 digits, e.g. 123-4567.' },
              { field: 'birthDate', code: 'birthDate.minor', message: 'You must be 18 or older to sell to the shop through this service.' },
              { field: 'phone', code: 'phone.somethingNew', message: 'A rule the web has no words for.' },
            ],
          },
        },
      ],
    });
    await openProfile();

    await retype('profile-address-postalCode', '12-345');
    await retype('profile-birthDate', '2015-05-05');
    await retype('profile-phone', '0901234');
    await userEvent.click(screen.getByTestId('profile-save'));

    const postalError = await screen.findByTestId('error-address.postalCode');
    expect(postalError).toHaveTextContent('郵便番号は7桁の数字で入力してください（例: 123-4567）。');
    const postalInput = screen.getByTestId('profile-address-postalCode');
    expect(postalInput).toHaveAttribute('aria-invalid', 'true');
    expect(postalInput.getAttribute('aria-describedby')).toContain(postalError.id);
    expect(postalInput).toHaveValue('12-345');
    expect(screen.getByTestId('error-birthDate')).toHaveTextContent('18歳未満の方は、このサービスでお取引いただけません。');
    expect(screen.getByTestId('error-phone')).toHaveTextContent('A rule the web has no words for.');
    expect(screen.getByTestId('profile-birthDate').getAttribute('aria-describedby')).toContain(screen.getByTestId('error-birthDate').id);
    expect(screen.queryByTestId('error-familyName')).not.toBeInTheDocument();
    expect(screen.getByText('3件の項目をご確認ください')).toBeInTheDocument();
    expect(screen.queryByTestId('profile-saved')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByTestId('profile-birthDate'));

    // Correcting a field takes its error away.
    await retype('profile-address-postalCode', '1000001');
    expect(screen.queryByTestId('error-address.postalCode')).not.toBeInTheDocument();
    expect(gateway.puts()).toHaveLength(1);
  });

  it('explains a 409 and, on reload, starts over from the latest version', async () => {
    const changedElsewhere = record({
      profile: { ...record().profile, occupation: '自営業', phone: '0312345678' },
      version: 4,
    });
    const gateway = stubProfile({
      get: [
        { status: 200, body: record(), headers: { ETag: '"3"' } },
        { status: 200, body: changedElsewhere, headers: { ETag: '"4"' } },
      ],
      put: [
        { status: 409, body: { title: 'Concurrent change', status: 409, detail: 'Someone else changed this record in the meantime.' } },
        { status: 200, body: { ...changedElsewhere, version: 5 }, headers: { ETag: '"5"' } },
      ],
    });
    await openProfile();

    await retype('profile-occupation', '会社員');
    await userEvent.click(screen.getByTestId('profile-save'));

    const conflict = await screen.findByTestId('profile-conflict');
    expect(conflict).toHaveTextContent('ほかの画面で変更されています');
    expect(screen.getByTestId('profile-save')).toBeDisabled();
    expect(screen.queryByTestId('profile-saved')).not.toBeInTheDocument();
    expect(gateway.gets()).toHaveLength(1);

    await userEvent.click(within(conflict).getByTestId('profile-reload'));

    await waitFor(() => expect(screen.queryByTestId('profile-conflict')).not.toBeInTheDocument());
    expect(gateway.gets()).toHaveLength(2);
    expect(screen.getByTestId('profile-occupation')).toHaveValue('自営業');
    expect(screen.getByTestId('profile-phone')).toHaveValue('0312345678');
    expect(screen.getByTestId('profile-save')).toBeEnabled();

    await retype('profile-givenNameKana', 'ハナコ');
    await userEvent.click(screen.getByTestId('profile-save'));
    await screen.findByTestId('profile-saved');
    expect(gateway.puts()[1].headers.get('If-Match')).toBe('"4"');
  });

  it('shows the payout account masked and takes a change only with the whole number retyped', async () => {
    const withAccount = record({
      payoutAccount: { bankName: 'みずほ銀行', branchName: '渋谷支店', accountType: 'ORDINARY', maskedAccountNumber: '****321', holderKana: 'ヤマダ ハナコ' },
      missingFields: [],
      profileComplete: true,
    });
    const gateway = stubProfile({
      get: [{ status: 200, body: withAccount, headers: { ETag: '"3"' } }],
      put: [
        {
          status: 200,
          body: { ...withAccount, payoutAccount: { ...withAccount.payoutAccount!, branchName: '新宿支店', maskedAccountNumber: '****567' }, version: 4 },
          headers: { ETag: '"4"' },
        },
      ],
    });
    await openProfile();

    expect(screen.getByTestId('payout-maskedAccountNumber')).toHaveTextContent('****321');
    expect(screen.getByTestId('payout-summary-accountType')).toHaveTextContent('普通');
    expect(screen.queryByTestId('payout-accountNumber')).not.toBeInTheDocument();

    await userEvent.click(screen.getByTestId('payout-edit'));
    expect(screen.getByTestId('payout-bankName')).toHaveValue('みずほ銀行');
    expect(screen.getByTestId('payout-accountType')).toHaveValue('ORDINARY');
    expect(screen.getByTestId('payout-accountNumber')).toHaveValue('');
    expect(screen.getByTestId('payout-accountNumber')).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByTestId('payout-retype')).toHaveTextContent('****321');

    await retype('payout-branchName', '新宿支店');
    await userEvent.click(screen.getByTestId('payout-save'));

    expect(await screen.findByTestId('error-accountNumber')).toHaveTextContent('確認のため、口座番号を7桁すべて入力してください。');
    expect(gateway.puts()).toHaveLength(0);

    await userEvent.selectOptions(screen.getByTestId('payout-accountType'), 'SAVINGS');
    await retype('payout-accountNumber', '１２３４５６７');
    await userEvent.click(screen.getByTestId('payout-save'));

    expect(await screen.findByTestId('payout-saved')).toHaveTextContent('振込先口座を保存しました');
    const [put] = gateway.puts();
    expect(put.url).toMatch(/\/api\/members\/me\/payout-account$/);
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(put.body).toEqual({ bankName: 'みずほ銀行', branchName: '新宿支店', accountType: 'SAVINGS', accountNumber: '１２３４５６７', holderKana: 'ヤマダ ハナコ' });
    expect(screen.getByTestId('payout-maskedAccountNumber')).toHaveTextContent('****567');
    expect(screen.queryByTestId('payout-accountNumber')).not.toBeInTheDocument();
    expect(screen.getByTestId('profile-page')).not.toHaveTextContent('1234567');
    expect(screen.getByTestId('profile-page')).not.toHaveTextContent('１２３４５６７');
  });

  it('asks for every payout field of a new account before sending anything', async () => {
    const gateway = stubProfile({ get: [{ status: 200, body: record(), headers: { ETag: '"3"' } }] });
    await openProfile();

    expect(screen.queryByTestId('payout-edit')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('payout-save'));

    for (const field of ['bankName', 'branchName', 'accountNumber', 'holderKana']) {
      expect(screen.getByTestId(`error-${field}`)).toHaveTextContent('入力してください。');
    }
    expect(gateway.puts()).toHaveLength(0);
  });

  it('saves the payout account on the version that the profile save moved to', async () => {
    const saved = record({ profile: { ...record().profile, occupation: '会社員' }, version: 4 });
    const gateway = stubProfile({
      get: [{ status: 200, body: record(), headers: { ETag: '"3"' } }],
      put: [
        { status: 200, body: saved, headers: { ETag: '"4"' } },
        {
          status: 200,
          body: { ...saved, payoutAccount: { bankName: 'ゆうちょ銀行', branchName: '〇一八', accountType: 'ORDINARY', maskedAccountNumber: '****678', holderKana: 'ヤマダ ハナコ' }, version: 5 },
          headers: { ETag: '"5"' },
        },
      ],
    });
    await openProfile();

    await retype('profile-occupation', '会社員');
    await userEvent.click(screen.getByTestId('profile-save'));
    await screen.findByTestId('profile-saved');
    await retype('payout-bankName', 'ゆうちょ銀行');
    await retype('payout-branchName', '〇一八');
    await retype('payout-accountNumber', '12345678');
    await retype('payout-holderKana', 'やまだ はなこ');
    await userEvent.click(screen.getByTestId('payout-save'));

    expect(await screen.findByTestId('payout-maskedAccountNumber')).toHaveTextContent('****678');
    expect(gateway.puts().map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    // What the profile form shows was saved: nothing is lost or marked unsaved by the other save.
    expect(screen.getByTestId('profile-occupation')).toHaveValue('会社員');
    expect(screen.getByTestId('profile-saved')).toBeInTheDocument();
  });

  it('tells staff, who have no member record (403), that the page is for members', async () => {
    stubProfile({ get: [{ status: 403, body: { title: 'Forbidden', status: 403, detail: 'Access Denied' } }] }, ['staff']);
    renderRoutes(memberRoutes, '/profile');

    expect(await screen.findByTestId('profile-forbidden')).toHaveTextContent('このページは会員の方専用です');
    expect(screen.queryByTestId('profile-familyName')).not.toBeInTheDocument();
  });

  it('is in English when the member reads English', async () => {
    window.localStorage.setItem('azukari.language', 'en');
    const { changeLanguage } = await import('../../shared/i18n');
    await changeLanguage('en');
    stubProfile({ get: [{ status: 200, body: record(), headers: { ETag: '"3"' } }] });

    await openProfile();

    expect(screen.getByRole('heading', { name: 'Profile & payout account', level: 1 })).toBeInTheDocument();
    expect(screen.getByTestId('profile-status')).toHaveTextContent('Provisional member');
    expect(within(screen.getByTestId('profile-missing')).getByText('Payout account')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Tokyo (東京都)' })).toBeInTheDocument();
  });
});
