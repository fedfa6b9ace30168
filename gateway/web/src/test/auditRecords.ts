import type { AuditRecord } from '../admin/audit/api';

/** A staff member's change of a member's profile: one changed value, one added, one removed. */
export function auditRecord(more: Partial<AuditRecord> = {}): AuditRecord {
  return {
    eventId: 'ev-1',
    time: '2026-11-20T01:30:00Z',
    recordedAt: '2026-11-20T01:30:01Z',
    type: 'member.ProfileChanged',
    action: 'ProfileChanged',
    service: 'member',
    entityType: 'member',
    entityId: 'm-1',
    actor: { id: 's-1', type: 'staff', name: '佐藤 一郎' },
    correlationId: 'corr-1',
    changes: [
      { field: 'address', before: '東京都千代田区千代田1-1', after: '東京都渋谷区渋谷2-1-1' },
      { field: 'occupation', before: null, after: '自営業' },
      { field: 'phone', before: '090-1234-5678', after: null },
    ],
    data: {},
    chain: { stream: 'member.events-0', sequence: 12, hash: 'h12', previousHash: 'h11' },
    ...more,
  };
}

/** An answer of `GET /api/audit/records`. */
export const records = (content: AuditRecord[], next: string | null = null) => ({ status: 200, body: { content, next } });
