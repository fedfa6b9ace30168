import type { FieldError } from '../../shared/api/problem';
import type { RequestTypeConfig, StatusDef, Transition } from '../requests/api';

/** A status being edited; `key` stays the same while the code of a new status is typed. */
export interface DraftStatus extends StatusDef {
  key: string;
  /** Not saved yet: its code may still be chosen. */
  isNew: boolean;
  /** Where a removed status stood, to put it back there. */
  removedFrom?: number;
}

/** The editor's copy of a type's configuration: statuses in order, the removed ones kept to undo, transitions by key. */
export interface Draft {
  statuses: DraftStatus[];
  removed: DraftStatus[];
  /** `fromKey>toKey` */
  transitions: Set<string>;
}

export const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
export const TEMPLATE_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const MAX_CODE = 40;
const MAX_TEXT = 60;
/** A year (366 days). */
export const MAX_TIME_LIMIT_HOURS = 24 * 366;

export const pair = (from: string, to: string) => `${from}>${to}`;

export function draftOf(config: RequestTypeConfig): Draft {
  const statuses = [...config.statuses].sort((a, b) => a.order - b.order).map((status) => ({ ...status, key: status.code, isNew: false }));
  return { statuses, removed: [], transitions: new Set(config.transitions.map((transition) => pair(transition.from, transition.to))) };
}

let counter = 0;
export function newStatus(order: number): DraftStatus {
  counter += 1;
  return {
    key: `new-${Date.now()}-${counter}`,
    isNew: true,
    code: '',
    name: { ja: '', en: '' },
    memberLabel: { ja: '', en: '' },
    order,
    color: { background: '#e9ecef', text: '#212529' },
    initial: false,
    terminal: false,
    retired: false,
    mailOnEntry: false,
    mailTemplate: null,
    timeLimitHours: null,
    kitWithMember: false,
    itemsReceived: false,
    requiresVerifiedMember: false,
  };
}

/** What the configuration looks like to the service: statuses numbered in order, transitions by code. */
export function bodyOf(draft: Draft): { statuses: StatusDef[]; transitions: Transition[] } {
  const codeOf = new Map(draft.statuses.map((status) => [status.key, status.code]));
  const statuses = draft.statuses.map(({ key: _key, isNew: _isNew, removedFrom: _removedFrom, ...status }, index) => ({
    ...status,
    order: index + 1,
    mailTemplate: status.mailTemplate?.trim() || null,
  }));
  const transitions: Transition[] = [];
  for (const from of draft.statuses) {
    for (const to of draft.statuses) {
      if (draft.transitions.has(pair(from.key, to.key))) transitions.push({ from: codeOf.get(from.key)!, to: codeOf.get(to.key)! });
    }
  }
  return { statuses, transitions };
}

/** Problems of one status by its field path (`code`, `name.ja`, `color.background`, ...), as translation keys or server messages. */
export type StatusProblems = Record<string, string>;

export interface Validation {
  byStatus: Map<string, StatusProblems>;
  /** Translation keys of problems of the whole configuration (e.g. no initial status). */
  general: string[];
}

/**
 * The rules workflow-service enforces (its ConfigurationCheck), checked before sending so that
 * nothing is sent that would be refused: codes unique and `^[A-Z][A-Z0-9_]*$`, exactly one initial
 * status (neither retired nor terminal), colours `#rrggbb`, name and label in both languages, a
 * time limit of 1 hour to a year and none on a terminal status, a template named in small letters
 * when entering mails, no transition leaving a terminal status. Values are translation keys under
 * `statusConfig.error.`.
 */
export function validate(draft: Draft): Validation {
  const byStatus = new Map<string, StatusProblems>();
  const add = (key: string, field: string, problem: string) => {
    const problems = byStatus.get(key) ?? {};
    if (!problems[field]) problems[field] = problem;
    byStatus.set(key, problems);
  };
  const codes = new Map<string, number>();
  for (const status of [...draft.statuses, ...draft.removed]) codes.set(status.code, (codes.get(status.code) ?? 0) + 1);
  const leaving = new Set([...draft.transitions].map((key) => key.split('>')[0]));
  for (const status of draft.statuses) {
    if (!status.code) add(status.key, 'code', 'codeRequired');
    else if (status.code.length > MAX_CODE || !CODE_PATTERN.test(status.code)) add(status.key, 'code', 'codePattern');
    else if ((codes.get(status.code) ?? 0) > 1) add(status.key, 'code', 'codeDuplicate');
    for (const [field, text] of [['name', status.name], ['memberLabel', status.memberLabel]] as const) {
      for (const language of ['ja', 'en'] as const) {
        const value = text[language].trim();
        if (!value) add(status.key, `${field}.${language}`, `${field}Required`);
        else if (value.length > MAX_TEXT) add(status.key, `${field}.${language}`, 'textLength');
      }
    }
    if (!COLOR_PATTERN.test(status.color.background)) add(status.key, 'color.background', 'color');
    if (!COLOR_PATTERN.test(status.color.text)) add(status.key, 'color.text', 'color');
    if (status.timeLimitHours !== null) {
      if (!Number.isInteger(status.timeLimitHours) || status.timeLimitHours < 1 || status.timeLimitHours > MAX_TIME_LIMIT_HOURS) add(status.key, 'timeLimitHours', 'timeLimit');
      else if (status.terminal) add(status.key, 'timeLimitHours', 'timeLimitTerminal');
    }
    const template = status.mailTemplate?.trim() ?? '';
    if (status.mailOnEntry && !template) add(status.key, 'mailTemplate', 'templateRequired');
    else if (template && (template.length > MAX_TEXT || !TEMPLATE_PATTERN.test(template))) add(status.key, 'mailTemplate', 'templatePattern');
    if (status.initial && status.retired) add(status.key, 'retired', 'initialRetired');
    if (status.initial && status.terminal) add(status.key, 'terminal', 'initialTerminal');
    else if (status.terminal && leaving.has(status.key)) add(status.key, 'terminal', 'terminalLeaves');
  }
  const general: string[] = [];
  if (draft.statuses.length === 0) general.push('noStatuses');
  const initials = draft.statuses.filter((status) => status.initial).length;
  if (initials === 0) general.push('noInitial');
  if (initials > 1) general.push('manyInitial');
  return { byStatus, general };
}

export function isValid(validation: Validation): boolean {
  return validation.byStatus.size === 0 && validation.general.length === 0;
}

/**
 * The service's field errors placed on the statuses they concern: `statuses[2].color.background`
 * goes to the third status sent; the others are returned, a transition's named by its statuses.
 */
export function placeFieldErrors(errors: FieldError[], sent: DraftStatus[], transitions: Transition[] = []): { byStatus: Map<string, StatusProblems>; other: FieldError[] } {
  const byStatus = new Map<string, StatusProblems>();
  const other: FieldError[] = [];
  for (const error of errors) {
    const match = /^statuses\[(\d+)\]\.?(.*)$/.exec(error.field ?? '');
    const status = match ? sent[Number(match[1])] : undefined;
    if (!status) {
      // `transitions[3].from` means little to an admin; `KIT_SENT → CANCELLED` does.
      const transition = /^transitions\[(\d+)\]/.exec(error.field ?? '');
      const named = transition ? transitions[Number(transition[1])] : undefined;
      other.push(named ? { ...error, field: `${named.from} → ${named.to}` } : error);
      continue;
    }
    const problems = byStatus.get(status.key) ?? {};
    const field = match![2] || 'code';
    if (!problems[field]) problems[field] = error.message;
    byStatus.set(status.key, problems);
  }
  return { byStatus, other };
}

/**
 * The codes a `status-in-use` refusal is about: from a property the service may name them in, or
 * else the removed statuses its detail mentions.
 */
export function codesInUse(problem: Record<string, unknown>, removed: DraftStatus[]): string[] {
  const named: string[] = [];
  for (const property of ['statuses', 'statusCodes', 'codes', 'statusCode', 'inUse']) {
    const value = problem[property];
    if (typeof value === 'string') named.push(value);
    if (Array.isArray(value)) named.push(...value.filter((item): item is string => typeof item === 'string'));
  }
  if (named.length > 0) return named;
  const detail = typeof problem.detail === 'string' ? problem.detail : '';
  return removed.map((status) => status.code).filter((code) => new RegExp(`\\b${code}\\b`).test(detail));
}
