import { IconBell, IconHome, IconId, IconIdBadge2, IconMessageCircle, IconPackage, IconTruckDelivery, IconUserCircle } from '@tabler/icons-react';

type NavigationKey = 'home' | 'request' | 'item' | 'notification' | 'inquiry' | 'profile' | 'me' | 'documents';

export interface MemberNavigationEntry {
  /** i18n key under `nav.` (glossary names). */
  key: NavigationKey;
  to: string;
  icon: typeof IconHome;
  /** Also in the phone's bottom tab bar. */
  bottom: boolean;
  /** A shorter label (key under `nav.`) for the bottom tab bar, where a tab is about 65 px wide. */
  bottomKey?: 'profileShort';
}

/** Sections of the member web. */
export const memberNavigation: readonly MemberNavigationEntry[] = [
  { key: 'home', to: '/', icon: IconHome, bottom: true },
  { key: 'request', to: '/requests', icon: IconTruckDelivery, bottom: true },
  { key: 'item', to: '/items', icon: IconPackage, bottom: true },
  { key: 'notification', to: '/notifications', icon: IconBell, bottom: true },
  { key: 'inquiry', to: '/inquiries', icon: IconMessageCircle, bottom: false },
  { key: 'profile', to: '/profile', icon: IconId, bottom: true, bottomKey: 'profileShort' },
  { key: 'documents', to: '/documents', icon: IconIdBadge2, bottom: false },
  { key: 'me', to: '/me', icon: IconUserCircle, bottom: true },
];
