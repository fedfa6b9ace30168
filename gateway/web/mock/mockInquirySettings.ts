/**
 * inquiry-service's business hours (`/api/inquiries/settings/business-hours`, admins, ETag/If-Match)
 * and mailbox status (`/api/inquiries/mailbox`, staff) for the mock gateway.
 */

interface SettingsUser {
  roles: string[];
}

export interface InquirySettingsAnswer {
  status: number;
  body?: unknown;
  etag?: string;
  problem?: boolean;
}

const day = () => [{ from: '10:00', to: '18:00' }];

const settings = {
  timeZone: 'Asia/Tokyo',
  week: { MONDAY: day(), TUESDAY: day(), WEDNESDAY: day(), THURSDAY: day(), FRIDAY: day(), SATURDAY: [], SUNDAY: [] } as Record<string, { from: string; to: string }[]>,
  holidays: { japanesePublicHolidays: true, extra: ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-02', '2027-01-03'] },
  acknowledgement: {
    ja: { subject: '【受付完了】{{subject}}', text: '{{name}} 様\n\nお問い合わせいただきありがとうございます。\nただいま営業時間外のため、次の営業日に担当者よりご返信いたします。' },
    en: { subject: 'We received your inquiry: {{subject}}', text: 'Dear {{name}},\n\nThank you for contacting us. We are closed at the moment and will answer on our next business day.' },
  },
  updatedAt: null as string | null,
  updatedBy: null as string | null,
  version: 0,
};

/** Open now in Tokyo by the weekly hours (holidays are not imitated). */
function openNow(): boolean {
  const tokyo = new Date(Date.now() + 9 * 3600_000);
  const names = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
  const time = tokyo.toISOString().slice(11, 16);
  return (settings.week[names[tokyo.getUTCDay()]] ?? []).some((period) => period.from <= time && (period.to === '24:00' || time < period.to));
}

/** The fixed-date public holidays only (the service computes the moving ones too) and the extra days. */
const FIXED_HOLIDAYS: [string, string][] = [
  ['01-01', '元日'],
  ['02-11', '建国記念の日'],
  ['02-23', '天皇誕生日'],
  ['04-29', '昭和の日'],
  ['05-03', '憲法記念日'],
  ['05-04', 'みどりの日'],
  ['05-05', 'こどもの日'],
  ['08-11', '山の日'],
  ['11-03', '文化の日'],
  ['11-23', '勤労感謝の日'],
];

function closedDays(year: number) {
  const days = settings.holidays.japanesePublicHolidays
    ? FIXED_HOLIDAYS.map(([day, name]) => ({ date: `${year}-${day}`, name: name as string | null, kind: 'PUBLIC_HOLIDAY' }))
    : [];
  for (const date of settings.holidays.extra) {
    if (date.startsWith(`${year}-`) && !days.some((day) => day.date === date)) days.push({ date, name: null, kind: 'EXTRA' });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

const problem = (status: number, title: string, detail: string): InquirySettingsAnswer => ({ status, body: { title, detail }, problem: true });
const view = (): InquirySettingsAnswer => ({ status: 200, body: { ...settings, openNow: openNow() }, etag: `"${settings.version}"` });

export function inquirySettingsApi(method: string, path: string, user: SettingsUser, ifMatch: string | undefined, body: unknown): InquirySettingsAnswer | null {
  if (path === '/api/inquiries/mailbox' && method === 'GET') {
    if (!user.roles.includes('staff')) return problem(403, 'Forbidden', 'Access Denied');
    return { status: 200, body: { lastPollAt: new Date(Date.now() - 12_000).toISOString(), lastError: null, fetched: 42 } };
  }
  if (path === '/api/inquiries/settings/business-hours/closed-days' && method === 'GET') {
    if (!user.roles.includes('admin')) return problem(403, 'Forbidden', 'Access Denied');
    return { status: 200, body: closedDays(new Date().getFullYear()) };
  }
  if (path !== '/api/inquiries/settings/business-hours') return null;
  if (!user.roles.includes('admin')) return problem(403, 'Forbidden', 'Access Denied');
  if (method === 'GET') return view();
  if (method !== 'PUT') return problem(405, 'Method Not Allowed', `${method} is not supported.`);
  if (!ifMatch) return problem(428, 'Precondition Required', 'Send the version you last saw in an If-Match header.');
  if (ifMatch.replace(/"/g, '') !== String(settings.version)) return problem(409, 'Conflict', 'Someone changed this record after you loaded it.');
  const input = body as typeof settings;
  for (const periods of Object.values(input.week ?? {})) {
    for (const period of periods) {
      if (!/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/.test(period.to) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(period.from) || (period.to !== '24:00' && period.from >= period.to)) {
        return problem(400, 'Bad Request', 'Opening periods are times like 10:00 to 18:00.');
      }
    }
  }
  Object.assign(settings, {
    timeZone: input.timeZone,
    week: input.week,
    holidays: { japanesePublicHolidays: !!input.holidays?.japanesePublicHolidays, extra: [...new Set(input.holidays?.extra ?? [])].sort() },
    acknowledgement: input.acknowledgement,
    updatedAt: new Date().toISOString(),
    version: settings.version + 1,
  });
  return view();
}
