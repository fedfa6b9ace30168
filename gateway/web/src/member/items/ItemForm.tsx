import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type ProblemDetail, problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { useFieldErrorText } from '../profile/fieldErrors';
import { useFormat } from '../format';
import type { FieldDef, ItemValue } from './api';

type FormValue = string | number | boolean;

/** What an input holds for a stored value: text for text-like fields, a number or '' for numbers. */
function toFormValue(field: FieldDef, value: ItemValue | undefined): FormValue {
  if (field.type === 'BOOLEAN') return value === true || value === 'true';
  if (field.type === 'NUMBER' || field.type === 'MONEY') {
    if (typeof value === 'number') return value;
    return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : '';
  }
  return value === null || value === undefined ? '' : String(value);
}

/** What the API takes: trimmed text or null, a number or null, a boolean. */
function toValue(field: FieldDef, value: FormValue): ItemValue {
  if (field.type === 'BOOLEAN') return value === true;
  if (field.type === 'NUMBER' || field.type === 'MONEY') return value === '' || value === null ? null : Number(value);
  const text = String(value ?? '').trim();
  return text === '' ? null : text;
}

function isEmpty(field: FieldDef, value: FormValue): boolean {
  return field.type !== 'BOOLEAN' && (value === '' || (typeof value === 'string' && value.trim() === ''));
}

/** A field error's field as the service names it: `values.brand` or `brand`. */
function fieldKeyOf(path: string): string {
  return path.startsWith('values.') ? path.slice('values.'.length) : path;
}

export interface ItemFormProps {
  /** The member-editable fields, in order. */
  fields: FieldDef[];
  initial?: Record<string, ItemValue>;
  submitLabel: string;
  /** Saves; throws the API's error, which the form shows next to the fields or as a problem. */
  onSubmit: (values: Record<string, ItemValue>) => Promise<void>;
  onCancel?: () => void;
  /** Loads the latest version after a 409 (the form is then shown again with it). */
  onReload?: () => Promise<unknown>;
  testId?: string;
}

/** An item's form, generated from the configured fields (label in the UI language, type, required). */
export function ItemForm({ fields, initial = {}, submitLabel, onSubmit, onCancel, onReload, testId = 'item-form' }: ItemFormProps) {
  const { t } = useTranslation();
  const { text } = useFormat();
  const errorText = useFieldErrorText();
  const idBase = useId();
  const [values, setValues] = useState<Record<string, FormValue>>(() => Object.fromEntries(fields.map((field) => [field.key, toFormValue(field, initial[field.key])])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ProblemDetail | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [saving, setSaving] = useState(false);
  const inputId = (key: string) => `${idBase}-${key}`;

  const change = (key: string, value: FormValue) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: '' }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || conflict) return;
    setProblem(null);
    const missing = fields.filter((field) => field.required && isEmpty(field, values[field.key]));
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((field) => [field.key, t('items.form.required')])));
      document.getElementById(inputId(missing[0].key))?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSubmit(Object.fromEntries(fields.map((field) => [field.key, toValue(field, values[field.key])])));
    } catch (error) {
      if (isApiError(error) && (error.status === 409 || error.status === 428) && onReload) {
        setConflict(true);
      } else if (isApiError(error) && error.status === 400 && error.problem.errors?.length) {
        const known = new Set(fields.map((field) => field.key));
        const next: Record<string, string> = {};
        const others = [];
        for (const fieldError of error.problem.errors) {
          const key = fieldKeyOf(fieldError.field ?? '');
          if (known.has(key) && !next[key]) next[key] = errorText(fieldError);
          else if (!known.has(key)) others.push(fieldError);
        }
        setErrors(next);
        if (others.length) setProblem({ ...error.problem, errors: others });
      } else {
        setProblem(problemOf(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload?.();
    } finally {
      setReloading(false);
    }
  };

  const input = (field: FieldDef): ReactNode => {
    const common = {
      id: inputId(field.key),
      label: text(field.label, field.key),
      withAsterisk: field.required,
      'aria-required': field.required || undefined,
      error: errors[field.key] || undefined,
      errorProps: { 'data-testid': `error-${field.key}` },
      disabled: saving || conflict,
      'data-testid': `field-${field.key}`,
      'data-field-type': field.type,
    };
    const value = values[field.key];
    switch (field.type) {
      case 'LONG_TEXT':
        return <Textarea {...common} rows={3} value={String(value)} onChange={(event) => change(field.key, event.currentTarget.value)} />;
      case 'NUMBER':
        return <NumberInput {...common} inputMode="numeric" allowDecimal={false} value={value as number | string} onChange={(next) => change(field.key, next)} />;
      case 'MONEY':
        return (
          <NumberInput
            {...common}
            inputMode="numeric"
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            rightSection={<Text size="sm" c="dimmed">{t('items.form.yen')}</Text>}
            value={value as number | string}
            onChange={(next) => change(field.key, next)}
          />
        );
      case 'SELECT':
        return (
          <NativeSelect
            {...common}
            value={String(value)}
            onChange={(event) => change(field.key, event.currentTarget.value)}
            data={[{ value: '', label: t('items.form.choose') }, ...field.options.map((option) => ({ value: option.value, label: text(option.label, option.value) }))]}
          />
        );
      case 'BOOLEAN':
        return (
          <Checkbox
            id={common.id}
            label={common.label}
            error={common.error}
            disabled={common.disabled}
            data-testid={common['data-testid']}
            data-field-type={field.type}
            checked={value === true}
            onChange={(event) => change(field.key, event.currentTarget.checked)}
          />
        );
      case 'DATE':
        return <TextInput {...common} type="date" value={String(value)} onChange={(event) => change(field.key, event.currentTarget.value)} />;
      default:
        return <TextInput {...common} value={String(value)} onChange={(event) => change(field.key, event.currentTarget.value)} />;
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid={testId}>
      <Stack gap="sm">
        {fields.some((field) => field.required) && (
          <Text size="xs" c="dimmed">
            {t('items.form.requiredHint')}
          </Text>
        )}
        {fields.map((field) => (
          <div key={field.key}>{input(field)}</div>
        ))}
        {conflict && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('items.conflict.title')} data-testid="item-conflict" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('items.conflict.text')}</Text>
              <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={16} />} loading={reloading} onClick={() => void reload()} data-testid="item-conflict-reload">
                {t('items.conflict.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        {problem && <ProblemDetails problem={problem} />}
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={saving}>
              {t('items.form.cancel')}
            </Button>
          )}
          <Button type="submit" loading={saving} disabled={conflict} data-testid={`${testId}-submit`}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
