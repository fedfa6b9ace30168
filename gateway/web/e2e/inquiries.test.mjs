// Browser tests of the team inbox against the real system: a member writes through the contact form
// on a phone, staff find it in the console inbox; two staff sessions at once (A = staff@example.com,
// B = admin@example.com) open the same inquiry: A opens the reply box and B sees "A is replying"
// live with replying disabled; A sends, B sees the reply appear and cannot answer the same customer
// message a second time (409 already-answered, explained); the member reads the reply, marked unread
// until opened.
//
// The tests run in order and share one inquiry; a test whose predecessor failed is skipped.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPrerequisites, DESKTOP, eventually, isBackOnGateway, logInAtKeycloak, MEMBER, openBrowser, PHONE, STAFF, withScreenshotOnFailure } from './support.mjs';

before(checkPrerequisites);

const RUN = randomUUID().slice(0, 8);
const ADMIN = { username: 'admin@example.com', name: '高橋 三郎' };
const SUBJECT = `発送について e2e ${RUN}`;
const REPLY = `ご連絡ありがとうございます。本日発送いたしました（e2e ${RUN}）。`;

const state = { member: null, staffA: null, staffB: null, inquiryId: null, failed: null };

after(async () => {
  // Tidy up: the inquiry leaves the open tabs (best effort), then the browsers close.
  if (state.inquiryId && state.staffA) {
    try {
      await state.staffA.page.evaluate(async (id) => {
        const token = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='))?.split('=')[1];
        const headers = { Accept: 'application/json', 'Content-Type': 'application/json', ...(token ? { 'X-XSRF-TOKEN': decodeURIComponent(token) } : {}) };
        await fetch('/api/inquiries/bulk', { method: 'POST', headers, body: JSON.stringify({ inquiryIds: [id], action: 'CLOSE' }) });
      }, state.inquiryId);
    } catch (error) {
      console.error(`could not close the inquiry after the tests: ${error.message}`);
    }
  }
  await state.member?.close();
  await state.staffA?.close();
  await state.staffB?.close();
}, { timeout: 120_000 });

function step(name, timeout, steps) {
  test(name, { timeout }, async (t) => {
    if (state.failed) {
      t.skip(`needs the earlier test "${state.failed}", which failed`);
      return;
    }
    try {
      await steps(t);
    } catch (error) {
      state.failed = name;
      throw error;
    }
  });
}

async function staffSession(person) {
  const session = await openBrowser({ viewport: DESKTOP });
  const { page } = session;
  await page.goto(`${BASE_URL}/admin/`);
  await page.getByTestId('login-button').click();
  await logInAtKeycloak(page, person.username);
  await page.getByTestId('reception-button').waitFor();
  return session;
}

async function openInquiry(page) {
  await page.goto(`${BASE_URL}/admin/inquiries/${encodeURIComponent(state.inquiryId)}`);
  await page.getByTestId('inquiry-detail').waitFor();
  await page.getByTestId('reply-box').waitFor();
}

step('a member writes to the shop through the contact form on a phone', 180_000, async () => {
  state.member = await openBrowser({ viewport: PHONE, mobile: true });
  const { page } = state.member;
  await withScreenshotOnFailure(page, 'inquiries-member-form', async () => {
    await page.goto(`${BASE_URL}/inquiries/new`);
    await page.getByTestId('login-button').first().click();
    await logInAtKeycloak(page, MEMBER.username);
    await page.waitForURL((url) => isBackOnGateway(url) && url.pathname === '/inquiries/new');
    await page.getByTestId('inquiry-subject').fill(SUBJECT);
    await page.getByTestId('inquiry-text').fill(`先週申し込んだキットはいつ届きますか？ (${RUN})`);
    await page.getByTestId('inquiry-send').click();
    await page.waitForURL((url) => /^\/inquiries\/[^/]+$/.test(url.pathname) && url.pathname !== '/inquiries/new');
    state.inquiryId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
    await page.getByTestId('thread-message').first().waitFor();
    assert.equal(await page.getByTestId('thread-message').count(), 1, 'the thread holds the member message');
  });
});

step('staff find the new inquiry in the inbox, with its NEW count', 180_000, async () => {
  state.staffA = await staffSession(STAFF);
  const { page } = state.staffA;
  await withScreenshotOnFailure(page, 'inquiries-inbox', async () => {
    // The inbox is fed by events: the new inquiry shows up within moments.
    await eventually(
      async () => {
        await page.goto(`${BASE_URL}/admin/inquiries?tab=NEW`);
        await page.locator('[data-testid="inquiry-row"], [data-testid="inquiries-empty"]').first().waitFor();
        return (await page.locator(`[data-testid="inquiry-row"][data-id="${state.inquiryId}"]`).count()) > 0;
      },
      { timeoutMs: 30_000, intervalMs: 2_000, what: 'the member inquiry appearing in the NEW tab' },
    );
    const row = page.locator(`[data-testid="inquiry-row"][data-id="${state.inquiryId}"]`);
    assert.match(await row.innerText(), new RegExp(RUN), 'the row shows the subject');
    assert.equal(await row.getByTestId('unanswered').count(), 1, 'the row is marked unanswered');
    const count = Number((await page.getByTestId('count-NEW').innerText()).trim());
    assert.ok(count >= 1, `the NEW tab counts it (${count})`);
  });
});

step('two staff open the inquiry: while A replies, B sees "A is replying" and cannot reply', 180_000, async () => {
  state.staffB = await staffSession(ADMIN);
  const a = state.staffA.page;
  const b = state.staffB.page;
  await withScreenshotOnFailure(b, 'inquiries-two-staff', async () => {
    await openInquiry(a);
    await openInquiry(b);
    assert.equal(await b.getByTestId('reply-open').isEnabled(), true, 'B could reply before A started');

    await a.getByTestId('reply-open').click();
    await a.getByTestId('reply-text').waitFor();

    // B's page refreshes itself (peek) every few seconds: the lock shows without reloading.
    await b.getByTestId('reply-locked').waitFor({ timeout: 15_000 });
    // The holder's name as the token names the person (family and given name in either order).
    assert.match(await b.getByTestId('reply-locked').innerText(), /一郎.*さんが返信を書いています/);
    assert.equal(await b.getByTestId('reply-open').isDisabled(), true, "B's reply button is disabled");
    assert.match(await b.getByTestId('lock-badge').first().innerText(), /一郎.*さんが返信中/);
    // B is an admin: the take-over button is offered (not pressed here).
    assert.equal(await b.getByTestId('lock-takeover').count(), 1, 'an admin may take the reply over');

    // Both openings were recorded: "read by" names A and B.
    await eventually(async () => /一郎/.test(await b.getByTestId('read-by').innerText()) && /三郎/.test(await b.getByTestId('read-by').innerText()), {
      timeoutMs: 15_000,
      what: 'both staff in the read-by strip',
    });
  });
});

step('A sends the reply; B sees it appear and cannot answer the same message twice', 180_000, async () => {
  const a = state.staffA.page;
  const b = state.staffB.page;
  await withScreenshotOnFailure(b, 'inquiries-reply', async () => {
    await a.getByTestId('reply-text').fill(REPLY);
    await a.getByTestId('reply-send').click();
    await a.getByTestId('reply-message').waitFor();
    assert.match(await a.getByTestId('reply-message').innerText(), /返信を送りました/);

    // B: the reply shows up and the lock is gone, without reloading.
    await b.locator('[data-testid="message"][data-kind="REPLY"]', { hasText: RUN }).waitFor({ timeout: 20_000 });
    await b.getByTestId('reply-locked').waitFor({ state: 'detached', timeout: 20_000 });
    assert.equal(await b.getByTestId('reply-open').isEnabled(), true, 'B may open the reply box again');

    // B tries to answer the same customer message: the server refuses, the page says why.
    await b.getByTestId('reply-open').click();
    await b.getByTestId('reply-text').fill(`二重の返信 (e2e ${RUN})`);
    await b.getByTestId('reply-send').click();
    await b.getByTestId('reply-message').waitFor();
    assert.match(await b.getByTestId('reply-message').innerText(), /すでに返信済み/);
    assert.equal(await b.locator('[data-testid="message"][data-kind="REPLY"]').count(), 1, 'still exactly one reply');
  });
});

step('the member sees the reply, marked unread until the thread is opened', 180_000, async () => {
  const { page } = state.member;
  await withScreenshotOnFailure(page, 'inquiries-member-reply', async () => {
    await eventually(
      async () => {
        await page.goto(`${BASE_URL}/inquiries`);
        const item = page.locator(`[data-testid="own-inquiry"][href="/inquiries/${encodeURIComponent(state.inquiryId)}"]`);
        await item.waitFor();
        return (await item.getAttribute('data-unread')) === 'true';
      },
      { timeoutMs: 30_000, intervalMs: 2_000, what: 'the unread marker on the member inquiry' },
    );
    await page.locator(`[data-testid="own-inquiry"][href="/inquiries/${encodeURIComponent(state.inquiryId)}"]`).click();
    await page.locator('[data-testid="thread-message"][data-kind="REPLY"]', { hasText: RUN }).waitFor();
    await page.goto(`${BASE_URL}/inquiries`);
    const item = page.locator(`[data-testid="own-inquiry"][href="/inquiries/${encodeURIComponent(state.inquiryId)}"]`);
    await item.waitFor();
    assert.equal(await item.getAttribute('data-unread'), 'false', 'opening the thread marked the reply read');
  });
});
