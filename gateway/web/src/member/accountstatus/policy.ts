import type { MemberAction, MemberRecord } from '../profile/api';

/**
 * Whether the member's account status allows an action, and if not, the i18n key of the reason
 * (the same codes as member-service's 403 problems: `status.frozen` -> `accountStatus.reason.frozen`).
 * A record without `allowedActions` (an older service) allows everything; the service still decides.
 */
export function actionAllowed(record: MemberRecord, action: MemberAction): { allowed: boolean; reasonKey: string | null } {
  if (!record.allowedActions || record.allowedActions.includes(action)) return { allowed: true, reasonKey: null };
  return { allowed: false, reasonKey: reasonKeyOf(String(record.status)) };
}

/** `accountStatus.reason.<status>` for a status that restricts the member. */
export function reasonKeyOf(status: string): string {
  const known = ['PENALIZED', 'FROZEN', 'BLACKLISTED', 'WITHDRAWN'];
  return known.includes(status) ? `accountStatus.reason.${status}` : 'accountStatus.reason.other';
}

/** The reason key of a 403 problem's `reason` property (`status.frozen`), if it carries one. */
export function reasonKeyOfCode(code: unknown): string | null {
  if (typeof code !== 'string' || !code.startsWith('status.')) return null;
  return reasonKeyOf(code.slice('status.'.length).toUpperCase());
}
