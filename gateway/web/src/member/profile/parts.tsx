import { Alert, Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconRefresh } from '@tabler/icons-react';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldError, type ProblemDetail } from '../../shared/api/problem';
import { useFieldErrorText } from './fieldErrors';
import { inputId } from './fields';
import classes from './ProfilePage.module.css';

/** One titled block of the page (お名前, 振込先口座, ...). */
export function FormSection({ title, icon, children, testId }: { title: string; icon: ReactNode; children: ReactNode; testId?: string }) {
  const headingId = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId} data-testid={testId}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" radius="md" size="lg" aria-hidden>
            {icon}
          </ThemeIcon>
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** Focuses an input and brings it to the middle of the screen (clear of the header and the save bar). */
export function focusInput(id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  input.focus({ preventScroll: true });
  input.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
}

/** `pending`: saved, but a change of verified data now waits for staff approval. */
export type SavedState = false | 'saved' | 'normalized' | 'pending';

export interface SaveBarProps {
  section: 'profile' | 'payout';
  label: string;
  saving: boolean;
  dirty: boolean;
  saved: SavedState;
  savedText?: string;
  errorCount: number;
  disabled?: boolean;
  idleText?: string;
}

/** The sticky bar at the end of a form: what state the form is in, and its save button. */
export function SaveBar({ section, label, saving, dirty, saved, savedText, errorCount, disabled, idleText }: SaveBarProps) {
  const { t } = useTranslation();
  let status: ReactNode = idleText ? (
    <Text size="sm" c="dimmed">
      {idleText}
    </Text>
  ) : null;
  if (errorCount > 0) {
    status = (
      <Text size="sm" c="red.8" fw={600}>
        {t('profile.errorCount', { count: errorCount })}
      </Text>
    );
  } else if (saved) {
    status = (
      <Group gap={6} wrap="nowrap" data-testid={`${section}-saved`}>
        <ThemeIcon color="teal" variant="light" radius="xl" size="sm" aria-hidden>
          <IconCheck size={14} />
        </ThemeIcon>
        <Text size="sm" c="teal.9" fw={600}>
          {savedText ?? (saved === 'normalized' ? t('profile.savedNormalized') : t('profile.saved'))}
        </Text>
      </Group>
    );
  } else if (dirty) {
    status = (
      <Text size="sm" c="orange.9" fw={600}>
        {t('profile.unsaved')}
      </Text>
    );
  }
  return (
    <div className={classes.saveBar}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <div className={classes.saveStatus} role="status" aria-live="polite">
          {status}
        </div>
        <Button type="submit" size="md" loading={saving} disabled={disabled} data-testid={`${section}-save`}>
          {label}
        </Button>
      </Group>
    </div>
  );
}

/** What a failed save means for the form. */
export type SaveFailure =
  | { kind: 'fields'; errors: FieldError[] }
  | { kind: 'conflict' }
  | { kind: 'problem'; problem: ProblemDetail };

export function saveFailure(error: unknown): SaveFailure {
  if (isApiError(error)) {
    if (error.status === 409) return { kind: 'conflict' };
    if (error.status === 400 && error.problem.errors?.length) return { kind: 'fields', errors: error.problem.errors };
    return { kind: 'problem', problem: error.problem };
  }
  return { kind: 'problem', problem: { detail: error instanceof Error ? error.message : String(error) } };
}

/**
 * 409: the record changed since this page read it (another tab, another device). The only way on is
 * to load the latest version; the page then starts over from it.
 */
export function ConflictAlert({ onReload }: { onReload: () => Promise<boolean> }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [reloading, setReloading] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, []);
  const reload = async () => {
    setReloading(true);
    setFailed(false);
    const ok = await onReload().catch(() => false);
    // On success this alert is gone (the page starts over); otherwise say so and offer it again.
    if (!ok) {
      setFailed(true);
      setReloading(false);
    }
  };
  return (
    <Alert
      ref={ref}
      color="orange"
      variant="light"
      radius="md"
      title={t('profile.conflict.title')}
      icon={<IconAlertTriangle size={20} />}
      role="alert"
      data-testid="profile-conflict"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('profile.conflict.text')}</Text>
        {failed && (
          <Text size="sm" c="red.8">
            {t('profile.conflict.reloadFailed')}
          </Text>
        )}
        <Button color="orange" leftSection={<IconRefresh size={18} />} loading={reloading} onClick={() => void reload()} data-testid="profile-reload">
          {t('profile.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * What both forms keep while a member types: the values as typed, the field errors (one clears as
 * soon as its field is edited), and focus moved to the first bad field after a refused save.
 */
export function useEditedValues<F extends string>(
  section: 'profile' | 'payout',
  initial: () => Record<F, string>,
  onEdit: () => void,
) {
  const [values, setValues] = useState<Record<F, string>>(initial);
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [focusField, setFocusField] = useState<string | null>(null);

  useEffect(() => {
    if (!focusField) return;
    focusInput(inputId(section, focusField));
    setFocusField(null);
  }, [focusField, section]);

  const set = (field: F) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: value }));
    onEdit();
    setErrors((current) => {
      if (!(field in current)) return current;
      const rest = { ...current };
      delete rest[field];
      return rest;
    });
  };

  return { values, setValues, errors, setErrors, setFocusField, set };
}

/** Errors the server reported for fields this form has no input for, listed above the save bar. */
export function OtherErrorsAlert({ section, errors }: { section: 'profile' | 'payout'; errors: FieldError[] }) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  if (errors.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={t('profile.otherErrors')} data-testid={`${section}-other-errors`}>
      <List size="sm">
        {errors.map((error, index) => (
          <List.Item key={`${error.field}-${index}`}>{errorText(error)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
