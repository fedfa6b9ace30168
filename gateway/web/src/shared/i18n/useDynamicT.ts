import { useTranslation } from 'react-i18next';

/**
 * `t` for keys built at run time from API values (a field name, a status, a reason code), which the
 * typed `t` cannot check; `exists` tells whether such a key is translated.
 */
export function useDynamicT() {
  const { t, i18n } = useTranslation();
  const dt = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return { dt, exists: (key: string) => i18n.exists(key), language: i18n.language };
}
