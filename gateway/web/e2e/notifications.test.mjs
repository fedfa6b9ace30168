// Browser tests of in-app notifications: staff broadcast from the console, the
// member sees it in their notification list with the unread badge, opening it marks it read.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { BASE_URL, checkPrerequisites, DESKTOP, eventually, logInAtKeycloak, MEMBER, openBrowser, PHONE, screenshot, STAFF, withScreenshotOnFailure } from './support.mjs';

before(checkPrerequisites);

const title = `e2e お知らせ ${new Date().toISOString()}`;

test('a staff broadcast reaches the member, who reads it and the badge goes down', { timeout: 300_000 }, async () => {
  // The member first signs in, so that the notification-service knows them (member.events).
  const member = await openBrowser({ viewport: PHONE, mobile: true });
  try {
    await withScreenshotOnFailure(member.page, 'notifications-member-first', async () => {
      await member.page.goto(`${BASE_URL}/`);
      await member.page.getByTestId('login-button').first().click();
      await logInAtKeycloak(member.page, MEMBER.username);
      await member.page.goto(`${BASE_URL}/notifications`);
      await member.page.getByTestId('newsletter-preference').waitFor();
    });

    const staff = await openBrowser({ viewport: DESKTOP });
    try {
      await withScreenshotOnFailure(staff.page, 'notifications-broadcast', async () => {
        await staff.page.goto(`${BASE_URL}/admin/newsletters`);
        await staff.page.getByTestId('login-button').click();
        await logInAtKeycloak(staff.page, STAFF.username);
        await staff.page.getByRole('tab', { name: 'お知らせ（アプリ内）' }).click();
        const composer = staff.page.getByTestId('broadcast-composer');
        await composer.getByLabel('タイトル').fill(title);
        await composer.getByLabel('本文（HTML）').fill('<p>年末年始は<strong>休業</strong>します。<script>alert(1)</script></p>');
        await eventually(async () => /対象：\d+ 人/.test(await composer.getByTestId('segment-count').textContent()), { what: 'the live segment count' });
        await screenshot(staff.page, 'admin-broadcast-composer-desktop');
        await composer.getByTestId('broadcast-submit').click();
        await staff.page.getByTestId('broadcast-done').waitFor();
      });
    } finally {
      await staff.close();
    }

    await withScreenshotOnFailure(member.page, 'notifications-member-reads', async () => {
      const page = member.page;
      await eventually(
        async () => {
          await page.reload();
          await page.getByTestId('newsletter-preference').waitFor();
          return (await page.getByTestId('notification-title').allTextContents()).includes(title);
        },
        { what: 'the broadcast in the member list' },
      );
      // On a phone the badge sits on the bottom tab bar; the desktop navigation's copy is hidden.
      const visibleBadge = () => page.locator('[data-testid="unread-badge"]:visible');
      const badge = visibleBadge().first();
      await badge.waitFor();
      const before = Number((await badge.textContent()).replace('+', ''));
      await screenshot(page, 'member-notifications-phone');

      const item = page.getByTestId('notification').filter({ hasText: title });
      await item.getByRole('button').first().click();
      const body = item.getByTestId('notification-body');
      await body.waitFor();
      assert.match(await body.innerHTML(), /<strong>休業<\/strong>/);
      assert.doesNotMatch(await body.innerHTML(), /script/);
      await eventually(async () => (await item.getAttribute('data-read')) === 'true', { what: 'the notification marked read' });
      await eventually(
        async () => {
          const count = await visibleBadge().count();
          return before === 1 ? count === 0 : Number((await visibleBadge().first().textContent()).replace('+', '')) === before - 1;
        },
        { what: 'the badge going down by one' },
      );
    });
  } finally {
    await member.close();
  }
});
