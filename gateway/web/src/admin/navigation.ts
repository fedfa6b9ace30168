import { IconAdjustments, IconBell, IconBook2, IconChartBar, IconClipboardCheck, IconClipboardList, IconClockHour4, IconFileImport, IconFileSpreadsheet, IconForms, IconHistory, IconIdBadge2, IconLayoutDashboard, IconMail, IconMailCog, IconMailFast, IconMessages, IconPackage, IconTemplate, IconTimeline, IconUserCircle, IconUsers } from '@tabler/icons-react';

/** Sections of the admin console; `key` is the i18n key under `admin.nav.` (glossary names). */
export const adminNavigation = [
  { key: 'front', to: '/', icon: IconLayoutDashboard },
  { key: 'member', to: '/members', icon: IconUsers },
  { key: 'changeRequest', to: '/change-requests', icon: IconClipboardCheck },
  { key: 'verification', to: '/verifications', icon: IconIdBadge2 },
  { key: 'memberImport', to: '/members/import', icon: IconFileImport },
  { key: 'request', to: '/requests', icon: IconClipboardList },
  { key: 'item', to: '/items', icon: IconPackage },
  { key: 'ledger', to: '/ledger', icon: IconBook2 },
  { key: 'statusSettings', to: '/settings/statuses', icon: IconAdjustments },
  { key: 'itemFields', to: '/settings/item-fields', icon: IconForms },
  { key: 'exportProfiles', to: '/settings/exports', icon: IconFileSpreadsheet },
  { key: 'inquiry', to: '/inquiries', icon: IconMessages },
  { key: 'inquirySettings', to: '/settings/business-hours', icon: IconClockHour4 },
  { key: 'timeline', to: '/timeline', icon: IconTimeline },
  { key: 'inquiryTemplates', to: '/settings/inquiry-templates', icon: IconTemplate },
  { key: 'inquiryReports', to: '/inquiry-reports', icon: IconChartBar },
  { key: 'notification', to: '/notifications', icon: IconBell },
  { key: 'mailDeliveries', to: '/mail/deliveries', icon: IconMail },
  { key: 'mailTemplates', to: '/settings/mail-templates', icon: IconMailCog },
  { key: 'newsletters', to: '/newsletters', icon: IconMailFast },
  { key: 'audit', to: '/audit', icon: IconHistory },
  { key: 'me', to: '/me', icon: IconUserCircle },
] as const;
