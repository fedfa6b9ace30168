// Browser test of the member's profile page (/profile), phone-sized, against the real system: what the
// member types is normalised by member-service and shown that way after a reload. The demo member's
// record outlives a run, so every field asserted on is set here, and the payout account number is new
// on every run (its last three digits prove that the change went through).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { BASE_URL, checkPrerequisites, isBackOnGateway, logInAtKeycloak, MEMBER, openBrowser, PHONE, screenshot, withScreenshotOnFailure } from './support.mjs';

before(checkPrerequisites);

/** ASCII digits as full-width ones (what a Japanese IME types): 123 -> １２３. */
function fullWidth(digits) {
  return digits.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
}

function randomDigits(length) {
  let digits = '';
  while (digits.length < length) digits += String(Math.floor(Math.random() * 10));
  return digits;
}

test('a member fills in the profile and the payout account on a phone, typed as people type', { timeout: 240_000 }, async () => {
  const { page, close } = await openBrowser({ viewport: PHONE, mobile: true });
  const room = randomDigits(3);
  const accountNumber = randomDigits(7);
  const byTestId = (id) => page.getByTestId(id);
  try {
    await withScreenshotOnFailure(page, 'member-profile', async () => {
      await page.goto(`${BASE_URL}/`);
      await byTestId('login-button').click();
      await logInAtKeycloak(page, MEMBER.username);
      await page.waitForURL((url) => isBackOnGateway(url) && url.pathname === '/');

      // The phone's bottom tab bar leads to the page.
      await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'プロフィール', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/profile');
      await byTestId('profile-page').waitFor();
      await byTestId('profile-familyName').waitFor();
      assert.ok(await byTestId('profile-status').isVisible(), 'the account status is shown as a badge');

      // Typed as on a Japanese phone: hiragana and half-width kana, a Japanese era, full-width digits.
      await byTestId('profile-familyName').fill('山田');
      await byTestId('profile-givenName').fill('花子');
      await byTestId('profile-familyNameKana').fill('やまだ');
      await byTestId('profile-givenNameKana').fill('ﾊﾅｺ');
      await byTestId('profile-birthDate').fill('平成2年4月1日');
      await byTestId('profile-occupation').fill('会社員');
      await byTestId('profile-phone').fill('090-1234-5678');
      await byTestId('profile-address-postalCode').fill('１００－０００１');
      await byTestId('profile-address-prefecture').selectOption('東京都');
      await byTestId('profile-address-city').fill('千代田区');
      await byTestId('profile-address-line1').fill('千代田１－１');
      await byTestId('profile-address-line2').fill(`アズカリハイツ${fullWidth(room)}`);
      await byTestId('profile-save').click();
      await byTestId('profile-saved').waitFor();
      assert.equal(await byTestId('profile-address-postalCode').inputValue(), '100-0001', 'the saved form shows what was stored');
      await screenshot(page, 'member-profile-saved-phone');

      // After a reload the page shows what member-service stored, normalised.
      await page.reload();
      await byTestId('profile-familyName').waitFor();
      const stored = {};
      for (const field of ['familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'birthDate', 'occupation', 'phone', 'address-postalCode', 'address-prefecture', 'address-city', 'address-line1', 'address-line2']) {
        stored[field] = await byTestId(`profile-${field}`).inputValue();
      }
      assert.deepEqual(stored, {
        familyName: '山田',
        givenName: '花子',
        familyNameKana: 'ヤマダ',
        givenNameKana: 'ハナコ',
        birthDate: '1990-04-01',
        occupation: '会社員',
        phone: '09012345678',
        'address-postalCode': '100-0001',
        'address-prefecture': '東京都',
        'address-city': '千代田区',
        'address-line1': '千代田1-1',
        'address-line2': `アズカリハイツ${room}`,
      });
      assert.match(await byTestId('profile-birthDate-description').textContent(), /平成2年/);

      // A postal code that cannot be one: the error is shown under its input and nothing is stored.
      await byTestId('profile-address-postalCode').fill('12-345');
      await byTestId('profile-save').click();
      const postalError = byTestId('error-address.postalCode');
      await postalError.waitFor();
      assert.match(await postalError.textContent(), /郵便番号は7桁/);
      assert.equal(await byTestId('profile-address-postalCode').getAttribute('aria-invalid'), 'true');
      assert.equal(await byTestId('profile-saved').count(), 0);
      await postalError.scrollIntoViewIfNeeded();
      await screenshot(page, 'member-profile-error-phone');

      await page.reload();
      await byTestId('profile-familyName').waitFor();
      assert.equal(await byTestId('profile-address-postalCode').inputValue(), '100-0001', 'the refused edit changed nothing');

      // The payout account: changing an existing one (earlier runs) starts with the edit button.
      await byTestId('payout-section').scrollIntoViewIfNeeded();
      if ((await byTestId('payout-edit').count()) > 0) {
        await byTestId('payout-edit').click();
        assert.equal(await byTestId('payout-accountNumber').inputValue(), '', 'the account number is never filled in');
      }
      await byTestId('payout-bankName').fill('みずほ銀行');
      await byTestId('payout-branchName').fill('渋谷支店');
      await byTestId('payout-accountType').selectOption('ORDINARY');
      await byTestId('payout-accountNumber').fill(fullWidth(accountNumber));
      await byTestId('payout-holderKana').fill('やまだ はなこ');
      await byTestId('payout-save').click();
      await byTestId('payout-saved').waitFor();
      const masked = `****${accountNumber.slice(-3)}`;
      assert.equal((await byTestId('payout-maskedAccountNumber').textContent()).trim(), masked);
      assert.equal((await byTestId('payout-summary-holderKana').textContent()).trim(), 'ヤマダ ハナコ');
      await byTestId('payout-section').scrollIntoViewIfNeeded();
      await screenshot(page, 'member-profile-payout-phone');

      await page.reload();
      await byTestId('payout-maskedAccountNumber').waitFor();
      assert.equal((await byTestId('payout-maskedAccountNumber').textContent()).trim(), masked);
      const text = await byTestId('payout-section').innerText();
      assert.ok(!text.includes(accountNumber) && !text.includes(fullWidth(accountNumber)), 'the full account number is never shown');
      assert.equal(await byTestId('payout-accountNumber').count(), 0);
    });
  } finally {
    await close();
  }
});
