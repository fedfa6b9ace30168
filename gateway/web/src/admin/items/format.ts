import { useTranslation } from 'react-i18next';
import type { FieldDef, FieldValue, ItemView, Translated } from './api';

/** The text in the screen's language; the other one when that is empty. */
export function inLanguage(text: Translated | null | undefined, language: string): string {
  if (!text) return '';
  return (language === 'en' ? text.en || text.ja : text.ja || text.en) ?? '';
}

/** ¥12,300 (amounts are whole yen). */
export function yen(amount: number | null | undefined, language: string): string {
  if (amount === null || amount === undefined) return '';
  return new Intl.NumberFormat(language === 'en' ? 'en-JP' : 'ja-JP', { style: 'currency', currency: 'JPY' }).format(amount);
}

/** Labels and value texts in the screen's language. */
export function useItemText() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const label = (field: FieldDef | undefined, key: string) => (field ? inLanguage(field.label, language) : key);
  const value = (field: FieldDef | undefined, raw: FieldValue | undefined): string => {
    if (raw === null || raw === undefined || raw === '') return '';
    switch (field?.type) {
      case 'MONEY':
        return typeof raw === 'number' ? yen(raw, language) : String(raw);
      case 'BOOLEAN':
        return raw ? t('adminItems.value.yes') : t('adminItems.value.no');
      case 'SELECT': {
        const option = field.options.find((candidate) => candidate.value === raw);
        return option ? inLanguage(option.label, language) : String(raw);
      }
      case 'NUMBER':
        return typeof raw === 'number' ? raw.toLocaleString(language) : String(raw);
      default:
        return String(raw);
    }
  };
  return { label, value, language, yen: (amount: number | null | undefined) => yen(amount, language) };
}

/** What a list row is called: the listing title, else the member's name for it, else its number. */
export function itemName(item: ItemView): string {
  const title = item.values.title;
  const name = item.values.name;
  if (typeof title === 'string' && title.trim()) return title;
  if (typeof name === 'string' && name.trim()) return name;
  return item.number;
}

/** 2026/11/02 14:05: to the minute, which is all a list or a price needs. */
export function dateTime(value: string | null | undefined, language: string): string {
  return value ? new Date(value).toLocaleString(language, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }) : '';
}
