// Browser test of the console's member screens against the real system, desktop-sized: a phone
// application entered from the front page in one click, the customer's unconfirmed address on the
// front page, the member found by kana typed in half-width, and the member's detail page.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, test } from 'node:test';
import { awaitConfirmationLink, BASE_URL, checkPrerequisites, DESKTOP, logInAtKeycloak, openBrowser, screenshot, STAFF, withScreenshotOnFailure } from './support.mjs';

before(checkPrerequisites);

test('staff enter a phone application from the front page and find the customer again by kana', { timeout: 240_000 }, async () => {
  const email = `phone-${randomUUID().slice(0, 8)}@example.com`;
  // A made-up kana given name per run, so that the search finds exactly this customer.
  const kana = ['ア', 'カ', 'サ', 'タ', 'ナ', 'ハ', 'マ', 'ヤ', 'ラ', 'ワ'];
  const givenNameKana = Array.from({ length: 5 }, () => kana[Math.floor(Math.random() * kana.length)]).join('');
  const { page, close } = await openBrowser({ viewport: DESKTOP });
  const byTestId = (id) => page.getByTestId(id);
  try {
    await withScreenshotOnFailure(page, 'members-phone-application', async () => {
      await page.goto(`${BASE_URL}/admin/`);
      await byTestId('login-button').click();
      await logInAtKeycloak(page, STAFF.username);
      await byTestId('reception-button').click();
      await byTestId('application-form').waitFor();
      await byTestId('application-email').fill(email);
      await byTestId('application-familyName').fill('高橋');
      await byTestId('application-givenName').fill('テスト');
      await byTestId('application-familyNameKana').fill('たかはし');
      await byTestId('application-givenNameKana').fill(givenNameKana);
      await byTestId('application-phone').fill('０９０－８７６５－４３２１');
      await byTestId('application-submit').click();
      await byTestId('application-done').waitFor();
      await screenshot(page, 'members-application-done-desktop');

      // The customer gets the confirmation mail; until they open it, the front page lists them.
      assert.match(await awaitConfirmationLink(email), /\/signup\/confirm#token=/);
      await page.goto(`${BASE_URL}/admin/`);
      const unconfirmed = byTestId('front-unconfirmed');
      await unconfirmed.getByText(email).waitFor();
      assert.ok(await unconfirmed.locator('a[href="tel:09087654321"]').count() >= 1, 'staff can call the customer from the list');

      // Found again by the kana typed in half-width, as some keyboards do.
      await page.goto(`${BASE_URL}/admin/members`);
      await byTestId('member-search').fill(toHalfWidth(givenNameKana));
      await byTestId('member-search').press('Enter');
      await page.waitForURL((url) => url.searchParams.has('q'));
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="member-row"]').length === 1);
      assert.match(await byTestId('member-row').innerText(), new RegExp(email.replace(/[.]/g, '\\.')));
      await screenshot(page, 'members-search-desktop');

      await byTestId('member-row').click();
      await byTestId('member-detail').waitFor();
      const detail = await byTestId('member-detail').innerText();
      assert.ok(detail.includes(email), 'the detail shows the address');
      assert.match(detail, /090-?8765-?4321/, 'the detail shows the phone number, normalised from full-width digits');
      await byTestId('slot-status-change').getByTestId('status-badge').waitFor();
      await screenshot(page, 'members-detail-desktop');
    });
  } finally {
    await close();
  }
});

/** Full-width katakana as half-width (ｱｶｻ...): what member-service must find all the same. */
function toHalfWidth(katakana) {
  const table = { ア: 'ｱ', カ: 'ｶ', サ: 'ｻ', タ: 'ﾀ', ナ: 'ﾅ', ハ: 'ﾊ', マ: 'ﾏ', ヤ: 'ﾔ', ラ: 'ﾗ', ワ: 'ﾜ' };
  return [...katakana].map((character) => table[character] ?? character).join('');
}
