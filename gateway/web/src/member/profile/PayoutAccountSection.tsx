import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, ThemeIcon } from '@mantine/core';
import { IconBuildingBank, IconCheck, IconPencil } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { ACCOUNT_TYPES, type AccountType, type MemberRecord, type PayoutAccountInput, type PayoutAccountView } from './api';
import { errorsByField, useFieldErrorText } from './fieldErrors';
import { inputId, PAYOUT_FIELDS, type PayoutField, payoutInput, payoutValues, sameValues } from './fields';
import { FormSection, SaveBar, saveFailure, useEditedValues, OtherErrorsAlert } from './parts';
import classes from './ProfilePage.module.css';

export interface PayoutAccountSectionProps {
  record: MemberRecord;
  onSave: (input: PayoutAccountInput) => Promise<MemberRecord>;
  onConflict: () => void;
  conflictAlert: ReactNode;
  blocked: boolean;
}

function isAccountType(value: string): value is AccountType {
  return (ACCOUNT_TYPES as readonly string[]).includes(value);
}

function AccountSummary({ account }: { account: PayoutAccountView }) {
  const { t } = useTranslation();
  const type = isAccountType(account.accountType) ? t(`profile.accountType.${account.accountType}`) : account.accountType;
  return (
    <dl className={classes.summary} data-testid="payout-summary">
      <dt>{t('profile.field.bankName')}</dt>
      <dd data-testid="payout-summary-bankName">{account.bankName}</dd>
      <dt>{t('profile.field.branchName')}</dt>
      <dd data-testid="payout-summary-branchName">{account.branchName}</dd>
      <dt>{t('profile.field.accountType')}</dt>
      <dd data-testid="payout-summary-accountType">{type}</dd>
      <dt>{t('profile.field.accountNumber')}</dt>
      <dd>
        <Text span ff="monospace" fw={600} data-testid="payout-maskedAccountNumber">
          {account.maskedAccountNumber}
        </Text>
      </dd>
      <dt>{t('profile.field.holderKana')}</dt>
      <dd data-testid="payout-summary-holderKana">{account.holderKana}</dd>
    </dl>
  );
}

/**
 * 振込先口座: shown with the number masked; changing it means giving the whole account again, the
 * number typed in full (the page never has it, and a new bank must never meet an old number).
 */
export function PayoutAccountSection({ record, onSave, onConflict, conflictAlert, blocked }: PayoutAccountSectionProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const account = record.payoutAccount;
  const [editing, setEditing] = useState(account === null);
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<Parameters<typeof ProblemDetails>[0]['problem'] | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<false | 'saved' | 'pending'>(false);
  const { values, setValues, errors, setErrors, setFocusField, set } = useEditedValues<PayoutField>('payout', () => payoutValues(account), () => setSaved(false));



  const startEditing = () => {
    setValues(payoutValues(account));
    setErrors({});
    setOtherErrors([]);
    setProblem(null);
    setSaved(false);
    setEditing(true);
  };

  const cancel = () => {
    setValues(payoutValues(account));
    setErrors({});
    setOtherErrors([]);
    setProblem(null);
    setEditing(false);
  };

  const showErrors = (list: FieldError[]) => {
    const byField = errorsByField(list);
    const known = Object.fromEntries(Object.entries(byField).filter(([field]) => (PAYOUT_FIELDS as readonly string[]).includes(field)));
    setErrors(known);
    setOtherErrors(list.filter((item) => !(PAYOUT_FIELDS as readonly string[]).includes(item.field)));
    setFocusField(PAYOUT_FIELDS.find((field) => field in known) ?? null);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || blocked) return;
    setProblem(null);
    setOtherErrors([]);
    // Every field is required: say so at once. Anything typed goes to the server as typed.
    const empty: FieldError[] = PAYOUT_FIELDS.filter((field) => values[field].trim() === '').map((field) =>
      field === 'accountNumber' && account
        ? { field, code: 'accountNumber.retype', message: 'Enter the whole account number again.' }
        : { field, code: 'required', message: 'Required.' },
    );
    if (empty.length > 0) {
      showErrors(empty);
      return;
    }
    setSaving(true);
    try {
      const member = await onSave(payoutInput(values));
      setErrors({});
      setEditing(false);
      setSaved((member.pendingChangeRequests ?? []).some((request) => request.kind === 'PAYOUT_ACCOUNT') ? 'pending' : 'saved');
    } catch (error) {
      const failure = saveFailure(error);
      if (failure.kind === 'conflict') onConflict();
      else if (failure.kind === 'fields') showErrors(failure.errors);
      else setProblem(failure.problem);
    } finally {
      setSaving(false);
    }
  };

  const field = (name: PayoutField) => {
    const id = inputId('payout', name);
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
      required: true,
    };
  };

  const savedNotice = saved && !editing && (
    <Group gap={6} wrap="nowrap" role="status" data-testid="payout-saved">
      <ThemeIcon color="teal" variant="light" radius="xl" size="sm" aria-hidden>
        <IconCheck size={14} />
      </ThemeIcon>
      <Text size="sm" c="teal.9" fw={600}>
        {saved === 'pending' ? t('changeRequest.member.nowPending') : t('profile.payout.saved')}
      </Text>
    </Group>
  );

  return (
    <FormSection title={t('profile.section.payout')} icon={<IconBuildingBank size={20} />} testId="payout-section">
      <Text size="sm" c="dimmed">
        {t('profile.payout.intro')}
      </Text>
      {!editing && account ? (
        <Stack gap="md">
          <AccountSummary account={account} />
          {savedNotice}
          {conflictAlert}
          <Button variant="light" size="md" leftSection={<IconPencil size={18} />} onClick={startEditing} disabled={blocked} data-testid="payout-edit">
            {t('profile.payout.edit')}
          </Button>
        </Stack>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)} className={classes.form} data-testid="payout-form" aria-label={t('profile.section.payout')}>
          <Stack gap="md">
            {account ? (
              <Alert variant="light" color="indigo" radius="md" data-testid="payout-retype">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{t('profile.payout.retype', { masked: account.maskedAccountNumber })}</Text>
                  <Button variant="default" size="sm" onClick={cancel} disabled={saving} data-testid="payout-cancel">
                    {t('profile.payout.cancel')}
                  </Button>
                </Stack>
              </Alert>
            ) : (
              <Text size="sm">{t('profile.payout.none')}</Text>
            )}
            <TextInput {...field('bankName')} placeholder={t('profile.placeholder.bankName')} />
            <TextInput {...field('branchName')} placeholder={t('profile.placeholder.branchName')} />
            <NativeSelect
              {...field('accountType')}
              data={ACCOUNT_TYPES.map((type) => ({ value: type, label: t(`profile.accountType.${type}`) }))}
              maw={240}
            />
            <TextInput
              {...field('accountNumber')}
              inputMode="numeric"
              autoComplete="off"
              placeholder={t('profile.placeholder.accountNumber')}
              description={t('profile.hint.accountNumber')}
              maw={320}
            />
            <TextInput {...field('holderKana')} lang="ja" placeholder={t('profile.placeholder.holderKana')} description={t('profile.hint.holderKana')} />
            <OtherErrorsAlert section="payout" errors={otherErrors} />
            {problem && <ProblemDetails problem={problem} />}
            {conflictAlert}
            <SaveBar
              section="payout"
              label={t('profile.savePayout')}
              saving={saving}
              dirty={!sameValues(values, payoutValues(account))}
              saved={false}
              errorCount={Object.keys(errors).length + otherErrors.length}
              disabled={blocked}
            />
          </Stack>
        </form>
      )}
    </FormSection>
  );
}
