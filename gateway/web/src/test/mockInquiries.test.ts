import { describe, expect, it } from 'vitest';
import { inquiriesApi, seedInquiries, type InquiryUser } from '../../mock/mockInquiries';

const A: InquiryUser = { subject: 'a', name: 'A', email: 'a@example.com', roles: ['staff'] };
const B: InquiryUser = { subject: 'b', name: 'B', email: 'b@example.com', roles: ['staff'] };
const url = (path: string) => new URL(path, 'http://mock.local');

describe('mock inquiry-service', () => {
  it('lets one person reply to a customer message, refuses the second and anyone without the lock', () => {
    seedInquiries();
    const list = inquiriesApi('GET', url('/api/inquiries?state=NEW&size=50'), A, undefined, undefined)!.body as { content: { id: string; lock: unknown }[] };
    const target = list.content.find((inquiry) => !inquiry.lock)!;
    const detail = inquiriesApi('GET', url(`/api/inquiries/${target.id}`), A, undefined, undefined)!;
    const { messages, version } = detail.body as { messages: { id: string; kind: string }[]; version: number };
    const customer = messages.find((entry) => entry.kind === 'CUSTOMER')!;

    expect(inquiriesApi('POST', url(`/api/inquiries/${target.id}/lock`), A, undefined, undefined)!.status).toBe(200);
    const refused = inquiriesApi('POST', url(`/api/inquiries/${target.id}/lock`), B, undefined, undefined)!;
    expect(refused.status).toBe(409);
    expect((refused.body as { code: string }).code).toBe('reply-locked');
    const peek = inquiriesApi('GET', url(`/api/inquiries/${target.id}?peek=true`), B, undefined, undefined)!.body as { lock: { holderName: string } };
    expect(peek.lock.holderName).toBe('A');

    const bWithoutLock = inquiriesApi('POST', url(`/api/inquiries/${target.id}/replies`), B, `"${version}"`, { text: 'B', inReplyTo: customer.id });
    expect((bWithoutLock!.body as { code: string }).code).toBe('reply-locked');
    expect(inquiriesApi('POST', url(`/api/inquiries/${target.id}/replies`), A, `"${version}"`, { text: 'A', inReplyTo: customer.id })!.status).toBe(200);

    inquiriesApi('POST', url(`/api/inquiries/${target.id}/lock`), B, undefined, undefined);
    const second = inquiriesApi('POST', url(`/api/inquiries/${target.id}/replies`), B, `"${version + 1}"`, { text: 'B', inReplyTo: customer.id })!;
    expect(second.status).toBe(409);
    expect((second.body as { code: string }).code).toBe('already-answered');
  });

  it('limits guests to five sends in ten minutes', () => {
    const send = () => {
      const challenge = inquiriesApi('GET', url('/api/inquiries/guest/challenge'), null, undefined, undefined)!.body as { id: string; question: string };
      const [a, b] = challenge.question.split(/[+=]/).map((part) => Number(part.trim()));
      return inquiriesApi('POST', url('/api/inquiries/guest'), null, undefined, { name: 'G', email: 'g@example.com', subject: 'S', text: 'T', challengeId: challenge.id, answer: String(a + b) })!.status;
    };
    const statuses = Array.from({ length: 6 }, send);
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses[5]).toBe(429);
  });
});
