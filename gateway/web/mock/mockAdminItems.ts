import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { storedZip } from './mockZip.ts';

/**
 * item-service's staff endpoints for the mock gateway (`vite --mode mock`): item fields (ETag /
 * If-Match), a few hundred made-up consigned items in about seventy requests with Japanese sample
 * data, the item editor's PATCH (428 without If-Match, 409 when stale, field errors by type),
 * photos, export profiles, export jobs that progress over a few seconds and write a real CSV or XLSX
 * (UTF-8 always: the mock has no Shift_JIS encoder), and the transaction ledger (古物台帳).
 * Cookie `azukari-mock-export-fail=1` makes exports fail half way. `/api/items/me/**` (the member
 * side) is left to the member web's mock.
 */

type Json = Record<string, unknown>;
interface Translated {
  ja: string;
  en: string;
}
interface FieldDef {
  key: string;
  label: Translated;
  type: 'TEXT' | 'LONG_TEXT' | 'NUMBER' | 'MONEY' | 'SELECT' | 'BOOLEAN' | 'DATE';
  required: boolean;
  options: { value: string; label: Translated }[];
  memberEditable: boolean;
  order: number;
  builtIn: boolean;
  retired: boolean;
}
type Value = string | number | boolean | null;
interface Photo {
  id: string;
  contentType: string;
  size: number;
  bytes: Buffer;
}
interface Price {
  auctionId: string;
  listedAt: string | null;
  currentBid: number | null;
  endsAt: string | null;
  hammerPrice: number | null;
  updatedAt: string | null;
}
interface StoredItem {
  id: string;
  number: string;
  requestId: string;
  requestNumber: string;
  memberId: string;
  memberName: string;
  values: Record<string, Value>;
  photos: Photo[];
  price: Price | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}
interface MockMember {
  id: string;
  name: string;
  address: string;
  occupation: string;
  age: number;
  verification: string;
}
interface Job {
  id: string;
  kind: 'items' | 'ledger';
  startedAt: number;
  total: number;
  fileName: string;
  fail: boolean;
  build: () => { bytes: Buffer; contentType: string };
}

// ---- Sample data ----

/** A small deterministic random source, so every start of the mock shows the same shop. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(20260401);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const option = (value: string, ja: string, en: string) => ({ value, label: { ja, en } });
const CONDITIONS = [option('new', '新品', 'New'), option('unused', '未使用', 'Unused'), option('likeNew', '未使用に近い', 'Like new'), option('used', '中古', 'Used'), option('damaged', '難あり', 'Damaged')];
const CATEGORIES = [
  option('bag', 'バッグ', 'Bags'), option('watch', '腕時計', 'Watches'), option('jewelry', 'ジュエリー', 'Jewellery'), option('camera', 'カメラ', 'Cameras'),
  option('game', 'ゲーム・ホビー', 'Games & hobby'), option('apparel', 'ファッション', 'Fashion'), option('kimono', '着物・和装', 'Kimono'),
  option('tableware', '食器', 'Tableware'), option('audio', 'オーディオ', 'Audio'), option('instrument', '楽器', 'Instruments'), option('other', 'その他', 'Other'),
];

function field(key: string, ja: string, en: string, type: FieldDef['type'], memberEditable: boolean, required = false, options: FieldDef['options'] = []): FieldDef {
  return { key, label: { ja, en }, type, required, options, memberEditable, order: 0, builtIn: true, retired: false };
}
let fieldsVersion = 1;
let fields: FieldDef[] = [
  field('name', '品名', 'Name', 'TEXT', true, true),
  field('brand', 'ブランド・メーカー', 'Brand / maker', 'TEXT', true),
  field('condition', '状態', 'Condition', 'SELECT', true, false, CONDITIONS),
  field('memberNotes', '会員からのメモ', "Member's notes", 'LONG_TEXT', true),
  field('category', 'カテゴリ', 'Category', 'SELECT', false, false, CATEGORIES),
  field('title', '出品タイトル', 'Listing title', 'TEXT', false, true),
  field('description', '商品説明', 'Description', 'LONG_TEXT', false),
  field('features', '特徴', 'Features', 'TEXT', false),
  field('quantity', '数量', 'Quantity', 'NUMBER', false),
  field('startPrice', '開始価格', 'Start price', 'MONEY', false),
  field('storageLocation', '保管場所', 'Storage location', 'TEXT', false),
].map((definition, index) => ({ ...definition, order: index + 1 }));
// A shop's own fields besides the built-in ones.
fields.push(
  { key: 'boxIncluded', label: { ja: '箱・付属品あり', en: 'Box and accessories' }, type: 'BOOLEAN', required: false, options: [], memberEditable: true, order: 12, builtIn: false, retired: false },
  { key: 'inspectedOn', label: { ja: '検品日', en: 'Inspected on' }, type: 'DATE', required: false, options: [], memberEditable: false, order: 13, builtIn: false, retired: false },
  { key: 'serialNumber', label: { ja: 'シリアル番号（旧）', en: 'Serial number (old)' }, type: 'TEXT', required: false, options: [], memberEditable: false, order: 14, builtIn: false, retired: true },
);

interface Template {
  category: string;
  brand: string;
  name: string;
  title: string;
  features: string;
  price: [number, number];
}
const TEMPLATES: Template[] = [
  { category: 'bag', brand: 'ルイ・ヴィトン', name: 'モノグラム スピーディ30', title: '【美品】ルイヴィトン モノグラム スピーディ30 ハンドバッグ M41526', features: 'ブラウン、モノグラム柄、シリアル有', price: [30000, 60000] },
  { category: 'bag', brand: 'シャネル', name: 'マトラッセ チェーンショルダー', title: 'シャネル マトラッセ ラムスキン チェーンショルダーバッグ ブラック', features: '黒、ラムスキン、ゴールド金具', price: [180000, 320000] },
  { category: 'bag', brand: 'グッチ', name: 'GGマーモント ショルダーバッグ', title: 'GUCCI グッチ GGマーモント キルティング ショルダーバッグ', features: 'ピンク、キルティング', price: [60000, 110000] },
  { category: 'bag', brand: 'コーチ', name: 'シグネチャー トートバッグ', title: 'COACH コーチ シグネチャー トートバッグ A4可', features: 'ベージュ、キャンバス地', price: [5000, 12000] },
  { category: 'bag', brand: 'エルメス', name: 'スカーフ カレ90', title: 'エルメス カレ90 シルクスカーフ 馬柄', features: 'シルク100%、オレンジ系', price: [15000, 30000] },
  { category: 'watch', brand: 'ロレックス', name: 'デイトジャスト 16233', title: 'ROLEX ロレックス デイトジャスト 16233 自動巻き メンズ', features: 'SS×YG、シャンパン文字盤、ギャラ有', price: [600000, 900000] },
  { category: 'watch', brand: 'セイコー', name: 'プレサージュ SARX055', title: 'SEIKO セイコー プレサージュ SARX055 自動巻き', features: '白文字盤、ステンレス', price: [40000, 70000] },
  { category: 'watch', brand: 'カシオ', name: 'G-SHOCK GW-M5610', title: 'CASIO G-SHOCK GW-M5610 電波ソーラー', features: '黒、樹脂バンド', price: [6000, 10000] },
  { category: 'watch', brand: 'オメガ', name: 'シーマスター アクアテラ', title: 'OMEGA オメガ シーマスター アクアテラ 150M コーアクシャル', features: '青文字盤、ステンレス', price: [280000, 420000] },
  { category: 'jewelry', brand: 'ティファニー', name: 'オープンハート ネックレス', title: 'Tiffany&Co. ティファニー オープンハート ネックレス シルバー925', features: 'SV925、チェーン40cm', price: [8000, 15000] },
  { category: 'jewelry', brand: 'ミキモト', name: 'パールネックレス', title: 'MIKIMOTO ミキモト アコヤ真珠 パールネックレス 7mm', features: 'アコヤ真珠、留め具SV', price: [40000, 90000] },
  { category: 'camera', brand: 'キヤノン', name: 'EOS Kiss X10 ダブルズームキット', title: 'Canon EOS Kiss X10 ダブルズームキット 一眼レフ', features: '黒、レンズ2本、充電器付', price: [45000, 65000] },
  { category: 'camera', brand: 'ニコン', name: 'D750 ボディ', title: 'Nikon ニコン D750 ボディ ショット数少なめ', features: 'フルサイズ、シャッター約1.2万回', price: [70000, 95000] },
  { category: 'camera', brand: '富士フイルム', name: 'X100V', title: 'FUJIFILM X100V シルバー 元箱付き', features: 'シルバー、元箱・付属品完備', price: [150000, 200000] },
  { category: 'camera', brand: 'ライカ', name: 'M6', title: 'Leica ライカ M6 ブラック フィルムカメラ', features: '黒、メーター動作確認済み', price: [300000, 450000] },
  { category: 'game', brand: '任天堂', name: 'Nintendo Switch 有機ELモデル', title: 'Nintendo Switch 有機ELモデル ホワイト 本体 動作良好', features: '白、Joy-Con付', price: [25000, 32000] },
  { category: 'game', brand: 'ソニー', name: 'PlayStation 5', title: 'PS5 PlayStation5 本体 CFI-1200A ディスクドライブ搭載', features: '白、コントローラー1個', price: [45000, 55000] },
  { category: 'game', brand: 'ポケモン', name: 'ポケモンカード 旧裏 まとめ', title: 'ポケモンカード 旧裏面 まとめ売り 約200枚 キラ含む', features: '約200枚、キラ10枚以上', price: [10000, 40000] },
  { category: 'game', brand: 'バンダイ', name: '超合金魂 マジンガーZ', title: 'BANDAI 超合金魂 GX-01R マジンガーZ 箱付き', features: '箱・説明書有', price: [8000, 15000] },
  { category: 'apparel', brand: 'ザ・ノース・フェイス', name: 'ヌプシジャケット', title: 'THE NORTH FACE ヌプシジャケット ND92234 ブラック L', features: '黒、Lサイズ、ダウン', price: [18000, 28000] },
  { category: 'apparel', brand: 'バーバリー', name: 'トレンチコート', title: 'BURBERRY バーバリー トレンチコート ベージュ 38 ノバチェック', features: 'ベージュ、38号、ライナー付', price: [25000, 50000] },
  { category: 'kimono', brand: '', name: '正絹 訪問着', title: '正絹 訪問着 金駒刺繍 袷 身丈160cm', features: '正絹、袷、薄ピンク地', price: [10000, 40000] },
  { category: 'kimono', brand: '', name: '本場大島紬', title: '本場大島紬 着物 泥染め 証紙付き', features: '証紙有、泥染め', price: [15000, 50000] },
  { category: 'tableware', brand: 'ウェッジウッド', name: 'ワイルドストロベリー ティーカップ&ソーサー', title: 'WEDGWOOD ワイルドストロベリー カップ&ソーサー 2客セット', features: '2客、苺柄', price: [4000, 8000] },
  { category: 'tableware', brand: 'マイセン', name: 'ブルーオニオン プレート', title: 'Meissen マイセン ブルーオニオン 24cm プレート', features: '径24cm、1級品', price: [10000, 20000] },
  { category: 'tableware', brand: '香蘭社', name: '有田焼 花瓶', title: '香蘭社 有田焼 染付 花瓶 高さ30cm 共箱', features: '高さ30cm、共箱有', price: [8000, 20000] },
  { category: 'audio', brand: 'ソニー', name: 'ウォークマン NW-A105', title: 'SONY ウォークマン NW-A105 16GB ブラック', features: '16GB、黒', price: [12000, 18000] },
  { category: 'audio', brand: 'オーディオテクニカ', name: 'ATH-M50x', title: 'audio-technica ATH-M50x モニターヘッドホン', features: '黒、ケーブル3本', price: [8000, 13000] },
  { category: 'instrument', brand: 'ヤマハ', name: 'アコースティックギター FG830', title: 'YAMAHA ヤマハ FG830 アコースティックギター ソフトケース付', features: 'ナチュラル、ケース付', price: [18000, 26000] },
  { category: 'instrument', brand: 'ローランド', name: '電子ピアノ FP-30X', title: 'Roland ローランド FP-30X 電子ピアノ 88鍵', features: '88鍵、譜面台・ペダル付', price: [40000, 60000] },
];
const NOTES = ['開封済み未使用', '数回使用しました', '箱・保証書あり', '小傷あり', '', '', '祖母の遺品です。詳しいことは分かりません', '動作確認済みです', '購入時のレシートがあります'];

const MEMBERS: MockMember[] = [
  { id: '7d3c1f6e-0b7a-4f0e-9a55-2f5c7e0b1a01', name: '山田 花子', address: '東京都千代田区千代田1-1', occupation: '会社員', age: 36, verification: 'DRIVING_LICENCE' },
  { id: 'mock-member-tanaka', name: '田中 一郎', address: '東京都渋谷区渋谷2-1-1', occupation: '会社員', age: 40, verification: 'DRIVING_LICENCE' },
  { id: 'mock-member-kimura', name: '木村 花', address: '東京都渋谷区渋谷2-1-1', occupation: '会社員', age: 40, verification: 'MY_NUMBER_CARD' },
  ...(
    [
      ['佐々木 健', '大阪府大阪市北区梅田3-1-3', '自営業', 52, 'MY_NUMBER_CARD'],
      ['高橋 美咲', '神奈川県横浜市中区山下町10', '看護師', 29, 'DRIVING_LICENCE'],
      ['伊藤 直樹', '愛知県名古屋市中村区名駅1-1-4', '公務員', 45, 'PASSPORT'],
      ['渡辺 由美', '福岡県福岡市博多区博多駅前2-2-1', '主婦', 61, 'HEALTH_INSURANCE_CARD'],
      ['中村 翔太', '北海道札幌市中央区北1条西2-1', '学生', 21, 'MY_NUMBER_CARD'],
      ['小林 恵子', '京都府京都市下京区烏丸通塩小路下る', '教員', 48, 'DRIVING_LICENCE'],
      ['加藤 大輔', '埼玉県さいたま市大宮区錦町630', '会社役員', 57, 'DRIVING_LICENCE'],
      ['吉田 真由美', '千葉県千葉市中央区富士見2-3-1', 'パート', 43, 'MY_NUMBER_CARD'],
      ['山口 誠', '兵庫県神戸市中央区加納町6-5-1', '会社員', 34, 'DRIVING_LICENCE'],
      ['松本 さくら', '宮城県仙台市青葉区国分町3-7-1', '美容師', 27, 'RESIDENCE_CARD'],
      ['井上 隆', '広島県広島市中区基町10-52', '年金生活', 72, 'HEALTH_INSURANCE_CARD'],
      ['木下 綾', '静岡県静岡市葵区追手町5-1', '会社員', 31, 'MY_NUMBER_CARD'],
      ['林 浩二', '新潟県新潟市中央区学校町通1-602-1', '自営業', 55, 'DRIVING_LICENCE'],
      ['清水 舞', '長野県長野市大字南長野幅下692-2', '事務職', 38, 'DRIVING_LICENCE'],
      ['山崎 拓也', '岡山県岡山市北区内山下2-4-6', 'エンジニア', 33, 'PASSPORT'],
      ['森 千尋', '熊本県熊本市中央区水前寺6-18-1', '薬剤師', 42, 'MY_NUMBER_CARD'],
      ['池田 修', '沖縄県那覇市泉崎1-2-2', '飲食店経営', 49, 'DRIVING_LICENCE'],
      ['橋本 陽子', '石川県金沢市鞍月1-1', '主婦', 66, 'HEALTH_INSURANCE_CARD'],
    ] as const
  ).map(([name, address, occupation, age, verification], index) => ({ id: `mock-member-${String(index + 1).padStart(3, '0')}`, name, address, occupation, age, verification })),
];

const DAY = 24 * 60 * 60 * 1000;
const items: StoredItem[] = [];
const requests = new Map<string, { number: string; memberId: string; memberName: string; receivedAt: string }>();
let nextItemNumber = 101;

function photoPlaceholder(text: string, hue: number): Buffer {
  const escaped = text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360" viewBox="0 0 480 360"><rect width="480" height="360" fill="hsl(${hue},45%,85%)"/><rect x="120" y="80" width="240" height="170" rx="16" fill="hsl(${hue},40%,65%)"/><text x="240" y="300" font-size="22" text-anchor="middle" font-family="sans-serif" fill="#333">${escaped}</text></svg>`,
    'utf8',
  );
}

function newItem(requestId: string, values: Record<string, Value>, createdAt: string): StoredItem {
  const request = requests.get(requestId)!;
  const item: StoredItem = {
    id: randomUUID(),
    number: `I-${String(nextItemNumber++).padStart(6, '0')}`,
    requestId,
    requestNumber: request.number,
    memberId: request.memberId,
    memberName: request.memberName,
    values,
    photos: [],
    price: null,
    createdAt,
    updatedAt: createdAt,
    version: 0,
  };
  items.push(item);
  return item;
}

/** One request's items at the stage the request's age suggests: received, inspected, listed or sold. */
function seedRequest(index: number) {
  const member = MEMBERS[index % MEMBERS.length];
  const ageDays = Math.round(((70 - index) / 70) * 150);
  const receivedAt = new Date(Date.now() - ageDays * DAY - between(0, 8) * 60 * 60 * 1000);
  const id = `mock-request-${String(index + 1).padStart(3, '0')}`;
  requests.set(id, { number: `R-${String(1001 + index)}`, memberId: member.id, memberName: member.name, receivedAt: receivedAt.toISOString() });
  const count = between(1, 8);
  for (let n = 0; n < count; n++) {
    const template = pick(TEMPLATES);
    const stage = ageDays > 75 ? 'sold' : ageDays > 40 ? 'listed' : ageDays > 15 ? 'inspected' : 'received';
    const startPrice = Math.round(between(template.price[0], template.price[1]) / 100) * 100;
    const values: Record<string, Value> = {
      name: template.name,
      brand: template.brand || null,
      condition: pick(CONDITIONS).value,
      memberNotes: pick(NOTES) || null,
      boxIncluded: random() < 0.4,
    };
    if (stage !== 'received') {
      Object.assign(values, {
        category: template.category,
        title: random() < 0.92 ? template.title : null,
        description: `${template.title}\n\n状態: ${CONDITIONS.find((c) => c.value === values.condition)?.label.ja}\n当店にて検品済みです。写真にてご確認ください。`,
        features: template.features,
        quantity: 1,
        startPrice: random() < 0.9 ? startPrice : null,
        storageLocation: `${pick(['A', 'B', 'C', 'D'])}-${String(between(1, 12)).padStart(2, '0')}-${between(1, 5)}`,
        inspectedOn: new Date(receivedAt.getTime() + 2 * DAY).toISOString().slice(0, 10),
      });
    } else if (random() < 0.3) {
      values.category = template.category;
    }
    const createdAt = new Date(receivedAt.getTime() + n * 7 * 60 * 1000).toISOString();
    const item = newItem(id, values, createdAt);
    const hue = between(0, 360);
    for (let p = 0; p < (stage === 'received' ? between(0, 1) : between(1, 3)); p++) {
      const bytes = photoPlaceholder(`${template.name} (${p + 1})`, hue);
      item.photos.push({ id: randomUUID(), contentType: 'image/svg+xml', size: bytes.length, bytes });
    }
    if (stage === 'listed' || stage === 'sold') {
      // Listed items are still running (ending within the week); sold ones ended.
      const listedAt = stage === 'listed' ? new Date(Date.now() - between(0, 5) * DAY - between(1, 20) * 60 * 60 * 1000) : new Date(receivedAt.getTime() + 10 * DAY);
      const endsAt = new Date(listedAt.getTime() + 7 * DAY);
      const bid = Math.round((startPrice * (1 + random() * 1.8)) / 100) * 100;
      const sold = stage === 'sold' || endsAt.getTime() < Date.now();
      item.price = {
        auctionId: `x${between(100000000, 999999999)}`,
        listedAt: listedAt.toISOString(),
        currentBid: random() < 0.15 && !sold ? null : bid,
        endsAt: endsAt.toISOString(),
        hammerPrice: sold ? bid : null,
        updatedAt: new Date(Math.min(Date.now(), endsAt.getTime())).toISOString(),
      };
      item.updatedAt = item.price.updatedAt ?? item.updatedAt;
    }
  }
}
for (let index = 0; index < 70; index++) seedRequest(index);

/**
 * A request this mock has not heard of (the request screens' own mock makes up its own): its items are
 * made up on first sight, so the request detail page has something to show. `linkMockRequest` lets
 * another mock name the request's number and member instead.
 */
function ensureRequest(requestId: string) {
  if (requests.has(requestId)) return;
  const member = MEMBERS[Math.abs([...requestId].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7)) % MEMBERS.length];
  requests.set(requestId, { number: requestId, memberId: member.id, memberName: member.name, receivedAt: new Date().toISOString() });
  for (let n = 0; n < 3; n++) {
    const template = pick(TEMPLATES);
    newItem(requestId, { name: template.name, brand: template.brand || null, condition: pick(CONDITIONS).value, memberNotes: pick(NOTES) || null }, new Date().toISOString());
  }
}

/** Names the request another mock made up (number and member), for its items here. */
export function linkMockRequest(requestId: string, number: string, memberId: string, memberName: string) {
  requests.set(requestId, { number, memberId, memberName, receivedAt: requests.get(requestId)?.receivedAt ?? new Date().toISOString() });
  for (const item of items) if (item.requestId === requestId) Object.assign(item, { requestNumber: number, memberId, memberName });
}

// ---- Views and rules ----

const active = () => fields.filter((f) => !f.retired);
const empty = (value: Value | undefined) => value === null || value === undefined || value === '';
const missingRequired = (item: StoredItem) => active().filter((f) => f.required && empty(item.values[f.key])).map((f) => f.key);

function view(item: StoredItem) {
  const { photos, ...rest } = item;
  return { ...rest, missingRequired: missingRequired(item), photos: photos.map(({ id, contentType, size }) => ({ id, contentType, size })) };
}

interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** Checks values against the field configuration like item-service: unknown keys and wrong types are refused. */
function checkValues(input: unknown): { values: Record<string, Value>; errors: FieldError[] } {
  const values: Record<string, Value> = {};
  const errors: FieldError[] = [];
  if (!input || typeof input !== 'object') return { values, errors: [{ field: 'values', code: 'values.missing', message: 'Send the values as an object.' }] };
  for (const [key, raw] of Object.entries(input as Json)) {
    const definition = fields.find((f) => f.key === key);
    const at = `values.${key}`;
    if (!definition) {
      errors.push({ field: at, code: 'field.unknown', message: `There is no item field "${key}".` });
      continue;
    }
    if (definition.retired) {
      errors.push({ field: at, code: 'field.retired', message: 'This field is retired.' });
      continue;
    }
    if (raw === null || raw === '') {
      values[key] = null;
      continue;
    }
    switch (definition.type) {
      case 'TEXT':
      case 'LONG_TEXT': {
        const max = definition.type === 'TEXT' ? 200 : 4000;
        if (typeof raw !== 'string') errors.push({ field: at, code: 'text.type', message: 'Enter text.' });
        else if (raw.length > max) errors.push({ field: at, code: 'text.tooLong', message: `Use at most ${max} characters.` });
        else if (definition.type === 'TEXT' && /[\u0000-\u001f]/.test(raw)) errors.push({ field: at, code: 'text.controlCharacters', message: 'Remove line breaks and other control characters.' });
        else values[key] = raw.trim();
        break;
      }
      case 'NUMBER':
        if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) errors.push({ field: at, code: 'number.invalid', message: 'Enter a number of 0 or more.' });
        else values[key] = raw;
        break;
      case 'MONEY':
        if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0) errors.push({ field: at, code: 'money.invalid', message: 'Enter whole yen, 0 or more.' });
        else if (raw > 100_000_000) errors.push({ field: at, code: 'money.tooLarge', message: 'Enter at most 100,000,000 yen.' });
        else values[key] = raw;
        break;
      case 'SELECT':
        if (typeof raw !== 'string' || !definition.options.some((o) => o.value === raw)) errors.push({ field: at, code: 'select.unknown', message: 'Choose one of the options.' });
        else values[key] = raw;
        break;
      case 'BOOLEAN':
        if (typeof raw !== 'boolean') errors.push({ field: at, code: 'boolean.invalid', message: 'Answer yes or no.' });
        else values[key] = raw;
        break;
      case 'DATE':
        if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) errors.push({ field: at, code: 'date.invalid', message: 'Enter a date like 2026-04-01.' });
        else values[key] = raw;
        break;
    }
  }
  return { values, errors };
}

// ---- Export profiles ----

const FIXED_SOURCES = ['number', 'requestNumber', 'memberId', 'currentBid', 'hammerPrice'];
const column = (source: string, header: string) => ({ source, header });
const profiles: Json[] = [
  {
    id: 'yahoo-auctions',
    name: 'ヤフオク! 一括出品',
    format: 'CSV_YAHOO',
    encoding: 'SHIFT_JIS',
    columns: [column('category', 'カテゴリ'), column('title', 'タイトル'), column('description', '説明'), column('startPrice', '開始価格'), column('quantity', '個数'), column('number', '管理番号')],
  },
  {
    id: 'generic-csv',
    name: '汎用マーケットプレイス CSV',
    format: 'CSV_GENERIC',
    encoding: 'UTF_8',
    columns: [column('number', 'sku'), column('title', 'title'), column('description', 'description'), column('startPrice', 'price'), column('condition', 'condition'), column('brand', 'brand'), column('quantity', 'quantity')],
  },
  {
    id: 'full-xlsx',
    name: '全項目 XLSX',
    format: 'XLSX',
    encoding: 'UTF_8',
    columns: [column('number', '管理番号'), column('requestNumber', '依頼番号'), column('memberId', '会員ID'), ...fields.filter((f) => !f.retired).map((f) => column(f.key, f.label.ja)), column('currentBid', '現在価格'), column('hammerPrice', '落札価格')],
  },
  {
    id: 'shelf-list',
    name: '店頭在庫リスト（カスタム）',
    format: 'XLSX',
    encoding: 'UTF_8',
    columns: [column('storageLocation', '棚'), column('number', '管理番号'), column('name', '品名'), column('brand', 'ブランド'), column('currentBid', '現在価格'), column('hammerPrice', '落札価格')],
  },
];

// ---- Files ----

/** A cell a spreadsheet could take for a formula starts with a quote instead. */
const neutral = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function cellOf(item: StoredItem, source: string): string {
  switch (source) {
    case 'number':
    case 'requestNumber':
    case 'memberId':
      return item[source];
    case 'currentBid':
    case 'hammerPrice':
      return item.price?.[source] === null || item.price?.[source] === undefined ? '' : String(item.price[source]);
    default: {
      const value = item.values[source];
      const definition = fields.find((f) => f.key === source);
      if (value === null || value === undefined) return '';
      if (definition?.type === 'SELECT') return definition.options.find((o) => o.value === value)?.label.ja ?? String(value);
      if (definition?.type === 'BOOLEAN') return value ? '1' : '0';
      return String(value);
    }
  }
}

function csv(rows: string[][]): Buffer {
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return Buffer.from(`\uFEFF${rows.map((row) => row.map((cell) => quote(neutral(cell))).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** A one-sheet workbook with inline strings: enough for Excel, Numbers and LibreOffice to open. */
function xlsx(rows: string[][]): Buffer {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const sheetRows = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((cell) => `<c t="inlineStr"><is><t xml:space="preserve">${escape(neutral(cell))}</t></is></c>`).join('')}</row>`)
    .join('');
  return storedZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  });
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// ---- Ledger ----

interface LedgerEntry {
  id: string;
  acquiredOn: string;
  itemNumber: string;
  description: string | null;
  features: string | null;
  quantity: number | null;
  memberId: string;
  counterparty: { name: string; address: string; occupation: string; age: number };
  identityVerification: { method: string; verifiedOn: string };
}

function ledgerEntries(from: string, to: string): LedgerEntry[] {
  return items
    .filter((item) => MEMBERS.some((m) => m.id === item.memberId))
    .map((item) => {
      const member = MEMBERS.find((m) => m.id === item.memberId)!;
      const acquiredOn = (requests.get(item.requestId)?.receivedAt ?? item.createdAt).slice(0, 10);
      const text = (key: string) => (typeof item.values[key] === 'string' ? (item.values[key] as string) : null);
      return {
        id: `ledger-${item.id}`,
        acquiredOn,
        itemNumber: item.number,
        description: [text('brand'), text('name')].filter(Boolean).join(' ') || null,
        features: text('features'),
        quantity: typeof item.values.quantity === 'number' ? item.values.quantity : 1,
        memberId: member.id,
        counterparty: { name: member.name, address: member.address, occupation: member.occupation, age: member.age },
        identityVerification: { method: member.verification, verifiedOn: new Date(Date.parse(acquiredOn) - 3 * DAY).toISOString().slice(0, 10) },
      };
    })
    .filter((entry) => entry.acquiredOn >= from && entry.acquiredOn <= to)
    .sort((a, b) => a.acquiredOn.localeCompare(b.acquiredOn) || a.itemNumber.localeCompare(b.itemNumber));
}

const LEDGER_HEADERS = ['取引年月日', '管理番号', '品目', '特徴', '数量', '相手方の氏名', '住所', '職業', '年齢', '本人確認の方法', '確認日'];
const ledgerRow = (e: LedgerEntry) => [e.acquiredOn, e.itemNumber, e.description ?? '', e.features ?? '', String(e.quantity ?? ''), e.counterparty.name, e.counterparty.address, e.counterparty.occupation, String(e.counterparty.age), e.identityVerification.method, e.identityVerification.verifiedOn];

// ---- Jobs ----

const jobs = new Map<string, Job>();
/** Items (or entries) a job writes per second: a few hundred take a few seconds, so the progress shows. */
const RATE = 90;

function jobView(job: Job) {
  const elapsed = (Date.now() - job.startedAt) / 1000;
  const done = Math.min(job.total, Math.floor(elapsed * RATE));
  if (job.fail && done >= job.total / 2) {
    return { id: job.id, state: 'FAILED', done: Math.floor(job.total / 2), total: job.total, fileName: null, failure: { code: 'export.failed', message: 'The mock was told to fail (cookie azukari-mock-export-fail).' } };
  }
  const finished = done >= job.total && elapsed >= 1;
  return { id: job.id, state: finished ? 'DONE' : 'RUNNING', done, total: job.total, fileName: job.fileName };
}

function stamp() {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

// ---- HTTP ----

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body === undefined) {
    res.end();
    return;
  }
  res.setHeader('Content-Type', status >= 400 ? 'application/problem+json' : 'application/json');
  res.end(JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, title: string, detail: string, extra: Json = {}) {
  send(res, status, { type: extra.code ? `urn:azukari:problem:${String(extra.code)}` : 'about:blank', title, status, detail, correlationId: randomUUID(), ...extra });
}

async function rawBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function json(req: IncomingMessage): Promise<unknown> {
  try {
    return JSON.parse((await rawBody(req, 1024 * 1024))?.toString('utf8') ?? '');
  } catch {
    return undefined;
  }
}

/** `If-Match: "3"` against the version: 428 without, 409 when stale; true when it may go on. */
function versionMatches(req: IncomingMessage, res: ServerResponse, version: number): boolean {
  const header = req.headers['if-match'];
  if (!header) {
    problem(res, 428, 'Precondition Required', 'Send the version you last saw in an If-Match header, e.g. If-Match: "3".');
    return false;
  }
  const seen = /^(?:W\/)?"?(\d{1,18})"?$/.exec(String(header).trim());
  if (!seen || Number(seen[1]) !== version) {
    problem(res, 409, 'Concurrent change', 'Someone else changed this in the meantime. Reload it and apply your change again.');
    return false;
  }
  return true;
}

function sniff(bytes: Buffer): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 12 && bytes.subarray(4, 8).toString('latin1') === 'ftyp' && ['heic', 'heix', 'mif1', 'heif'].includes(bytes.subarray(8, 12).toString('latin1'))) return 'image/heic';
  return null;
}

function page<T>(rows: T[], url: URL) {
  const size = Math.min(Math.max(Number(url.searchParams.get('size') ?? 20) || 20, 1), 500);
  const number = Math.max(Number(url.searchParams.get('page') ?? 0) || 0, 0);
  return { content: rows.slice(number * size, number * size + size), page: { size, number, totalElements: rows.length, totalPages: Math.ceil(rows.length / size) } };
}

function matching(filter: { requestId?: string | null; memberId?: string | null; q?: string | null; listed?: string | boolean | null }) {
  const q = filter.q?.trim().toLowerCase();
  return items.filter((item) => {
    if (filter.requestId && item.requestId !== filter.requestId) return false;
    if (filter.memberId && item.memberId !== filter.memberId) return false;
    if (filter.listed !== null && filter.listed !== undefined && String(filter.listed) !== '' && String(item.price !== null) !== String(filter.listed)) return false;
    if (q) {
      const text = [item.number, item.requestNumber, item.memberName, ...Object.values(item.values).filter((v) => typeof v === 'string')].join(' ').toLowerCase();
      if (!text.includes(q)) return false;
    }
    return true;
  });
}

/** Checks a whole field configuration like item-service; field errors as `fields[i].path`. */
function checkFields(input: unknown): { list: FieldDef[]; errors: FieldError[]; refusal?: string } {
  const errors: FieldError[] = [];
  const list = Array.isArray(input) ? (input as FieldDef[]) : [];
  if (!Array.isArray(input)) errors.push({ field: 'fields', code: 'fields.missing', message: 'Send the fields as a list.' });
  const keys = new Set<string>();
  list.forEach((f, i) => {
    if (typeof f.key !== 'string' || !/^[a-z][a-zA-Z0-9]*$/.test(f.key)) errors.push({ field: `fields[${i}].key`, code: 'key.format', message: 'Start with a lower-case letter, then letters and digits.' });
    else if (keys.has(f.key)) errors.push({ field: `fields[${i}].key`, code: 'key.duplicate', message: 'This key is used twice.' });
    keys.add(f.key);
    if (!f.label?.ja?.trim()) errors.push({ field: `fields[${i}].label.ja`, code: 'required', message: 'Enter the Japanese label.' });
    if (!f.label?.en?.trim()) errors.push({ field: `fields[${i}].label.en`, code: 'required', message: 'Enter the English label.' });
    if (f.type === 'SELECT' && !(f.options?.length > 0)) errors.push({ field: `fields[${i}].options`, code: 'options.required', message: 'A choice needs at least one option.' });
  });
  for (const builtIn of fields.filter((f) => f.builtIn)) {
    const sent = list.find((f) => f.key === builtIn.key);
    if (!sent) return { list, errors, refusal: `The built-in field "${builtIn.key}" cannot be removed; retire it instead.` };
    if (sent.type !== builtIn.type) return { list, errors, refusal: `The built-in field "${builtIn.key}" cannot change its type.` };
  }
  return { list, errors };
}

/**
 * Answers `/api/items/**` for staff except the member side (`/api/items/me/**`); false for any other
 * path, so that the member web's mock can take those.
 */
export async function adminItemsApi(req: IncomingMessage, res: ServerResponse, url: URL, user: { subject: string; name: string; roles: string[] } | undefined, jar: Record<string, string>): Promise<boolean> {
  const path = url.pathname;
  if (!(path === '/api/items' || path.startsWith('/api/items/')) || path === '/api/items/me' || path.startsWith('/api/items/me/')) return false;
  const method = req.method ?? 'GET';
  if (!user) return problem(res, 401, 'Unauthorized', 'Log in to continue.'), true;

  if (path === '/api/items/fields') {
    if (method === 'GET') return send(res, 200, { version: fieldsVersion, fields }, { ETag: `"${fieldsVersion}"` }), true;
    if (method !== 'PUT') return false;
    if (!user.roles.includes('admin')) return problem(res, 403, 'Forbidden', 'Only administrators change the item fields.'), true;
    const body = (await json(req)) as { fields?: unknown } | undefined;
    const { list, errors, refusal } = checkFields(body?.fields);
    if (errors.length > 0) return problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors }), true;
    if (refusal) return problem(res, 409, 'Not allowed', refusal, { code: 'builtin-field' }), true;
    if (!versionMatches(req, res, fieldsVersion)) return true;
    fields = list.map((f, i) => {
      const before = fields.find((old) => old.key === f.key);
      return { key: f.key, label: { ja: f.label.ja.trim(), en: f.label.en.trim() }, type: f.type, required: !!f.required, options: f.type === 'SELECT' ? f.options : [], memberEditable: !!f.memberEditable, order: i + 1, builtIn: before?.builtIn ?? false, retired: !!f.retired };
    });
    fieldsVersion += 1;
    return send(res, 200, { version: fieldsVersion, fields }, { ETag: `"${fieldsVersion}"` }), true;
  }

  if (!user.roles.includes('staff')) return problem(res, 403, 'Forbidden', 'Access Denied'), true;

  if (path === '/api/items' && method === 'GET') {
    const requestId = url.searchParams.get('requestId');
    if (requestId) ensureRequest(requestId);
    const rows = matching({ requestId, memberId: url.searchParams.get('memberId'), q: url.searchParams.get('q'), listed: url.searchParams.get('listed') });
    const [sortField, direction] = (url.searchParams.get('sort') ?? 'createdAt,desc').split(',');
    if (!['number', 'createdAt', 'updatedAt'].includes(sortField)) return problem(res, 400, 'Bad Request', `Items cannot be sorted by "${sortField}".`), true;
    const key = sortField as 'number' | 'createdAt' | 'updatedAt';
    rows.sort((a, b) => a[key].localeCompare(b[key]) * (direction === 'asc' ? 1 : -1));
    return send(res, 200, page(rows.map(view), url)), true;
  }
  if (path === '/api/items' && method === 'POST') {
    const body = (await json(req)) as { requestId?: unknown; values?: unknown } | undefined;
    const requestId = typeof body?.requestId === 'string' ? body.requestId : '';
    if (!requestId) return problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'requestId', code: 'required', message: 'Name the request.' }] }), true;
    const { values, errors } = checkValues(body?.values ?? {});
    if (errors.length > 0) return problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors }), true;
    ensureRequest(requestId);
    const item = newItem(requestId, { quantity: 1, ...values }, new Date().toISOString());
    return send(res, 201, view(item), { ETag: `"${item.version}"`, Location: `/api/items/${item.id}` }), true;
  }

  if (path === '/api/items/export-profiles' && method === 'GET') return send(res, 200, profiles), true;
  const profileMatch = /^\/api\/items\/export-profiles\/([^/]+)$/.exec(path);
  if (profileMatch && method === 'PUT') {
    if (!user.roles.includes('admin')) return problem(res, 403, 'Forbidden', 'Only administrators change export profiles.'), true;
    const id = decodeURIComponent(profileMatch[1]);
    const body = ((await json(req)) ?? {}) as Json;
    const errors: FieldError[] = [];
    if (typeof body.name !== 'string' || !body.name.trim()) errors.push({ field: 'name', code: 'required', message: 'Name the profile.' });
    if (!['XLSX', 'CSV_YAHOO', 'CSV_GENERIC'].includes(String(body.format))) errors.push({ field: 'format', code: 'format.unknown', message: 'Choose XLSX, CSV_YAHOO or CSV_GENERIC.' });
    if (!['UTF_8', 'SHIFT_JIS'].includes(String(body.encoding))) errors.push({ field: 'encoding', code: 'encoding.unknown', message: 'Choose UTF_8 or SHIFT_JIS.' });
    const columns = Array.isArray(body.columns) ? (body.columns as { source: string; header: string }[]) : [];
    if (columns.length === 0) errors.push({ field: 'columns', code: 'columns.required', message: 'Choose at least one column.' });
    columns.forEach((c, i) => {
      if (!FIXED_SOURCES.includes(c.source) && !fields.some((f) => f.key === c.source)) errors.push({ field: `columns[${i}].source`, code: 'source.unknown', message: `There is no source "${c.source}".` });
      if (typeof c.header !== 'string' || !c.header.trim()) errors.push({ field: `columns[${i}].header`, code: 'required', message: 'Enter a header.' });
    });
    if (errors.length > 0) return problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors }), true;
    const stored = { id, name: String(body.name).trim(), format: body.format, encoding: body.encoding, columns: columns.map((c) => ({ source: c.source, header: c.header.trim() })) };
    const at = profiles.findIndex((p) => p.id === id);
    if (at >= 0) profiles[at] = stored;
    else profiles.push(stored);
    return send(res, 200, stored), true;
  }

  if (path === '/api/items/exports' && method === 'POST') {
    const body = ((await json(req)) ?? {}) as { profileId?: string; itemIds?: unknown; filter?: Json };
    const profile = profiles.find((p) => p.id === body.profileId);
    if (!profile) return problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'profileId', code: 'profile.unknown', message: 'There is no such export profile.' }] }), true;
    const chosen = Array.isArray(body.itemIds)
      ? items.filter((item) => (body.itemIds as string[]).includes(item.id))
      : body.filter
        ? matching({ requestId: body.filter.requestId as string, memberId: body.filter.memberId as string, q: body.filter.q as string, listed: body.filter.listed as boolean })
        : null;
    if (!chosen) return problem(res, 400, 'Invalid input', 'Send itemIds or a filter.'), true;
    const columns = profile.columns as { source: string; header: string }[];
    const xlsxFormat = profile.format === 'XLSX';
    const id = randomUUID();
    const job: Job = {
      id,
      kind: 'items',
      startedAt: Date.now(),
      total: chosen.length,
      fileName: `items-${String(profile.id)}-${stamp()}.${xlsxFormat ? 'xlsx' : 'csv'}`,
      fail: jar['azukari-mock-export-fail'] === '1',
      build: () => {
        const rows = [columns.map((c) => c.header), ...chosen.map((item) => columns.map((c) => cellOf(item, c.source)))];
        return xlsxFormat ? { bytes: xlsx(rows), contentType: XLSX_TYPE } : { bytes: csv(rows), contentType: 'text/csv; charset=UTF-8' };
      },
    };
    jobs.set(id, job);
    return send(res, 202, jobView(job), { Location: `/api/items/exports/${id}` }), true;
  }

  if (path === '/api/items/ledger' && method === 'GET') {
    const from = url.searchParams.get('from') ?? '0000-01-01';
    const to = url.searchParams.get('to') ?? '9999-12-31';
    return send(res, 200, page(ledgerEntries(from, to), url)), true;
  }
  if (path === '/api/items/ledger/exports' && method === 'POST') {
    const body = ((await json(req)) ?? {}) as { from?: string; to?: string; format?: string };
    const errors: FieldError[] = [];
    if (!body.from || !/^\d{4}-\d{2}-\d{2}$/.test(body.from)) errors.push({ field: 'from', code: 'date.invalid', message: 'Enter a date like 2026-04-01.' });
    if (!body.to || !/^\d{4}-\d{2}-\d{2}$/.test(body.to)) errors.push({ field: 'to', code: 'date.invalid', message: 'Enter a date like 2026-04-30.' });
    if (body.format !== 'XLSX' && body.format !== 'CSV') errors.push({ field: 'format', code: 'format.unknown', message: 'Choose XLSX or CSV.' });
    if (errors.length > 0) return problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors }), true;
    const entries = ledgerEntries(body.from!, body.to!);
    const id = randomUUID();
    const job: Job = {
      id,
      kind: 'ledger',
      startedAt: Date.now(),
      total: entries.length,
      fileName: `ledger-${body.from}-${body.to}.${body.format === 'XLSX' ? 'xlsx' : 'csv'}`,
      fail: jar['azukari-mock-export-fail'] === '1',
      build: () => {
        const rows = [LEDGER_HEADERS, ...entries.map(ledgerRow)];
        return body.format === 'XLSX' ? { bytes: xlsx(rows), contentType: XLSX_TYPE } : { bytes: csv(rows), contentType: 'text/csv; charset=UTF-8' };
      },
    };
    jobs.set(id, job);
    return send(res, 202, jobView(job), { Location: `/api/items/ledger/exports/${id}` }), true;
  }
  const jobMatch = /^\/api\/items\/(exports|ledger\/exports)\/([^/]+)(\/file)?$/.exec(path);
  if (jobMatch && method === 'GET') {
    const job = jobs.get(jobMatch[2]);
    if (!job || (job.kind === 'ledger') !== (jobMatch[1] === 'ledger/exports')) return problem(res, 404, 'Not Found', 'There is no such export.'), true;
    const state = jobView(job);
    if (!jobMatch[3]) return send(res, 200, state), true;
    if (state.state !== 'DONE') return problem(res, 409, 'Not ready', 'The export has not finished.', { code: 'export-not-done' }), true;
    const { bytes, contentType } = job.build();
    res.statusCode = 200;
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${job.fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(bytes);
    return true;
  }

  const itemMatch = /^\/api\/items\/([^/]+)(?:\/photos(?:\/([^/]+))?)?$/.exec(path);
  if (!itemMatch) return false;
  const item = items.find((candidate) => candidate.id === decodeURIComponent(itemMatch[1]));
  if (!item) return problem(res, 404, 'Not Found', 'There is no such item.'), true;
  const isPhotos = path.includes('/photos');
  const photoId = itemMatch[2] ? decodeURIComponent(itemMatch[2]) : null;

  if (!isPhotos) {
    if (method === 'GET') return send(res, 200, view(item), { ETag: `"${item.version}"` }), true;
    if (method !== 'PATCH') return false;
    const body = (await json(req)) as { values?: unknown } | undefined;
    const { values, errors } = checkValues(body?.values);
    if (errors.length > 0) return problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors }), true;
    if (!versionMatches(req, res, item.version)) return true;
    const changed = Object.entries(values).filter(([key, value]) => (item.values[key] ?? null) !== value);
    if (changed.length > 0) {
      for (const [key, value] of changed) item.values[key] = value;
      item.version += 1;
      item.updatedAt = new Date().toISOString();
    }
    return send(res, 200, view(item), { ETag: `"${item.version}"` }), true;
  }
  if (!photoId && method === 'POST') {
    const body = await rawBody(req, 10 * 1024 * 1024 + 64 * 1024);
    if (!body) return problem(res, 413, 'Payload Too Large', 'The photo is larger than 10 MB.', { code: 'photo-too-large' }), true;
    let form: FormData;
    try {
      form = await new Request('http://mock/', { method: 'POST', headers: { 'Content-Type': String(req.headers['content-type']) }, body }).formData();
    } catch {
      return problem(res, 400, 'Bad Request', 'The upload could not be read.'), true;
    }
    const file = form.get('file');
    if (!(file instanceof Blob)) return problem(res, 400, 'Invalid input', 'Some fields are not valid.', { errors: [{ field: 'file', code: 'required', message: 'Choose a photo.' }] }), true;
    const bytes = Buffer.from(await file.arrayBuffer());
    const type = sniff(bytes);
    if (!type) return problem(res, 415, 'Unsupported Media Type', 'The file is not a JPEG, PNG or HEIC photo.', { code: 'photo-type' }), true;
    const photo = { id: randomUUID(), contentType: type, size: bytes.length, bytes };
    item.photos.push(photo);
    item.version += 1;
    item.updatedAt = new Date().toISOString();
    return send(res, 201, { id: photo.id, contentType: photo.contentType, size: photo.size }, { Location: `/api/items/${item.id}/photos/${photo.id}` }), true;
  }
  const photo = item.photos.find((candidate) => candidate.id === photoId);
  if (photoId && method === 'GET') {
    if (!photo) return problem(res, 404, 'Not Found', 'There is no such photo.'), true;
    res.statusCode = 200;
    res.setHeader('Content-Type', photo.contentType);
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(photo.bytes);
    return true;
  }
  if (photoId && method === 'DELETE') {
    if (!photo) return problem(res, 404, 'Not Found', 'There is no such photo.'), true;
    item.photos.splice(item.photos.indexOf(photo), 1);
    item.version += 1;
    item.updatedAt = new Date().toISOString();
    return send(res, 204), true;
  }
  return false;
}
