import type { PayoutAccountInput, PayoutAccountView, Profile, ProfileInput } from './api';

/** The profile's fields by their API names (the `field` of a field error, the `missingFields` entries). */
export const PROFILE_FIELDS = [
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'birthDate',
  'occupation',
  'phone',
  'address.postalCode',
  'address.prefecture',
  'address.city',
  'address.line1',
  'address.line2',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileValues = Record<ProfileField, string>;

export const PAYOUT_FIELDS = ['bankName', 'branchName', 'accountType', 'accountNumber', 'holderKana'] as const;
export type PayoutField = (typeof PAYOUT_FIELDS)[number];
export type PayoutValues = Record<PayoutField, string>;

/** What `missingFields` can name: every profile field but line 2 (optional), and the payout account. */
export const REQUIRED_FIELDS = [...PROFILE_FIELDS.filter((field) => field !== 'address.line2'), 'payoutAccount'] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

export function isRequiredField(field: string): field is RequiredField {
  return (REQUIRED_FIELDS as readonly string[]).includes(field);
}

/** The DOM id (and test id) of a field's input: `profile-address-postalCode`, `payout-accountNumber`. */
export function inputId(section: 'profile' | 'payout', field: string): string {
  return `${section}-${field.replace(/\./g, '-')}`;
}

/** Where the completeness list sends the member for a missing field. */
export function inputIdOfMissing(field: string): string {
  return field === 'payoutAccount' ? inputId('payout', 'bankName') : inputId('profile', field);
}

export function profileValues(profile: Profile): ProfileValues {
  const address = profile.address ?? { postalCode: null, prefecture: null, city: null, line1: null, line2: null };
  return {
    familyName: profile.familyName ?? '',
    givenName: profile.givenName ?? '',
    familyNameKana: profile.familyNameKana ?? '',
    givenNameKana: profile.givenNameKana ?? '',
    birthDate: profile.birthDate ?? '',
    occupation: profile.occupation ?? '',
    phone: profile.phone ?? '',
    'address.postalCode': address.postalCode ?? '',
    'address.prefecture': address.prefecture ?? '',
    'address.city': address.city ?? '',
    'address.line1': address.line1 ?? '',
    'address.line2': address.line2 ?? '',
  };
}

/** The request body: every field as typed (the server normalises and validates). */
export function profileInput(values: ProfileValues): ProfileInput {
  return {
    familyName: values.familyName,
    givenName: values.givenName,
    familyNameKana: values.familyNameKana,
    givenNameKana: values.givenNameKana,
    birthDate: values.birthDate,
    phone: values.phone,
    address: {
      postalCode: values['address.postalCode'],
      prefecture: values['address.prefecture'],
      city: values['address.city'],
      line1: values['address.line1'],
      line2: values['address.line2'],
    },
    occupation: values.occupation,
  };
}

/** The payout form starts from the stored account, but never with its number: that is typed anew. */
export function payoutValues(account: PayoutAccountView | null): PayoutValues {
  return {
    bankName: account?.bankName ?? '',
    branchName: account?.branchName ?? '',
    accountType: account?.accountType ?? 'ORDINARY',
    accountNumber: '',
    holderKana: account?.holderKana ?? '',
  };
}

export function payoutInput(values: PayoutValues): PayoutAccountInput {
  return { ...values };
}

export function sameValues<T extends Record<string, string>>(a: T, b: T): boolean {
  return Object.keys(a).every((key) => a[key] === b[key]);
}
