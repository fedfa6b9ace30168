import { Badge, Checkbox, Group, NativeSelect, NumberInput, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDef, FieldValue } from './api';
import { inLanguage } from './format';

export interface FieldInputProps {
  field: FieldDef;
  value: FieldValue | undefined;
  onChange: (value: FieldValue) => void;
  /** The problem the server reported for this field. */
  error?: string;
  /** A required field that is still empty on the stored item. */
  missing?: boolean;
  disabled?: boolean;
}

export const fieldInputId = (key: string) => `item-field-${key}`;

/** Empty text is no value. */
const textOrNull = (text: string): FieldValue => (text === '' ? null : text);

/**
 * One item field as its type asks: text, long text, number, yen amount, a choice among translated
 * options, yes/no or a date. Required fields are marked; a member-editable one says the member may
 * have entered it.
 */
export function FieldInput({ field, value, onChange, error, missing, disabled }: FieldInputProps) {
  const { t, i18n } = useTranslation();
  const id = fieldInputId(field.key);
  const label: ReactNode = (
    <Group gap={6} component="span" wrap="nowrap" display="inline-flex">
      <span>{inLanguage(field.label, i18n.language)}</span>
      {field.memberEditable ? (
        <Badge size="xs" variant="light" color="blue">
          {t('adminItems.editor.memberField')}
        </Badge>
      ) : (
        <Badge size="xs" variant="light" color="gray">
          {t('adminItems.editor.staffField')}
        </Badge>
      )}
      {missing && (
        <Badge size="xs" variant="filled" color="red">
          {t('adminItems.editor.missing')}
        </Badge>
      )}
    </Group>
  );
  const common = {
    id,
    label,
    required: field.required,
    error,
    disabled,
    'data-testid': id,
    'data-type': field.type,
  };

  switch (field.type) {
    case 'LONG_TEXT':
      return (
        <Textarea
          {...common}
          rows={4}
          resize="vertical"
          value={typeof value === 'string' ? value : (value ?? '').toString()}
          onChange={(event) => onChange(textOrNull(event.currentTarget.value))}
        />
      );
    case 'NUMBER':
    case 'MONEY':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(next === '' ? null : typeof next === 'number' ? next : Number(next))}
          thousandSeparator=","
          allowDecimal={field.type === 'NUMBER'}
          allowNegative={false}
          prefix={field.type === 'MONEY' ? '¥' : undefined}
          hideControls={field.type === 'MONEY'}
          w={240}
        />
      );
    case 'SELECT':
      return (
        <NativeSelect
          {...common}
          data={[
            { value: '', label: t('adminItems.editor.noChoice') },
            ...field.options.map((option) => ({ value: option.value, label: inLanguage(option.label, i18n.language) })),
            // A value that is no longer among the options stays visible (and selected) as it is.
            ...(typeof value === 'string' && value !== '' && !field.options.some((option) => option.value === value) ? [{ value, label: value }] : []),
          ]}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(textOrNull(event.currentTarget.value))}
          w={320}
        />
      );
    case 'BOOLEAN':
      return (
        <Checkbox
          id={id}
          label={label}
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
          error={error}
          disabled={disabled}
          data-testid={id}
          data-type={field.type}
        />
      );
    case 'DATE':
      return (
        <TextInput
          {...common}
          type="date"
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(textOrNull(event.currentTarget.value))}
          w={200}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          value={typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)}
          onChange={(event) => onChange(textOrNull(event.currentTarget.value))}
        />
      );
  }
}
