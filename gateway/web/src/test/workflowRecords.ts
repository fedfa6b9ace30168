import type { Board, RequestDetail, RequestTypeConfig, RequestView, StatusDef } from '../admin/requests/api';

export const STAFF = { name: '佐藤 一郎', roles: ['staff'] };
export const ADMIN = { name: '鈴木 管理', roles: ['staff', 'admin'] };

function status(code: string, order: number, ja: string, en: string, background: string, text: string, more: Partial<StatusDef> = {}): StatusDef {
  return {
    code,
    name: { ja, en },
    memberLabel: { ja: `${ja}（会員向け）`, en: `${en} (member)` },
    order,
    color: { background, text },
    initial: false,
    terminal: false,
    retired: false,
    mailOnEntry: true,
    mailTemplate: 'request-status',
    timeLimitHours: null,
    kitWithMember: false,
    itemsReceived: false,
    requiresVerifiedMember: false,
    ...more,
  };
}

/** A short KIT configuration: requested → sent (kit with the member) → received → listed (verified only). */
export function kitConfig(overrides: Partial<RequestTypeConfig> = {}): RequestTypeConfig {
  return {
    type: 'KIT',
    name: { ja: '宅配キット', en: 'Delivery kit' },
    version: 4,
    statuses: [
      status('KIT_REQUESTED', 1, 'キット依頼', 'Kit requested', '#e7f5ff', '#1864ab', { initial: true, timeLimitHours: 48 }),
      status('KIT_SENT', 2, 'キット発送済み', 'Kit sent', '#fff3bf', '#7c5800', { kitWithMember: true, timeLimitHours: 336 }),
      status('ITEMS_RECEIVED', 3, '品物到着', 'Items received', '#d3f9d8', '#2b8a3e', { itemsReceived: true }),
      status('LISTED', 4, '出品中', 'Listed', '#e5dbff', '#5f3dc4', { requiresVerifiedMember: true }),
      status('CANCELLED', 5, 'キャンセル', 'Cancelled', '#f1f3f5', '#495057', { terminal: true }),
    ],
    transitions: [
      { from: 'KIT_REQUESTED', to: 'KIT_SENT' },
      { from: 'KIT_SENT', to: 'ITEMS_RECEIVED' },
      { from: 'ITEMS_RECEIVED', to: 'LISTED' },
      { from: 'KIT_REQUESTED', to: 'CANCELLED' },
      { from: 'KIT_SENT', to: 'CANCELLED' },
    ],
    ...overrides,
  };
}

export function walkInConfig(): RequestTypeConfig {
  const kit = kitConfig();
  return {
    type: 'WALK_IN',
    name: { ja: '来店', en: 'Walk-in' },
    version: 1,
    statuses: [{ ...kit.statuses[2], order: 1, initial: true }, { ...kit.statuses[3], order: 2 }],
    transitions: [{ from: 'ITEMS_RECEIVED', to: 'LISTED' }],
  };
}

export const TYPES = [kitConfig(), walkInConfig()];

/** A request as the staff API shows it, in `code` of the KIT configuration. */
export function requestView(code: string, overrides: Partial<RequestView> = {}): RequestView {
  const def = kitConfig().statuses.find((candidate) => candidate.code === code)!;
  return {
    id: 'req-1',
    number: 'R-000101',
    type: 'KIT',
    channel: 'WEB',
    memberId: 'member-1',
    memberName: '山田 花子',
    memberVerification: 'VERIFIED',
    status: { code, name: def.name, color: def.color, retired: false },
    statusSince: '2026-11-20T10:00:00Z',
    dueAt: null,
    overdue: false,
    attention: [],
    hold: null,
    memberMail: true,
    mailFailure: null,
    note: null,
    kitCount: 1,
    createdAt: '2026-11-18T10:00:00Z',
    version: 3,
    ...overrides,
  };
}

export function requestDetail(code: string, overrides: Partial<RequestDetail> = {}): RequestDetail {
  return {
    ...requestView(code),
    allowedTransitions: [],
    history: [
      { from: null, to: 'KIT_REQUESTED', comment: 'ブランドバッグ3点', actor: { id: 'member-1', name: '山田 花子', type: 'member' }, at: '2026-11-18T10:00:00Z' },
      { from: 'KIT_REQUESTED', to: 'KIT_SENT', comment: 'ヤマト運輸 伝票番号 4567-8901-2345', actor: { id: 'staff-1', name: '佐藤 一郎', type: 'staff' }, at: '2026-11-20T10:00:00Z' },
    ],
    ...overrides,
  };
}

/** The KIT board with the given requests placed in their statuses' columns. */
export function board(requests: RequestView[]): Board {
  const config = kitConfig();
  return {
    type: 'KIT',
    columns: config.statuses.map((def) => {
      const inIt = requests.filter((request) => request.status.code === def.code);
      return { status: def, total: inIt.length, requests: inIt };
    }),
  };
}
