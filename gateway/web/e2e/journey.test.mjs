// Browser test of a new member's way to a verified account, against the real system: sign-up with an
// email address on a phone, the real confirmation mail, a password chosen on the confirmation page,
// the first login straight into a delivery-kit request, profile and payout account, identity document
// photos; then a verifier on a desktop checks them, and a later edit of the verified name waits for
// a staff member's approval.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, test } from 'node:test';
import {
  awaitConfirmationLink,
  BASE_URL,
  checkPrerequisites,
  DESKTOP,
  isBackOnGateway,
  logInAtKeycloak,
  openBrowser,
  PHONE,
  screenshot,
  STAFF,
  VERIFIER,
  withScreenshotOnFailure,
} from './support.mjs';

before(checkPrerequisites);

/** A 1x1 PNG: identity documents are checked by content, so it must really be one. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function ownRecord(page) {
  return page.evaluate(async () => (await fetch('/api/members/me')).json());
}

test('a new member signs up by mail on a phone, is verified, and a later name change waits for approval', { timeout: 480_000 }, async () => {
  const email = `journey-${randomUUID().slice(0, 8)}@example.com`;
  const password = `azukari-${randomUUID().slice(0, 8)}`;
  const member = await openBrowser({ viewport: PHONE, mobile: true });
  const byTestId = (id) => member.page.getByTestId(id);
  let memberId;
  try {
    await withScreenshotOnFailure(member.page, 'journey-member', async () => {
      const { page } = member;
      await page.goto(`${BASE_URL}/signup`);
      await byTestId('signup-email').fill(email);
      await byTestId('signup-submit').click();
      await byTestId('signup-sent').waitFor();

      // The link from the real mail; the page takes the token from the fragment and hides it.
      const link = new URL(await awaitConfirmationLink(email));
      await page.goto(`${BASE_URL}${link.pathname}${link.hash}`);
      assert.equal((await byTestId('signup-confirm-email').textContent()).trim(), email);
      assert.equal(new URL(page.url()).hash, '', 'the token does not stay in the address bar');
      await byTestId('signup-password').fill(password);
      await byTestId('signup-password-repeat').fill(password);
      await byTestId('signup-password-submit').click();
      await byTestId('signup-welcome-login').click();
      await logInAtKeycloak(page, email, password);
      // The first login leads straight to the delivery-kit request: a new member can start at once.
      await page.waitForURL((url) => isBackOnGateway(url) && url.pathname === '/requests/new');
      const fresh = await ownRecord(page);
      assert.equal(fresh.status, 'PROVISIONAL');
      assert.equal(fresh.emailConfirmed, true, 'opening the mailed link confirmed the address');
      memberId = fresh.id;

      // Still provisional, profile empty: the kit request is open all the same.
      await byTestId('kit-request-form').waitFor();
      assert.equal(await byTestId('kit-refusal').count(), 0);
      await byTestId('kit-note').fill('平日の夜に届けてください');
      const requested = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/requests/me' && response.request().method() === 'POST');
      await byTestId('kit-request-submit').click();
      assert.equal((await requested).status(), 201, 'the kit request was taken');
      await page.waitForURL((url) => /^\/requests\/[^/]+$/.test(url.pathname) && url.pathname !== '/requests/new');
      await byTestId('request-created').waitFor();
      const kitStatuses = (await page.evaluate(async () => (await fetch('/api/requests/types')).json())).find((type) => type.type === 'KIT').statuses;
      const initial = kitStatuses.find((status) => status.initial);
      const badge = byTestId('request-summary').getByTestId('request-status');
      assert.equal(await badge.getAttribute('data-status'), initial.code, 'the request starts in the initial status');
      assert.equal((await badge.textContent()).trim(), initial.memberLabel.ja, 'with the label the shop set for members');
      assert.deepEqual(await byTestId('timeline-entry').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-status'))), [initial.code]);
      assert.ok((await byTestId('request-summary').innerText()).includes('平日の夜に届けてください'));
      await screenshot(page, 'journey-kit-requested-phone');

      await page.goto(`${BASE_URL}/profile`);
      await byTestId('profile-familyName').fill('鈴木');
      await byTestId('profile-givenName').fill('一郎');
      await byTestId('profile-familyNameKana').fill('すずき');
      await byTestId('profile-givenNameKana').fill('ｲﾁﾛｳ');
      await byTestId('profile-birthDate').fill('1985-06-15');
      await byTestId('profile-occupation').fill('自営業');
      await byTestId('profile-phone').fill('080-2345-6789');
      await byTestId('profile-address-postalCode').fill('530-0001');
      await byTestId('profile-address-prefecture').selectOption('大阪府');
      await byTestId('profile-address-city').fill('大阪市北区');
      await byTestId('profile-address-line1').fill('梅田1-1');
      await byTestId('profile-save').click();
      await byTestId('profile-saved').waitFor();
      await byTestId('payout-bankName').fill('りそな銀行');
      await byTestId('payout-branchName').fill('梅田支店');
      await byTestId('payout-accountType').selectOption('ORDINARY');
      await byTestId('payout-accountNumber').fill('7654321');
      await byTestId('payout-holderKana').fill('ｽｽﾞｷ ｲﾁﾛｳ');
      await byTestId('payout-save').click();
      await byTestId('payout-saved').waitFor();

      // Front and back of a driving licence, as photos from the phone's camera.
      await page.goto(`${BASE_URL}/documents`);
      await byTestId('camera-FRONT').setInputFiles({ name: 'IMG_0001.png', mimeType: 'image/png', buffer: PNG });
      await byTestId('camera-BACK').setInputFiles({ name: 'IMG_0002.png', mimeType: 'image/png', buffer: PNG });
      await page.getByRole('button', { name: '送信する' }).click();
      await page.locator('[data-testid="verification-state"][data-state="PENDING"]').waitFor();
      await byTestId('document').nth(1).waitFor();
      assert.equal(await byTestId('document').count(), 2, 'front and back are listed');
      await screenshot(page, 'journey-documents-phone');
    });

    // A verifier compares the documents with the profile on a desktop and verifies the member.
    const verifier = await openBrowser({ viewport: DESKTOP });
    try {
      await withScreenshotOnFailure(verifier.page, 'journey-verifier', async () => {
        const { page } = verifier;
        await page.goto(`${BASE_URL}/admin/verifications`);
        await page.getByTestId('login-button').click();
        await logInAtKeycloak(page, VERIFIER.username);
        await page.getByTestId('verification-queue').waitFor();
        await page.locator(`a[href="/admin/verifications/${encodeURIComponent(memberId)}"]`).click();
        await page.getByTestId('verification-review-page').waitFor();
        await page.getByTestId('review-profile').getByText('スズキ').first().waitFor();
        await screenshot(page, 'journey-verification-review-desktop');
        await page.getByRole('button', { name: '確認済みにする' }).click();
        await page.getByTestId('decision-done').waitFor();
      });
    } finally {
      await verifier.close();
    }

    await withScreenshotOnFailure(member.page, 'journey-member-verified', async () => {
      const verified = await ownRecord(member.page);
      assert.equal(verified.verification.state, 'VERIFIED');
      assert.equal(verified.status, 'ACTIVE', 'confirmed, complete and verified: a full member');

      // A verified name cannot change by itself any more: it becomes a change request.
      await member.page.goto(`${BASE_URL}/profile`);
      await byTestId('profile-familyName').fill('佐々木');
      await byTestId('profile-familyNameKana').fill('ササキ');
      await byTestId('profile-save').click();
      await byTestId('pending-change').waitFor();
      assert.equal((await ownRecord(member.page)).profile.familyName, '鈴木', 'nothing changes before approval');
      await screenshot(member.page, 'journey-pending-change-phone');
    });

    const staff = await openBrowser({ viewport: DESKTOP });
    try {
      await withScreenshotOnFailure(staff.page, 'journey-staff', async () => {
        const { page } = staff;
        await page.goto(`${BASE_URL}/admin/change-requests`);
        await page.getByTestId('login-button').click();
        await logInAtKeycloak(page, STAFF.username);
        const request = page.getByTestId('change-request').filter({ has: page.locator(`a[href="/admin/members/${encodeURIComponent(memberId)}"]`) });
        const approved = page.waitForResponse((response) => response.url().endsWith('/approval') && response.request().method() === 'POST');
        await request.getByTestId('change-request-approve').click();
        assert.equal((await approved).status(), 200, 'the approval went through');
        await screenshot(page, 'journey-change-approved-desktop');
      });
    } finally {
      await staff.close();
    }

    await withScreenshotOnFailure(member.page, 'journey-member-approved', async () => {
      let record = await ownRecord(member.page);
      for (let i = 0; i < 20 && record.profile.familyName !== '佐々木'; i++) {
        await member.page.waitForTimeout(500);
        record = await ownRecord(member.page);
      }
      assert.equal(record.profile.familyName, '佐々木', 'the approved change applied');
      assert.equal(record.verification.state, 'PENDING', 'a new name needs new documents');
    });
  } finally {
    await member.close();
  }
});
