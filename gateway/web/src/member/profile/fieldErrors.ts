import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../shared/api/problem';

/**
 * Rule codes of member-service's field errors that the web words itself (`fieldError.<code>` in the
 * translations). Any other code shows the server's (English) message.
 */
const TRANSLATED_CODES = [
  'required',
  'text.controlCharacters',
  'text.tooLong',
  'kana.characters',
  'holderKana.characters',
  'holderKana.tooLong',
  'birthDate.format',
  'birthDate.noSuchDay',
  'birthDate.future',
  'birthDate.tooEarly',
  'birthDate.minor',
  'phone.characters',
  'phone.format',
  'postalCode.format',
  'prefecture.unknown',
  'accountType.unknown',
  'accountNumber.format',
  'accountNumber.retype',
] as const;
type TranslatedCode = (typeof TRANSLATED_CODES)[number];

function isTranslated(code: string | undefined): code is TranslatedCode {
  return !!code && (TRANSLATED_CODES as readonly string[]).includes(code);
}

/** The text to show under an input for a field error: our wording for known codes, else the server's. */
export function useFieldErrorText(): (error: FieldError) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: FieldError) => {
      if (!isTranslated(error.code)) return error.message;
      if (error.code === 'text.tooLong') {
        // "Use at most 50 characters.": the limit is only in the message.
        const max = /\d+/.exec(error.message ?? '')?.[0];
        return max ? t('fieldError.text.tooLong', { max }) : error.message;
      }
      return t(`fieldError.${error.code}`);
    },
    [t],
  );
}

/** Field errors by field; the first one wins when the server sends two for the same field. */
export function errorsByField(errors: FieldError[] | undefined): Record<string, FieldError> {
  const result: Record<string, FieldError> = {};
  for (const error of errors ?? []) {
    if (error && typeof error.field === 'string' && !(error.field in result)) result[error.field] = error;
  }
  return result;
}
