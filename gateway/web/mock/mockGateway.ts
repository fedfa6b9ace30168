import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { changesApi } from './mockChanges.ts';
import { memberViewOf, membersApi, mockMemberStore } from './mockMembers.ts';
import { applicationsApi, mailPage, seedUnconfirmedMembers, signedUpLogin, signupApi, type SignupAnswer } from './mockSignup.ts';
import { documentsApi } from './mockDocuments.ts';
import { privacyApi } from './mockPrivacy.ts';
import { sendZip } from './mockZip.ts';
import { seedMemberRequests, requestsApi } from './mockRequests.ts';
import { auctionHandOff, auctionPage, itemsApi, seedMemberItems } from './mockItems.ts';
import { adminItemsApi } from './mockAdminItems.ts';
import { seedWorkflow, workflowApi } from './mockWorkflow.ts';
import { auditApi } from './mockAudit.ts';
import { inquirySettingsApi } from './mockInquirySettings.ts';
import { mailApi } from './mockMail.ts';
import { inquiryExtrasApi } from './mockInquiryExtras.ts';
import { notificationsApi } from './mockNotifications.ts';
import { inquiriesApi, seedInquiries } from './mockInquiries.ts';

/**
 * A stand-in for the gateway's web contract, for `vite --mode mock` and `vite preview --mode mock`
 * only (front-end work and screenshots without Keycloak and the Java services). It mimics:
 *  - `GET /api/me` -> 200 JSON or 401 problem+json;
 *  - `GET /login?returnTo=...` -> a Keycloak-like login form (#username, #password, #kc-login) on
 *    another origin (localhost <-> 127.0.0.1, as Keycloak runs on its own port) -> back through
 *    `/login/oauth2/code/mock` (session cookie) -> redirect to returnTo;
 *  - `POST /logout` with form field `_csrf` equal to the `XSRF-TOKEN` cookie -> redirect to `/`;
 *  - state-changing `/api/**` calls must send header `X-XSRF-TOKEN`;
 *  - member-service's own record: `GET /api/members/me`, `PUT /api/members/me/profile` and
 *    `PUT /api/members/me/payout-account` (see mock/mockMembers.ts; staff get 403);
 *  - sign-up by mail and staff phone/walk-in applications (mock/mockSignup.ts), with the mails it
 *    would have sent listed at `/mock-mail`;
 *  - workflow-service's member requests and request types (mock/mockRequests.ts) and item-service's
 *    member items, fields and photos (mock/mockItems.ts); `GET /auction` hands a signed-in member over
 *    to a stand-in auction page (`/mock-auction/sso?token=...`, single use).
 *  - audit-service's search, exports, chain verification and dead letters (mock/mockAudit.ts);
 *  - notification-service's in-app notifications, preferences, unsubscribe links, segment counts,
 *    broadcasts and newsletters (mock/mockNotifications.ts);
 *  - inquiry-service's inbox, member inquiries and the guest contact form (mock/mockInquiries.ts);
 *  - requests, their status board and the status configuration for staff (mock/mockWorkflow.ts),
 *    and a staff member's record `GET /api/members/{id}` for the links from requests.
 * Cookie `azukari-mock-status=<AccountStatus>` makes `GET /api/members/me` report that status (with a
 * reason), to look at the member home page's account status banner.
 * Cookie `azukari-mock-fail=<status>` makes `/api/me` answer with that status as a problem detail
 * (to look at the error screens). Nothing here is built into the production bundle.
 */

interface MockUser {
  subject: string;
  name: string;
  email: string;
  roles: string[];
}

const users: Record<string, MockUser> = {
  'member@example.com': {
    subject: '7d3c1f6e-0b7a-4f0e-9a55-2f5c7e0b1a01',
    name: '山田 花子',
    email: 'member@example.com',
    roles: ['member'],
  },
  'staff@example.com': {
    subject: 'c2a9e3d4-5b6f-4a7e-8c9d-0e1f2a3b4c02',
    name: '佐藤 一郎',
    email: 'staff@example.com',
    roles: ['staff'],
  },
  'admin@example.com': {
    subject: 'e5f6a7b8-9c0d-4e1f-a2b3-c4d5e6f7a803',
    name: '鈴木 管理',
    email: 'admin@example.com',
    roles: ['staff', 'kyc-verifier', 'admin'],
  },
};
const PASSWORD = 'azukari';
const SESSION_COOKIE = 'AZUKARI_MOCK_SESSION';
const sessions = new Map<string, MockUser>();
/** One-time codes handed from the mock Keycloak origin back to the gateway origin. */
const codes = new Map<string, MockUser>();

/** The "Keycloak" origin: the same server under the other loopback name, so that it is cross-origin. */
function keycloakOrigin(host: string): string {
  const [name, port] = host.split(':');
  const other = name === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `http://${other}${port ? `:${port}` : ''}`;
}

function cookies(req: IncomingMessage): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) result[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return result;
}

function appendCookie(res: ServerResponse, cookie: string) {
  const existing = res.getHeader('Set-Cookie');
  const list = Array.isArray(existing) ? existing : existing ? [String(existing)] : [];
  res.setHeader('Set-Cookie', [...list, cookie]);
}

function problem(res: ServerResponse, status: number, title: string, detail: string, extra: object = {}) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/problem+json');
  res.end(
    JSON.stringify({
      type: 'about:blank',
      title,
      status,
      detail,
      instance: '/api/me',
      correlationId: randomUUID(),
      ...extra,
    }),
  );
}

function redirect(res: ServerResponse, location: string) {
  res.statusCode = 302;
  res.setHeader('Location', location);
  res.end();
}

async function textBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await textBody(req));
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  try {
    return JSON.parse(await textBody(req)) as unknown;
  } catch {
    return undefined;
  }
}

function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

function loginPage(returnTo: string, gateway: string, error: boolean): string {
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Mock Keycloak - azukari</title>
<style>body{font-family:sans-serif;max-width:360px;margin:40px auto;padding:0 16px}label,input,button{display:block;width:100%;margin:6px 0}input,button{padding:8px;box-sizing:border-box}</style>
</head><body><main>
<h1>Sign in to azukari (mock)</h1>
${error ? '<p role="alert" id="input-error">Invalid username or password.</p>' : ''}
<form method="post" action="/mock-keycloak/login">
<input type="hidden" name="returnTo" value="${escape(returnTo)}">
<input type="hidden" name="gateway" value="${escape(gateway)}">
<label for="username">Email</label><input id="username" name="username" autocomplete="username">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
<button id="kc-login" type="submit">Sign In</button>
</form>
<p>member@example.com / staff@example.com / admin@example.com, password "azukari"</p>
</main></body></html>`;
}

export function mockGateway(): Plugin {
  seedUnconfirmedMembers();
  seedMemberItems(users['member@example.com'].subject, seedMemberRequests(users['member@example.com'].subject));
  seedWorkflow();
  seedInquiries();
  const handle: Connect.NextHandleFunction = (req, res, next) => {
    void route(req, res).then(
      (handled) => {
        if (!handled) next();
      },
      (error: unknown) => next(error),
    );
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://mock.local');
    const jar = cookies(req);
    const path = url.pathname;
    const isGatewayPath =
      path.startsWith('/api/') || path === '/login' || path.startsWith('/login/') || path === '/logout' || path.startsWith('/mock-keycloak/') || path === '/mock-mail' ||
      path === '/auction' || path.startsWith('/mock-auction/');
    if (!isGatewayPath) return false;
    if (!jar['XSRF-TOKEN']) appendCookie(res, `XSRF-TOKEN=${randomUUID()}; Path=/; SameSite=Lax`);
    const user = jar[SESSION_COOKIE] ? sessions.get(jar[SESSION_COOKIE]) : undefined;

    const host = req.headers.host ?? 'localhost';
    if (path === '/login' && req.method === 'GET') {
      const query = new URLSearchParams({
        returnTo: safeReturnTo(url.searchParams.get('returnTo')),
        gateway: `http://${host}`,
      });
      redirect(res, `${keycloakOrigin(host)}/mock-keycloak/auth?${query.toString()}`);
      return true;
    }
    if (path === '/mock-keycloak/auth' && req.method === 'GET') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      const gateway = url.searchParams.get('gateway') ?? keycloakOrigin(host);
      res.end(loginPage(safeReturnTo(url.searchParams.get('returnTo')), gateway, url.searchParams.has('error')));
      return true;
    }
    if (path === '/mock-keycloak/login' && req.method === 'POST') {
      const form = await formBody(req);
      const returnTo = safeReturnTo(form.get('returnTo'));
      const gateway = form.get('gateway') ?? keycloakOrigin(host);
      const username = (form.get('username') ?? '').trim().toLowerCase();
      const found = users[username] && form.get('password') === PASSWORD ? users[username] : signedUpLogin(username, form.get('password'));
      if (!found) {
        const query = new URLSearchParams({ error: '1', returnTo, gateway });
        redirect(res, `/mock-keycloak/auth?${query.toString()}`);
        return true;
      }
      const code = randomUUID();
      codes.set(code, found);
      redirect(res, `${gateway}/login/oauth2/code/mock?${new URLSearchParams({ code, returnTo }).toString()}`);
      return true;
    }
    if (path === '/login/oauth2/code/mock' && req.method === 'GET') {
      const found = codes.get(url.searchParams.get('code') ?? '');
      if (!found) {
        problem(res, 401, 'Unauthorized', 'Unknown or used login code.');
        return true;
      }
      codes.delete(url.searchParams.get('code') ?? '');
      const sessionId = randomUUID();
      sessions.set(sessionId, found);
      appendCookie(res, `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Lax`);
      redirect(res, safeReturnTo(url.searchParams.get('returnTo')));
      return true;
    }
    if (path === '/logout') {
      if (req.method !== 'POST') {
        problem(res, 405, 'Method Not Allowed', 'Log out with a form POST.');
        return true;
      }
      const form = await formBody(req);
      if (!jar['XSRF-TOKEN'] || form.get('_csrf') !== jar['XSRF-TOKEN']) {
        problem(res, 403, 'Forbidden', 'Invalid CSRF token.');
        return true;
      }
      if (jar[SESSION_COOKIE]) sessions.delete(jar[SESSION_COOKIE]);
      appendCookie(res, `${SESSION_COOKIE}=; Path=/; Max-Age=0`);
      redirect(res, '/');
      return true;
    }
    if (path === '/auction' && req.method === 'GET') {
      if (!user) redirect(res, `/login?${new URLSearchParams({ returnTo: '/auction' }).toString()}`);
      else if (!user.roles.includes('member')) problem(res, 403, 'Forbidden', 'Only members are handed over to the auction system.');
      else redirect(res, auctionHandOff(user));
      return true;
    }
    if (path === '/mock-auction/sso' && req.method === 'GET') {
      const page = auctionPage(url.searchParams.get('token'));
      res.statusCode = page.status;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(page.html);
      return true;
    }
    // API
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.headers['x-xsrf-token'] !== jar['XSRF-TOKEN']) {
      problem(res, 403, 'Forbidden', 'Invalid CSRF token.');
      return true;
    }
    const fail = Number(jar['azukari-mock-fail']);
    if (fail) {
      problem(res, fail, fail === 503 ? 'Service Unavailable' : 'Mock failure', 'The mock gateway was told to fail.', {
        errors: fail === 400 ? [{ field: 'email', message: 'must be a well-formed email address' }] : undefined,
      });
      return true;
    }
    if (path === '/mock-mail') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(mailPage());
      return true;
    }
    const origin = `http://${host}`;
    const knownLogin = (email: string) => email in users;
    const sendSignup = (answer: SignupAnswer) => {
      if (answer.problem) {
        const { title, detail, ...extra } = answer.problem as { title: string; detail: string };
        problem(res, answer.status, title, detail, { instance: path, ...extra });
        return;
      }
      res.statusCode = answer.status;
      if (answer.body !== undefined) {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(answer.body));
      } else {
        res.end();
      }
    };
    if (path.startsWith('/api/members/registrations')) {
      const method = req.method ?? 'GET';
      const answer = signupApi(method, path, method === 'POST' ? await jsonBody(req) : undefined, origin, knownLogin);
      if (answer) {
        sendSignup(answer);
        return true;
      }
    }
    if (path === '/api/members' || path.startsWith('/api/members/')) {
      const method = req.method ?? 'GET';
      if (user && /^\/api\/members($|\/applications$|\/[^/]+\/confirmation-mail$)/.test(path)) {
        const answer = applicationsApi(method, url, method === 'POST' ? await jsonBody(req) : undefined, user.roles, origin, knownLogin);
        if (answer) {
          sendSignup(answer);
          return true;
        }
      }
    }
    if (path.startsWith('/api/members/') || path === '/api/members') {
      if (!user) {
        problem(res, 401, 'Unauthorized', 'Log in to continue.', { instance: path });
        return true;
      }
      if (await documentsApi(req, res, path, user, memberViewOf)) return true;
      const method = req.method ?? 'GET';
      const body = method === 'PUT' || method === 'POST' ? await jsonBody(req) : undefined;
      const ifMatch = req.headers['if-match'];
      // Cookies to try change requests and statuses: azukari-mock-verified=1, azukari-mock-status=FROZEN.
      if (user.roles.includes('member') && (jar['azukari-mock-verified'] || jar['azukari-mock-status'])) {
        const own = mockMemberStore.own(user);
        if (jar['azukari-mock-verified'] && own.verification?.state !== 'VERIFIED' && !own.verification?.reason) {
          own.verification = { state: 'VERIFIED', reason: null };
        }
        if (jar['azukari-mock-status']) own.status = jar['azukari-mock-status'];
      }
      const privacy = privacyApi(method, path, user, Array.isArray(ifMatch) ? ifMatch[0] : ifMatch, body, mockMemberStore);
      if (privacy?.zip) {
        sendZip(res, privacy.zip.fileName, privacy.zip.files);
        return true;
      }
      const answer =
        privacy ??
        changesApi(method, url, user, Array.isArray(ifMatch) ? ifMatch[0] : ifMatch, body, {
          own: () => mockMemberStore.own(user),
          find: (id) => mockMemberStore.find(id),
          view: (member) => mockMemberStore.view(member),
        }) ?? membersApi(method, path, user, Array.isArray(ifMatch) ? ifMatch[0] : ifMatch, body);
      if (answer) {
        if (answer.problem) {
          const { title, detail, ...extra } = answer.body as { title: string; detail: string };
          problem(res, answer.status, title, detail, { instance: path, ...extra });
        } else if (answer.status === 204) {
          res.statusCode = 204;
          res.end();
        } else {
          res.statusCode = answer.status;
          res.setHeader('Content-Type', 'application/json');
          if (answer.etag) res.setHeader('ETag', answer.etag);
          const status = jar['azukari-mock-status'];
          if (status && path === '/api/members/me' && answer.status === 200) {
            Object.assign(answer.body as object, { status, statusReason: status === 'PROVISIONAL' ? null : 'モック: 店舗からのお知らせ（理由の例）' });
          }
          res.end(JSON.stringify(answer.body));
        }
        return true;
      }
    }
    // Staff item endpoints and the one field configuration (admins edit what members fill in).
    if (await adminItemsApi(req, res, url, user, jar)) return true;
    // inquiry-service: inbox, member inquiries, guest form (mock/mockInquiries.ts).
    if (path === '/api/inquiries' || path.startsWith('/api/inquiries/')) {
      const method = req.method ?? 'GET';
      const ifMatch = req.headers['if-match'];
      const answer = inquiriesApi(method, url, user ?? null, Array.isArray(ifMatch) ? ifMatch[0] : ifMatch, method === 'PUT' || method === 'POST' ? await jsonBody(req) : undefined);
      if (answer) {
        if (answer.problem) {
          const { title, detail, ...extra } = answer.body as { title: string; detail: string };
          problem(res, answer.status, title, detail, { instance: path, ...extra });
        } else {
          res.statusCode = answer.status;
          if (answer.etag) res.setHeader('ETag', answer.etag);
          if (answer.body === undefined) res.end();
          else if (typeof answer.body === 'string') {
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(answer.body);
          } else {
            res.setHeader('Content-Type', 'application/json');
            res.end(JSON.stringify(answer.body));
          }
        }
        return true;
      }
    }
    // audit-service: search, exports, chain verification and dead letters (mock/mockAudit.ts).
    if (await auditApi(req, res, url, user, jar)) return true;
    // inquiry-service's business hours and mailbox status (mock/mockInquirySettings.ts).
    if (path === '/api/inquiries/mailbox' || path.startsWith('/api/inquiries/settings/business-hours')) {
      if (!user) {
        problem(res, 401, 'Unauthorized', 'Log in to continue.', { instance: path });
        return true;
      }
      const method = req.method ?? 'GET';
      const ifMatch = req.headers['if-match'];
      const answer = inquirySettingsApi(method, path, user, Array.isArray(ifMatch) ? ifMatch[0] : ifMatch, method === 'PUT' ? await jsonBody(req) : undefined);
      if (answer) {
        if (answer.problem) {
          const { title, detail } = answer.body as { title: string; detail: string };
          problem(res, answer.status, title, detail, { instance: path });
        } else {
          res.statusCode = answer.status;
          if (answer.etag) res.setHeader('ETag', answer.etag);
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(answer.body));
        }
        return true;
      }
    }
    // notification-service: mail templates and the delivery log (mock/mockMail.ts).
    if (await mailApi(req, res, url, user)) return true;
    // inquiry-service: reply templates, timeline, reports and the survey (mock/mockInquiryExtras.ts).
    if (await inquiryExtrasApi(req, res, url, user)) return true;
    // notification-service: in-app notifications, preferences, segments, broadcasts, newsletters (mock/mockNotifications.ts).
    if (await notificationsApi(req, res, url, user)) return true;
    if (path.startsWith('/api/requests/me') || path.startsWith('/api/items/')) {
      if (!user) {
        problem(res, 401, 'Unauthorized', 'Log in to continue.', { instance: path });
        return true;
      }
      // The account status as member-service knows it (cookie azukari-mock-status=FROZEN to try a refusal).
      const accountStatus = jar['azukari-mock-status'] || String(mockMemberStore.own(user).status);
      if (await requestsApi(req, res, path, user, accountStatus, () => jsonBody(req))) return true;
      if (await itemsApi(req, res, url, user)) return true;
    }
    if (path === '/api/requests' || path.startsWith('/api/requests/')) {
      if (!user) {
        problem(res, 401, 'Unauthorized', 'Log in to continue.', { instance: path });
        return true;
      }
      const method = req.method ?? 'GET';
      const ifMatch = req.headers['if-match'];
      const answer = workflowApi(method, url, user, Array.isArray(ifMatch) ? ifMatch[0] : ifMatch, method === 'PUT' || method === 'POST' ? await jsonBody(req) : undefined);
      if (answer) {
        if (answer.problem) {
          const { title, detail, ...extra } = answer.body as { title: string; detail: string };
          problem(res, answer.status, title, detail, { instance: path, ...extra });
        } else {
          res.statusCode = answer.status;
          if (answer.etag) res.setHeader('ETag', answer.etag);
          if (answer.body === undefined) {
            res.end();
          } else {
            res.setHeader('Content-Type', 'application/json');
            res.end(JSON.stringify(answer.body));
          }
        }
        return true;
      }
    }
    const memberRecord = /^\/api\/members\/([^/]+)$/.exec(path);
    if (memberRecord && req.method === 'GET' && user?.roles.includes('staff')) {
      const record = memberViewOf(decodeURIComponent(memberRecord[1]));
      if (!record) {
        problem(res, 404, 'Not Found', 'No such member.', { instance: path });
      } else {
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('ETag', `"${record.version}"`);
        res.end(JSON.stringify(record));
      }
      return true;
    }
    if (path === '/api/me' && req.method === 'GET') {
      if (!user) {
        problem(res, 401, 'Unauthorized', 'Log in to continue.');
        return true;
      }
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(user));
      return true;
    }
    problem(res, 404, 'Not Found', `No mock for ${req.method} ${path}.`);
    return true;
  }

  return {
    name: 'azukari-mock-gateway',
    configureServer(server) {
      server.middlewares.use(handle);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handle);
    },
  };
}
