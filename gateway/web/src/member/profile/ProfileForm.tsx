import { NativeSelect, SimpleGrid, Stack, Text, TextInput, type TextInputProps } from '@mantine/core';
import { IconCake, IconHome, IconUser } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { currentLanguage } from '../../shared/i18n';
import type { MemberRecord, ProfileInput } from './api';
import { errorsByField, useFieldErrorText } from './fieldErrors';
import { inputId, PROFILE_FIELDS, type ProfileField, profileInput, type ProfileValues, profileValues, sameValues } from './fields';
import { FormSection, type SavedState, SaveBar, saveFailure, useEditedValues, OtherErrorsAlert } from './parts';
import { PREFECTURES } from './prefectures';
import classes from './ProfilePage.module.css';

export interface ProfileFormProps {
  record: MemberRecord;
  /** Saves with the page's current version; resolves with the record as stored (normalised). */
  onSave: (input: ProfileInput) => Promise<MemberRecord>;
  onConflict: () => void;
  /** The conflict alert, when this form's save hit a 409. */
  conflictAlert: ReactNode;
  /** A conflict anywhere on the page: saving again would only be refused. */
  blocked: boolean;
}

/** `1990-04-01` as the reader writes dates (with the Japanese era in Japanese), or null. */
function formatBirthDate(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  try {
    if (currentLanguage() === 'ja') {
      const western = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
      const era = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
      return `${western}（${era}）`;
    }
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

/** Fields whose change waits for staff once the member is verified. */
const VERIFIED_FIELDS: readonly ProfileField[] = [
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'birthDate',
  'address.postalCode',
  'address.prefecture',
  'address.city',
  'address.line1',
  'address.line2',
];

/** Whether the save asked for a change of verified data that now waits for staff. */
function nowPending(member: MemberRecord, sent: ProfileValues, now: ProfileValues): boolean {
  const waiting = (member.pendingChangeRequests ?? []).some((request) => request.kind === 'PROFILE');
  return waiting && VERIFIED_FIELDS.some((field) => sent[field].trim() !== now[field]);
}

/**
 * お名前, 生年月日・ご職業, ご連絡先・ご住所: one form (the API takes the whole profile at once) in
 * three sections, with one sticky save bar. Whatever the member types is sent as typed; the server
 * normalises it, and the form then shows what was stored.
 */
export function ProfileForm({ record, onSave, onConflict, conflictAlert, blocked }: ProfileFormProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const [stored, setStored] = useState<ProfileValues>(() => profileValues(record.profile));
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<Parameters<typeof ProblemDetails>[0]['problem'] | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<SavedState>(false);
  const { values, setValues, errors, setErrors, setFocusField, set } = useEditedValues<ProfileField>('profile', () => stored, () => setSaved(false));



  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || blocked) return;
    setSaving(true);
    setProblem(null);
    setOtherErrors([]);
    const sent = values;
    try {
      const member = await onSave(profileInput(sent));
      const now = profileValues(member.profile);
      setStored(now);
      setValues(now);
      setErrors({});
      setSaved(nowPending(member, sent, now) ? 'pending' : sameValues(now, sent) ? 'saved' : 'normalized');
    } catch (error) {
      const failure = saveFailure(error);
      if (failure.kind === 'conflict') {
        onConflict();
      } else if (failure.kind === 'fields') {
        const byField = errorsByField(failure.errors);
        const known = Object.fromEntries(Object.entries(byField).filter(([field]) => (PROFILE_FIELDS as readonly string[]).includes(field)));
        setErrors(known);
        setOtherErrors(failure.errors.filter((item) => !(PROFILE_FIELDS as readonly string[]).includes(item.field)));
        setFocusField(PROFILE_FIELDS.find((field) => field in known) ?? null);
      } else {
        setProblem(failure.problem);
      }
    } finally {
      setSaving(false);
    }
  };

  const field = (name: ProfileField, extra: TextInputProps & Record<string, unknown> = {}) => {
    const id = inputId('profile', name);
    const error = errors[name];
    return {
      id,
      'data-testid': id,
      label: t(`profile.field.${name}`),
      value: values[name],
      onChange: set(name),
      error: error ? errorText(error) : undefined,
      errorProps: { 'data-testid': `error-${name}` },
      size: 'md' as const,
      ...extra,
    };
  };

  const birthDateOnRecord = values.birthDate && values.birthDate === stored.birthDate ? formatBirthDate(stored.birthDate) : null;
  const language = currentLanguage();
  const prefectureOptions = [
    { value: '', label: t('profile.choose') },
    ...PREFECTURES.map((prefecture) => ({
      value: prefecture.name,
      label: language === 'ja' ? prefecture.name : `${prefecture.romaji} (${prefecture.name})`,
    })),
    // A stored value outside the list (should not happen: the server stores the 47 names) stays visible.
    ...(values['address.prefecture'] && !PREFECTURES.some((prefecture) => prefecture.name === values['address.prefecture'])
      ? [{ value: values['address.prefecture'], label: values['address.prefecture'] }]
      : []),
  ];
  const optional = (label: string) => (
    <>
      {label}{' '}
      <Text span size="xs" c="dimmed" fw={400}>
        （{t('profile.optional')}）
      </Text>
    </>
  );
  const errorCount = Object.keys(errors).length + otherErrors.length;

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className={classes.form} data-testid="profile-form" aria-label={t('profile.title')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('profile.typingHint')}
        </Text>
        <FormSection title={t('profile.section.name')} icon={<IconUser size={20} />} testId="profile-section-name">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="md">
            <TextInput {...field('familyName', { autoComplete: 'family-name', placeholder: t('profile.placeholder.familyName') })} />
            <TextInput {...field('givenName', { autoComplete: 'given-name', placeholder: t('profile.placeholder.givenName') })} />
            <TextInput
              {...field('familyNameKana', { placeholder: t('profile.placeholder.familyNameKana'), description: t('profile.hint.kana') })}
              lang="ja"
            />
            <TextInput
              {...field('givenNameKana', { placeholder: t('profile.placeholder.givenNameKana'), description: t('profile.hint.kana') })}
              lang="ja"
            />
          </SimpleGrid>
        </FormSection>

        <FormSection title={t('profile.section.birth')} icon={<IconCake size={20} />} testId="profile-section-birth">
          <TextInput
            {...field('birthDate', {
              autoComplete: 'bday',
              placeholder: t('profile.placeholder.birthDate'),
              description: birthDateOnRecord ? t('profile.hint.birthDateOnRecord', { date: birthDateOnRecord }) : t('profile.hint.birthDate'),
            })}
            descriptionProps={{ 'data-testid': 'profile-birthDate-description' }}
          />
          <TextInput {...field('occupation', { placeholder: t('profile.placeholder.occupation'), description: t('profile.hint.occupation') })} />
        </FormSection>

        <FormSection title={t('profile.section.contact')} icon={<IconHome size={20} />} testId="profile-section-contact">
          <TextInput
            {...field('phone', { type: 'tel', inputMode: 'tel', autoComplete: 'tel', placeholder: t('profile.placeholder.phone'), description: t('profile.hint.phone') })}
          />
          <TextInput
            {...field('address.postalCode', {
              inputMode: 'numeric',
              autoComplete: 'postal-code',
              placeholder: t('profile.placeholder.postalCode'),
              description: t('profile.hint.postalCode'),
              maw: 240,
            })}
          />
          <NativeSelect
            id={inputId('profile', 'address.prefecture')}
            data-testid={inputId('profile', 'address.prefecture')}
            label={t('profile.field.address.prefecture')}
            value={values['address.prefecture']}
            onChange={set('address.prefecture')}
            data={prefectureOptions}
            autoComplete="address-level1"
            error={errors['address.prefecture'] ? errorText(errors['address.prefecture']) : undefined}
            errorProps={{ 'data-testid': 'error-address.prefecture' }}
            size="md"
            maw={240}
          />
          <TextInput {...field('address.city', { autoComplete: 'address-level2', placeholder: t('profile.placeholder.city') })} />
          <TextInput {...field('address.line1', { autoComplete: 'address-line1', placeholder: t('profile.placeholder.line1') })} />
          <TextInput
            {...field('address.line2', { autoComplete: 'address-line2', placeholder: t('profile.placeholder.line2') })}
            label={optional(t('profile.field.address.line2'))}
          />
        </FormSection>

        <OtherErrorsAlert section="profile" errors={otherErrors} />
        {problem && <ProblemDetails problem={problem} />}
        {conflictAlert}
        <SaveBar
          section="profile"
          label={t('profile.saveProfile')}
          saving={saving}
          dirty={!sameValues(values, stored)}
          saved={saved}
          savedText={saved === 'pending' ? t('changeRequest.member.nowPending') : undefined}
          errorCount={errorCount}
          disabled={blocked}
          idleText={t('profile.saveAnytime')}
        />
      </Stack>
    </form>
  );
}
