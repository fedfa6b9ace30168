// Browser tests of the member web (/), phone-sized.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { BASE_URL, checkPrerequisites, isBackOnGateway, logInAtKeycloak, MEMBER, openBrowser, PHONE, screenshot, withScreenshotOnFailure } from './support.mjs';

before(checkPrerequisites);

test('a member logs in on a phone, sees who they are, and logs out', { timeout: 180_000 }, async () => {
  const { page, close } = await openBrowser({ viewport: PHONE, mobile: true });
  try {
    await withScreenshotOnFailure(page, 'member-login', async () => {
      await page.goto(`${BASE_URL}/me`);
      await page.getByTestId('login-prompt').waitFor();

      await page.getByTestId('login-button').click();
      await logInAtKeycloak(page, MEMBER.username);

      assert.equal(new URL(page.url()).pathname, '/me', 'the gateway brings the member back to the page they logged in from');
      await page.getByTestId('whoami-name').waitFor();
      assert.equal((await page.getByTestId('whoami-name').textContent()).trim(), MEMBER.name);
      await page.getByTestId('whoami-roles').locator('[data-role="member"]').waitFor();
      assert.equal(await page.getByTestId('whoami-roles').locator('[data-role="staff"]').count(), 0);
      // Phone layout: the bottom tab bar is the navigation.
      assert.ok(await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'マイページ' }).isVisible());
      await screenshot(page, 'member-whoami-phone');

      // The gateway may pass through Keycloak's end-session endpoint; the browser must end on `/`.
      await Promise.all([
        page.waitForURL((url) => isBackOnGateway(url) && url.pathname === '/', { timeout: 45_000 }),
        page.getByTestId('logout-button').click(),
      ]);
      await page.getByTestId('login-button').waitFor();
      assert.equal(await page.getByTestId('logout-button').count(), 0);
    });
  } finally {
    await close();
  }
});

test('switching to English changes the navigation labels and is remembered', { timeout: 120_000 }, async () => {
  const { page, close } = await openBrowser({ viewport: PHONE, mobile: true });
  try {
    await withScreenshotOnFailure(page, 'language-switch', async () => {
      await page.goto(`${BASE_URL}/`);
      const japaneseNavigation = page.getByRole('navigation', { name: 'メインメニュー' });
      await japaneseNavigation.getByRole('link', { name: 'ホーム' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'ja');

      await page.getByTestId('language-switch').getByText('English').click();

      const englishNavigation = page.getByRole('navigation', { name: 'Main menu' });
      await englishNavigation.getByRole('link', { name: 'Home' }).waitFor();
      for (const label of ['Requests', 'Items', 'My page']) {
        assert.ok(await englishNavigation.getByRole('link', { name: label }).isVisible(), `navigation shows "${label}"`);
      }
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.equal(await page.getByTestId('login-button').textContent(), 'Log in');
      await screenshot(page, 'member-home-english-phone');

      await page.reload();
      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Home' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the choice survives a reload');
    });
  } finally {
    await close();
  }
});
