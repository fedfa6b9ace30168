import type { InquiryDetail, InquiryMessage, InquiryView } from '../admin/inquiries/api';
import type { StubMe } from './stubApi';

export const STAFF_A: StubMe = { name: '佐藤 一郎', roles: ['staff'], subject: 'staff-a', email: 'staff@example.com' };
export const ADMIN_B: StubMe = { name: '高橋 三郎', roles: ['staff', 'admin'], subject: 'admin-b', email: 'admin@example.com' };

const inTwoMinutes = () => new Date(Date.now() + 120_000).toISOString();

export function inquiryView(more: Partial<InquiryView> = {}): InquiryView {
  return {
    id: 'inq-1',
    number: 'Q-000123',
    subject: 'キットが届きません',
    channel: 'MAIL',
    state: 'NEW',
    customer: { memberId: 'member-1', name: '伊藤 健', email: 'ken@example.net', phone: null },
    assignee: null,
    labels: [],
    lastMessageAt: '2026-11-23T01:00:00Z',
    lastCustomerMessageAt: '2026-11-23T01:00:00Z',
    unanswered: true,
    lock: null,
    readBy: [],
    mergedInto: null,
    surveySuppressed: false,
    createdAt: '2026-11-23T01:00:00Z',
    version: 3,
    ...more,
  };
}

export const CUSTOMER_MESSAGE: InquiryMessage = {
  id: 'msg-1',
  kind: 'CUSTOMER',
  channel: 'MAIL',
  author: { id: null, name: '伊藤 健', type: 'customer' },
  text: 'キットがまだ届きません。',
  html: '<p>キットが<b>まだ</b>届きません。</p>',
  attachments: [{ id: 'att-1', fileName: '画面.png', contentType: 'image/png', size: 20480 }],
  at: '2026-11-23T01:00:00Z',
  inReplyTo: null,
  mailStatus: null,
};

export function inquiryDetail(more: Partial<InquiryDetail> = {}): InquiryDetail {
  return { ...inquiryView(), messages: [CUSTOMER_MESSAGE], views: [], ...more };
}

export function lockOf(holderId: string, holderName: string) {
  return { holderId, holderName, since: new Date().toISOString(), expiresAt: inTwoMinutes() };
}
