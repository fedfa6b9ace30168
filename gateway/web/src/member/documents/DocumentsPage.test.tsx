import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../test/render';
import { stubApi } from '../../test/stubApi';
import { memberRoutes } from '../routes';

const baseRecord = {
  id: 'member-1',
  email: 'member@example.com',
  status: 'PROVISIONAL',
  profile: { address: {} },
  payoutAccount: null,
  profileComplete: false,
  missingFields: [],
  version: 2,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
};

/** The gateway for the logged-in member with this verification state and these documents. */
function stubMember(verification: object, documents: object[] = []) {
  return stubApi(
    [
      { method: 'GET', path: '/api/members/me', answer: { status: 200, body: { ...baseRecord, verification } } },
      { method: 'GET', path: '/api/members/me/documents', answer: { status: 200, body: documents } },
    ],
    { name: '山田 花子', roles: ['member'], subject: 'member-1', email: 'member@example.com' },
  );
}

/** Records what the page sends through XMLHttpRequest and answers with `answer`. */
function stubUpload(answer: { status: number; body: unknown }) {
  const sent: { method: string; url: string; headers: Record<string, string>; body: FormData }[] = [];
  class FakeXhr {
    status = 0;
    statusText = '';
    responseText = '';
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    withCredentials = false;
    private request = { method: '', url: '', headers: {} as Record<string, string> };
    open(method: string, url: string) {
      this.request.method = method;
      this.request.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.request.headers[name] = value;
    }
    getResponseHeader(name: string) {
      return name.toLowerCase() === 'content-type' ? (answer.status >= 400 ? 'application/problem+json' : 'application/json') : null;
    }
    send(body: FormData) {
      sent.push({ ...this.request, body });
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 5, total: 10 } as ProgressEvent);
        this.status = answer.status;
        this.responseText = JSON.stringify(answer.body);
        this.onload?.();
      }, 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

describe('DocumentsPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-1';
    // jsdom has no object URLs.
    URL.createObjectURL = vi.fn(() => 'blob:preview');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('tells a rejected member why, in their language', async () => {
    stubMember({ state: 'REJECTED', reason: '写真がぼやけています。', decidedAt: '2026-11-02T00:00:00Z', decidedBy: 'v' });

    renderRoutes(memberRoutes, '/documents');

    expect(await screen.findByTestId('verification-state')).toHaveAttribute('data-state', 'REJECTED');
    expect(screen.getByText('書類を確認できませんでした')).toBeInTheDocument();
    expect(screen.getByTestId('rejection-reason')).toHaveTextContent('写真がぼやけています。');
  });

  it('offers the camera for each side of a two-sided document', async () => {
    stubMember({ state: 'NOT_SUBMITTED', reason: null, decidedAt: null, decidedBy: null });

    renderRoutes(memberRoutes, '/documents');

    const front = await screen.findByTestId('camera-FRONT');
    expect(front).toHaveAttribute('capture', 'environment');
    expect(front).toHaveAttribute('accept', 'image/*,application/pdf');
    expect(screen.getByTestId('camera-BACK')).toBeInTheDocument();
  });

  it('uploads front and back as multipart form data with the CSRF token', async () => {
    stubMember({ state: 'NOT_SUBMITTED', reason: null, decidedAt: null, decidedBy: null });
    const sent = stubUpload({ status: 201, body: { id: 'd1' } });
    const user = userEvent.setup();
    renderRoutes(memberRoutes, '/documents');

    await user.upload(await screen.findByTestId('camera-FRONT'), new File(['front'], 'front.jpg', { type: 'image/jpeg' }));
    await user.upload(screen.getByTestId('camera-BACK'), new File(['back'], 'back.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: '送信する' }));

    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[0].method).toBe('POST');
    expect(sent[0].url).toBe('/api/members/me/documents');
    expect(sent[0].headers['X-XSRF-TOKEN']).toBe('csrf-1');
    expect(screen.queryAllByTestId('preview')).toHaveLength(0);
    expect(sent[0].body.get('kind')).toBe('DRIVING_LICENCE');
    expect(sent[0].body.get('side')).toBe('FRONT');
    expect(sent[1].body.get('side')).toBe('BACK');
    expect((sent[1].body.get('file') as File).name).toBe('back.pdf');
  });

  it('explains a refused file in plain language', async () => {
    stubMember({ state: 'NOT_SUBMITTED', reason: null, decidedAt: null, decidedBy: null });
    stubUpload({ status: 415, body: { status: 415, code: 'document.type', detail: 'The file is not a photo.' } });
    const user = userEvent.setup();
    renderRoutes(memberRoutes, '/documents');

    await user.upload(await screen.findByTestId('camera-FRONT'), new File(['text'], 'licence.jpg', { type: 'image/jpeg' }));
    await user.click(screen.getByRole('button', { name: '送信する' }));

    expect(await screen.findByTestId('upload-error')).toHaveTextContent('写真（JPEG・PNG・HEIC）かPDFではないため');
  });

  it('refuses a file over 10 MB before sending it', async () => {
    stubMember({ state: 'NOT_SUBMITTED', reason: null, decidedAt: null, decidedBy: null });
    const sent = stubUpload({ status: 201, body: {} });
    const user = userEvent.setup();
    renderRoutes(memberRoutes, '/documents');
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.jpg', { type: 'image/jpeg' });

    await user.upload(await screen.findByTestId('camera-FRONT'), big);

    expect(screen.getByTestId('upload-error')).toHaveTextContent('10MBまで');
    expect(screen.getByRole('button', { name: '送信する' })).toBeDisabled();
    expect(sent).toHaveLength(0);
  });

  it('lets the member delete a pending document but not a reviewed one', async () => {
    stubMember({ state: 'PENDING', reason: null, decidedAt: null, decidedBy: null }, [
      { id: 'd1', kind: 'PASSPORT', side: 'FRONT', contentType: 'application/pdf', size: 1, sha256: 'x', review: 'PENDING', uploadedAt: '2026-11-01T00:00:00Z', reviewedAt: null, deletable: true },
      { id: 'd2', kind: 'DRIVING_LICENCE', side: 'FRONT', contentType: 'application/pdf', size: 1, sha256: 'y', review: 'REJECTED', uploadedAt: '2026-10-01T00:00:00Z', reviewedAt: null, deletable: false },
    ]);

    renderRoutes(memberRoutes, '/documents');

    const documents = await screen.findAllByTestId('document');
    expect(documents[0]).toHaveAttribute('data-review', 'PENDING');
    expect(screen.getAllByRole('button', { name: '削除' })).toHaveLength(1);
    expect(screen.getByText('再提出が必要')).toBeInTheDocument();
  });
});
