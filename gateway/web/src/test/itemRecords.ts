import type { ExportProfile, FieldDef, ItemView } from '../admin/items/api';
import type { StubMe } from './stubApi';

export const STAFF: StubMe = { name: '佐藤 一郎', roles: ['staff'], subject: 's-1', email: 'staff@example.com' };
export const ADMIN: StubMe = { name: '鈴木 管理', roles: ['staff', 'kyc-verifier', 'admin'], subject: 'a-1', email: 'admin@example.com' };

const def = (key: string, ja: string, en: string, type: FieldDef['type'], order: number, more: Partial<FieldDef> = {}): FieldDef => ({
  key,
  label: { ja, en },
  type,
  required: false,
  options: [],
  memberEditable: false,
  order,
  builtIn: true,
  retired: false,
  ...more,
});

/** The field configuration tests run against: every type, member and staff fields, one retired. */
export const FIELDS: FieldDef[] = [
  def('name', '品名', 'Name', 'TEXT', 1, { required: true, memberEditable: true }),
  def('brand', 'ブランド', 'Brand', 'TEXT', 2, { memberEditable: true }),
  def('condition', '状態', 'Condition', 'SELECT', 3, {
    memberEditable: true,
    options: [
      { value: 'unused', label: { ja: '未使用', en: 'Unused' } },
      { value: 'used', label: { ja: '中古', en: 'Used' } },
    ],
  }),
  def('memberNotes', '会員からのメモ', "Member's notes", 'LONG_TEXT', 4, { memberEditable: true }),
  def('title', '出品タイトル', 'Listing title', 'TEXT', 5, { required: true }),
  def('quantity', '数量', 'Quantity', 'NUMBER', 6),
  def('startPrice', '開始価格', 'Start price', 'MONEY', 7),
  def('boxIncluded', '箱あり', 'Box included', 'BOOLEAN', 8, { builtIn: false, memberEditable: true }),
  def('inspectedOn', '検品日', 'Inspected on', 'DATE', 9, { builtIn: false }),
  def('serialNumber', 'シリアル番号（旧）', 'Serial (old)', 'TEXT', 10, { builtIn: false, retired: true }),
];

export const FIELDS_ANSWER = { status: 200, body: { version: 3, fields: FIELDS }, headers: { ETag: '"3"' } };

/** An item in a request of 山田 花子, listed with a current bid, its listing title still missing. */
export function item(overrides: Partial<ItemView> = {}): ItemView {
  return {
    id: 'i-1',
    number: 'I-000101',
    requestId: 'req-1',
    requestNumber: 'R-1001',
    memberId: 'm-1',
    memberName: '山田 花子',
    values: { name: 'モノグラム スピーディ30', brand: 'ルイ・ヴィトン', condition: 'used', memberNotes: '開封済み未使用', quantity: 1, startPrice: 30000, boxIncluded: true, inspectedOn: '2026-11-02', serialNumber: 'SN-1' },
    missingRequired: ['title'],
    photos: [{ id: 'p-1', contentType: 'image/jpeg', size: 204800 }],
    price: { auctionId: 'x123', listedAt: '2026-11-05T01:00:00Z', currentBid: 45000, endsAt: '2026-11-12T12:00:00Z', hammerPrice: null, updatedAt: '2026-11-06T00:00:00Z' },
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-06T00:00:00Z',
    version: 4,
    ...overrides,
  };
}

/** A page of items as `GET /api/items` answers. */
export function itemPage(content: ItemView[], totalElements = content.length, number = 0, size = 20) {
  return { status: 200, body: { content, page: { size, number, totalElements, totalPages: Math.max(1, Math.ceil(totalElements / size)) } } };
}

export const PROFILES: ExportProfile[] = [
  {
    id: 'yahoo',
    name: 'ヤフオク! 一括出品',
    format: 'CSV_YAHOO',
    encoding: 'SHIFT_JIS',
    columns: [
      { source: 'title', header: 'タイトル' },
      { source: 'startPrice', header: '開始価格' },
      { source: 'number', header: '管理番号' },
    ],
  },
  { id: 'full', name: '全項目 XLSX', format: 'XLSX', encoding: 'UTF_8', columns: [{ source: 'number', header: '管理番号' }] },
];
