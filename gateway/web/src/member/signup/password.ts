/** Shortest password the web accepts before asking the server (the server checks again). */
export const MIN_PASSWORD_LENGTH = 8;

export type PasswordStrength = 'tooShort' | 'weak' | 'fair' | 'strong';

/**
 * A rough hint, not a rule: length counts most, mixing letters, digits and symbols a little. Only
 * {@link MIN_PASSWORD_LENGTH} is enforced; the rest just nudges towards longer passwords.
 */
export function passwordStrength(password: string): PasswordStrength {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'tooShort';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((kind) => kind.test(password)).length;
  const uniform = new Set(password).size <= 2;
  if (uniform) return 'weak';
  if (length >= 16 || (length >= 12 && kinds >= 3)) return 'strong';
  if (length >= 12 || kinds >= 3) return 'fair';
  return 'weak';
}
