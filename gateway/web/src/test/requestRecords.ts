import type { FieldDef, ItemFields, MemberItem } from '../member/items/api';
import type { MemberRequest, RequestTypeDef, StatusDef } from '../member/requests/api';

const KIT_REQUESTED = { status: 'KIT_REQUESTED', label: { ja: 'キット申込受付', en: 'Kit requested' }, color: { background: '#e7f5ff', text: '#1864ab' } };
const KIT_SENT = { status: 'KIT_SENT', label: { ja: 'キット発送済み', en: 'Kit sent' }, color: { background: '#fff3bf', text: '#5c3c00' } };
const LISTED = { status: 'LISTED', label: { ja: '出品中', en: 'Listed' }, color: { background: '#d3f9d8', text: '#2b8a3e' } };

/** A member's kit request as `GET /api/requests/me/{id}` answers it: kit sent, three statuses so far. */
export function memberRequest(overrides: Partial<MemberRequest> = {}): MemberRequest {
  return {
    id: 'request-1',
    number: 'R-000101',
    type: 'KIT',
    status: { code: KIT_SENT.status, label: KIT_SENT.label, color: KIT_SENT.color },
    statusSince: '2026-11-03T01:00:00Z',
    hold: null,
    kitCount: 2,
    note: '午前中に届けてください',
    createdAt: '2026-11-01T00:00:00Z',
    timeline: [
      { ...KIT_REQUESTED, at: '2026-11-01T00:00:00Z' },
      { status: 'KIT_REQUEST_CONFIRMED', label: { ja: 'お申込み確認済み', en: 'Request confirmed' }, color: { background: '#e7f5ff', text: '#1864ab' }, at: '2026-11-02T00:00:00Z' },
      { ...KIT_SENT, at: '2026-11-03T01:00:00Z' },
    ],
    ...overrides,
  };
}

export function listedRequest(overrides: Partial<MemberRequest> = {}): MemberRequest {
  return memberRequest({
    id: 'request-2',
    number: 'R-000102',
    status: { code: LISTED.status, label: LISTED.label, color: LISTED.color },
    statusSince: '2026-11-10T00:00:00Z',
    createdAt: '2026-10-01T00:00:00Z',
    ...overrides,
  });
}

function status(code: string, order: number, flags: Partial<StatusDef> = {}): StatusDef {
  return {
    code,
    name: { ja: code, en: code },
    memberLabel: { ja: code, en: code },
    order,
    color: { background: '#eeeeee', text: '#111111' },
    initial: order === 1,
    terminal: false,
    retired: false,
    itemsReceived: false,
    kitWithMember: false,
    requiresVerifiedMember: false,
    ...flags,
  };
}

/** The default KIT configuration, enough for what the member web reads of it. */
export function kitType(): RequestTypeDef {
  return {
    type: 'KIT',
    name: { ja: '宅配キット', en: 'Delivery kit' },
    statuses: [
      status('KIT_REQUESTED', 1),
      status('KIT_REQUEST_CONFIRMED', 2),
      status('KIT_SENT', 3, { kitWithMember: true }),
      status('ITEMS_RECEIVED', 4, { itemsReceived: true }),
      status('INSPECTED', 5),
      status('LISTED', 6, { requiresVerifiedMember: true }),
      status('SOLD', 7),
      status('PAID_OUT', 8, { terminal: true, requiresVerifiedMember: true }),
      status('CANCELLED', 9, { terminal: true }),
      status('RETURNED', 10, { terminal: true }),
    ],
    transitions: [],
    version: 1,
  };
}

function field(key: string, type: string, order: number, overrides: Partial<FieldDef> = {}): FieldDef {
  return { key, label: { ja: key, en: key }, type, required: false, options: [], memberEditable: false, order, builtIn: true, retired: false, ...overrides };
}

/** The default item fields, with one retired member field and one added by the shop. */
export function itemFields(): ItemFields {
  return {
    version: 3,
    fields: [
      field('name', 'TEXT', 1, { label: { ja: '品名', en: 'Name' }, required: true, memberEditable: true }),
      field('brand', 'TEXT', 2, { label: { ja: 'ブランド', en: 'Brand' }, memberEditable: true }),
      field('condition', 'SELECT', 3, {
        label: { ja: '状態', en: 'Condition' },
        memberEditable: true,
        options: [
          { value: 'new', label: { ja: '新品', en: 'New' } },
          { value: 'unused', label: { ja: '未使用', en: 'Unused' } },
          { value: 'used', label: { ja: '中古', en: 'Used' } },
        ],
      }),
      field('memberNotes', 'LONG_TEXT', 4, { label: { ja: 'メモ', en: 'Notes' }, memberEditable: true }),
      field('boughtFor', 'MONEY', 5, { label: { ja: '購入価格', en: 'Bought for' }, memberEditable: true, builtIn: false }),
      field('boxed', 'BOOLEAN', 6, { label: { ja: '箱あり', en: 'Boxed' }, memberEditable: true, builtIn: false }),
      field('boughtOn', 'DATE', 7, { label: { ja: '購入日', en: 'Bought on' }, memberEditable: true, builtIn: false }),
      field('pieces', 'NUMBER', 8, { label: { ja: '点数', en: 'Pieces' }, memberEditable: true, builtIn: false }),
      field('colour', 'TEXT', 9, { label: { ja: '色（廃止）', en: 'Colour (retired)' }, memberEditable: true, retired: true, builtIn: false }),
      field('category', 'SELECT', 10, { label: { ja: 'カテゴリ', en: 'Category' }, options: [{ value: 'bag', label: { ja: 'バッグ', en: 'Bag' } }] }),
      field('title', 'TEXT', 11, { label: { ja: '出品タイトル', en: 'Listing title' }, required: true }),
      field('startPrice', 'MONEY', 12, { label: { ja: '開始価格', en: 'Start price' } }),
      field('storageLocation', 'TEXT', 13, { label: { ja: '保管場所', en: 'Storage' } }),
    ],
  };
}

export function memberItem(overrides: Partial<MemberItem> = {}): MemberItem {
  return {
    id: 'item-1',
    number: 'I-000123',
    requestId: 'request-1',
    requestNumber: 'R-000101',
    values: { name: 'ショルダーバッグ', brand: 'COACH', condition: 'unused' },
    missingRequired: ['title'],
    photos: [],
    price: null,
    createdAt: '2026-11-02T00:00:00Z',
    updatedAt: '2026-11-02T00:00:00Z',
    version: 4,
    ...overrides,
  };
}
