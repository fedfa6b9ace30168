import { IconBell, IconHome, IconMessageCircle, IconPackage, IconTruckDelivery, IconUserCircle } from '@tabler/icons-react';

/** Sections of the member web; `key` is the i18n key under `nav.` (glossary names). */
export const memberNavigation = [
  { key: 'home', to: '/', icon: IconHome, bottom: true },
  { key: 'request', to: '/requests', icon: IconTruckDelivery, bottom: true },
  { key: 'item', to: '/items', icon: IconPackage, bottom: true },
  { key: 'notification', to: '/notifications', icon: IconBell, bottom: true },
  { key: 'inquiry', to: '/inquiries', icon: IconMessageCircle, bottom: false },
  { key: 'me', to: '/me', icon: IconUserCircle, bottom: true },
] as const;
