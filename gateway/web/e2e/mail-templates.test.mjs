// Browser test of the mail template editor: an admin edits a template, an unknown placeholder is
// refused with a readable message, the fixed template previews with sample data, a test mail with
// the saved text reaches a real mailbox, and the template goes back to the shipped default.
// It edits the English survey mail, which no other browser or system test reads.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { BASE_URL, checkPrerequisites, DESKTOP, eventually, GREENMAIL_URL, logInAtKeycloak, openBrowser, screenshot, withScreenshotOnFailure } from './support.mjs';

before(checkPrerequisites);

const marker = `e2e-${Date.now()}`;
const testAddress = `templates-${marker}@example.com`;

async function mailsTo(address) {
  const response = await fetch(`${GREENMAIL_URL}/api/user/${encodeURIComponent(address)}/messages/INBOX`, { headers: { Accept: 'application/json' } }).catch(() => null);
  return response && response.ok ? response.json() : [];
}

test('an admin edits a mail template: an unknown placeholder is refused, the preview and a test mail show the saved text', { timeout: 300_000 }, async () => {
  const admin = await openBrowser({ viewport: DESKTOP });
  try {
    const page = admin.page;
    await withScreenshotOnFailure(page, 'mail-templates', async () => {
      await page.goto(`${BASE_URL}/admin/settings/mail-templates`);
      await page.getByTestId('login-button').click();
      await logInAtKeycloak(page, 'admin@example.com');
      await page.getByTestId('template-inquiry-survey-en').click();
      const editor = page.getByTestId('template-editor');
      await editor.waitFor();
      const text = editor.getByTestId('template-text');
      const original = await text.inputValue();

      await text.fill(`${original}\n{{surveyDeadline}}`);
      await page.getByTestId('template-save').click();
      const problem = page.getByTestId('template-problem');
      await problem.waitFor();
      assert.match(await problem.textContent(), /surveyDeadline/);

      await text.fill(`${original}\n${marker} {{name}}`);
      await eventually(async () => (await page.getByTestId('preview-text').textContent()).includes(marker), { what: 'the preview with the new line' });
      await page.getByTestId('template-save').click();
      await page.getByTestId('template-notice').waitFor();
      await screenshot(page, 'admin-mail-template-editor-desktop');

      await page.getByTestId('template-test-to').fill(testAddress);
      await page.getByTestId('template-test-send').click();
      await eventually(
        async () => (await mailsTo(testAddress)).some((mail) => mail.mimeMessage.includes(marker)),
        { what: `the test mail in ${testAddress}'s mailbox` },
      );

      await page.getByTestId('template-reset').click();
      await eventually(async () => !(await text.inputValue()).includes(marker), { what: 'the shipped default back in the editor' });
    });
  } finally {
    await admin.close();
  }
});
