// Browser tests of the admin console (/admin/), desktop-sized.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { BASE_URL, checkPrerequisites, DESKTOP, logInAtKeycloak, MEMBER, openBrowser, screenshot, STAFF, withScreenshotOnFailure } from './support.mjs';

before(checkPrerequisites);

test('staff log in to the console and see who they are', { timeout: 180_000 }, async () => {
  const { page, close } = await openBrowser({ viewport: DESKTOP });
  try {
    await withScreenshotOnFailure(page, 'staff-login', async () => {
      await page.goto(`${BASE_URL}/admin/`);
      await page.getByTestId('login-button').click();
      await logInAtKeycloak(page, STAFF.username);

      assert.equal(new URL(page.url()).pathname, '/admin/', 'the gateway brings staff back to the console');
      await page.getByTestId('reception-button').waitFor();
      await screenshot(page, 'admin-front-desktop');

      await page.getByRole('navigation', { name: '管理メニュー' }).getByRole('link', { name: 'ログイン情報' }).click();
      await page.waitForURL(`${BASE_URL}/admin/me`);
      await page.getByTestId('whoami-name').waitFor();
      assert.equal((await page.getByTestId('whoami-name').textContent()).trim(), STAFF.name);
      await page.getByTestId('whoami-roles').locator('[data-role="staff"]').waitFor();
      await screenshot(page, 'admin-whoami-desktop');
    });
  } finally {
    await close();
  }
});

test('a member cannot use the console: they see the staff-only page', { timeout: 180_000 }, async () => {
  const { page, close } = await openBrowser({ viewport: DESKTOP });
  try {
    await withScreenshotOnFailure(page, 'member-in-console', async () => {
      await page.goto(`${BASE_URL}/admin/`);
      await page.getByTestId('login-button').click();
      await logInAtKeycloak(page, MEMBER.username);

      await page.getByTestId('staff-only').waitFor();
      assert.equal(await page.getByTestId('reception-button').count(), 0, 'no console content for a member');
      assert.equal(await page.getByRole('navigation', { name: '管理メニュー' }).count(), 0, 'no console navigation for a member');
      await screenshot(page, 'admin-staff-only-desktop');
    });
  } finally {
    await close();
  }
});
