/** Templates as the API lists them, for the tests of the templates page and picker. */
export const TEMPLATES = [
  { id: 't-kit', name: '梱包キットのご案内', category: 'キット', subject: null, body: '{{customerName}} 様\nキットを発送します。', keywords: ['キット'], updatedAt: '2026-11-01T00:00:00Z', version: 3 },
  { id: 't-pay', name: 'お支払い時期のご案内', category: '精算', subject: null, body: '{{customerName}} 様\n翌月15日にお振り込みします。', keywords: ['入金'], updatedAt: '2026-11-01T00:00:00Z', version: 0 },
  { id: 't-cancel', name: 'キャンセル・返却のご案内', category: 'キャンセル', subject: null, body: 'キャンセルを承りました。', keywords: ['キャンセル'], updatedAt: '2026-11-01T00:00:00Z', version: 1 },
];
