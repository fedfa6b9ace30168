// Shared helpers of the browser tests: headless Chromium through playwright-core (no browser download),
// the gateway's address, Keycloak login and screenshots.
import { access, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.AZUKARI_URL || 'http://localhost:8080').replace(/\/+$/, '');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
export const PASSWORD = 'azukari';
export const MEMBER = { username: 'member@example.com', name: '山田 花子' };
export const STAFF = { username: 'staff@example.com', name: '佐藤 一郎' };
export const VERIFIER = { username: 'verifier@example.com' };
export const GREENMAIL_URL = (process.env.AZUKARI_GREENMAIL_URL || 'http://localhost:8025').replace(/\/+$/, '');
/** The stand-in of the external auction system (SSO landing page, price feed, listings API). */
export const AUCTION_URL = (process.env.AZUKARI_AUCTION_URL || 'http://localhost:8090').replace(/\/+$/, '');

const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Throws (with a message that says what to do) unless Chromium is installed and the gateway answers
 * `GET /api/me` within a few seconds. Any HTTP answer counts: 401 is what a fresh visitor gets.
 */
export async function checkPrerequisites() {
  try {
    await access(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  let response;
  try {
    response = await fetch(`${BASE_URL}/api/me`, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
  } catch (error) {
    throw new Error(
      `The Azukari gateway is not reachable at ${BASE_URL} (${reason(error)}). ` +
        'Start the whole system first (gateway, services and Keycloak) or point AZUKARI_URL at a running gateway.',
    );
  }
  if (response.status !== 401 && response.status !== 200) {
    throw new Error(`${BASE_URL}/api/me answered ${response.status}; expected 401 (not logged in) from the Azukari gateway.`);
  }
}

function reason(error) {
  const cause = error.cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? (error.name === 'TimeoutError' ? 'no answer within 5 s' : error.message);
}

/** A fresh browser (own user-data dir, so no session or SSO cookie leaks between tests). */
export async function openBrowser({ viewport, mobile = false }) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'azukari-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // `--headless=new` is passed in args; headless: true would add Playwright's own `--headless`.
    headless: false,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: mobile ? 2 : 1,
    isMobile: mobile,
    hasTouch: mobile,
    locale: 'ja-JP',
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(45_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    async close() {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/** True when `url` is on the gateway (not Keycloak) and not part of the login round trip. */
export function isBackOnGateway(url) {
  return url.origin === new URL(BASE_URL).origin && !url.pathname.startsWith('/login') && !url.pathname.startsWith('/oauth2');
}

/**
 * Fills Keycloak's login form (the page the login button led to) and waits to be back on the gateway.
 * Fails at once, with Keycloak's own words, when Keycloak rejects the login or asks for more
 * (a required action such as "update profile" means the realm's test users are incomplete).
 */
export async function logInAtKeycloak(page, username, password = PASSWORD) {
  // Keycloak's login page can take a while on a busy machine: as long as a navigation may.
  await page.locator('#username').waitFor({ timeout: 45_000 });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  const back = page.waitForURL(isBackOnGateway, { timeout: 45_000 }).then(() => null);
  const stuck = page
    .locator('#input-error, #kc-error-message, .kc-feedback-text, #kc-update-profile-form, #kc-passwd-update-form')
    .first()
    .waitFor({ timeout: 45_000 })
    .then(async () => `Keycloak did not let ${username} in: ${(await page.locator('body').innerText()).slice(0, 400)}`);
  back.catch(() => {});
  stuck.catch(() => {});
  await page.locator('#kc-login').click();
  const problem = await Promise.race([back, stuck]);
  if (problem) throw new Error(problem);
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Takes a screenshot when a step fails, then rethrows: the picture shows where the test stood. */
export async function withScreenshotOnFailure(page, name, steps) {
  try {
    await steps();
  } catch (error) {
    await screenshot(page, `${name}-FAILED`).catch(() => {});
    throw error;
  }
}

/**
 * Waits for the confirmation link mailed to `email` and returns it, read from the real SMTP server
 * (GreenMail's REST API) as the customer's mail client would show it.
 */
export async function awaitConfirmationLink(email, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${GREENMAIL_URL}/api/user/${encodeURIComponent(email)}/messages/INBOX`, { headers: { Accept: 'application/json' } }).catch(() => null);
    if (response?.ok) {
      for (const message of await response.json()) {
        const link = mailText(String(message.mimeMessage)).match(/https?:\/\/\S+?\/signup\/confirm#token=[A-Za-z0-9_-]+/);
        if (link) return link[0];
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No confirmation mail to ${email} arrived within ${timeoutMs / 1000} s`);
}

/** The decoded text of every part of a MIME message (base64 and quoted-printable parts decoded). */
function mailText(mime) {
  return mime
    .split(/\r?\n--/)
    .map((part) => {
      const [headers, ...rest] = part.split(/\r?\n\r?\n/);
      const body = rest.join('\n\n');
      if (/Content-Transfer-Encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(headers)) {
        return body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
      }
      return body;
    })
    .join('\n');
}

/**
 * Polls `check` until it returns something truthy (which is returned), for what the system does on
 * its own time (a feed polled every few seconds, an event consumed a moment later). The failure
 * names what did not happen and shows the last value `check` saw.
 */
export async function eventually(check, { timeoutMs = 60_000, intervalMs = 1_000, what = 'the condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s (last seen: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}
