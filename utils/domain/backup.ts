import {
  customCarrierIssues,
  duplicateIdIssues,
  isDateTimeWithZone,
  lineIssues,
  paymentMethodIssues,
  settingsIssues,
  topUpIssues,
  type ValidationIssue,
} from './validate';
export { isoWithOffset } from './dates';
import type { BackupData, CustomCarrier, Line, PaymentMethod, Settings, TopUp } from './types';
import { toAsciiDomain } from '../carriers/validate-domain';

/**
 * The backup file (README "Backup format"). Version 1 is ../shared/BACKUP.md; version 2 adds
 * optional `customCarriers`, `line.timeZone`, `reminders.lowDataBelowMB`, `settings.receiptEmail` and a cycle renewal's `day`. This importer reads
 * both; the exporter writes version 1 whenever the data uses nothing of version 2, so such files
 * stay readable by version-1 importers.
 */
export const BACKUP_FORMAT = 'linekeeper-backup';
export const BACKUP_VERSION = 2;

export interface BackupSummary {
  lines: number;
  topUps: number;
  paymentMethods: number;
  customCarriers: number;
}

export type ParsedBackup =
  | { ok: true; version: 1 | 2; exportedAt: string; data: BackupData; summary: BackupSummary }
  | { ok: false; issues: ValidationIssue[] };

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(path: string, code: ValidationIssue['code'], detail?: string): ParsedBackup {
  return { ok: false, issues: [{ path, code, ...(detail ? { detail } : {}) }] };
}

/**
 * Checks a whole backup file before anything is written. Returns every problem found (with its
 * path), or the data ready to write. Nothing here touches the store.
 */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('', 'not-json', error instanceof Error ? error.message : undefined);
  }
  if (!isObj(raw) || raw.format !== BACKUP_FORMAT) return fail('format', 'not-backup');
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) return fail('version', 'not-one-of', '1, 2');
  if (raw.version > BACKUP_VERSION) return fail('version', 'newer-version', String(raw.version));
  const version = raw.version as 1 | 2;

  const issues: ValidationIssue[] = [];
  const allowedTop = ['format', 'version', 'exportedAt', 'lines', 'paymentMethods', 'topUps', 'settings', ...(version >= 2 ? ['customCarriers'] : [])];
  for (const key of Object.keys(raw)) if (!allowedTop.includes(key)) issues.push({ path: key, code: 'unknown-field' });
  if (!isDateTimeWithZone(raw.exportedAt)) issues.push({ path: 'exportedAt', code: raw.exportedAt === undefined ? 'required' : 'not-date-time' });

  const list = (key: string, required: boolean): unknown[] => {
    const value = raw[key as keyof typeof raw];
    if (value === undefined && !required) return [];
    if (!Array.isArray(value)) {
      issues.push({ path: key, code: value === undefined ? 'required' : 'type', detail: 'list' });
      return [];
    }
    return value;
  };
  const lines = list('lines', true);
  const paymentMethods = list('paymentMethods', true);
  const topUps = list('topUps', true);
  // Domains as browsers report hosts: a file from before punycode was stored (bücher.de) still restores.
  const customCarriers = (version >= 2 ? list('customCarriers', false) : []).map((carrier) =>
    isObj(carrier) && Array.isArray(carrier.domains) ? { ...carrier, domains: carrier.domains.map((domain: unknown) => (typeof domain === 'string' ? toAsciiDomain(domain) : domain)) } : carrier,
  );

  lines.forEach((line, index) => issues.push(...lineIssues(line, `lines[${index}]`, { version })));
  paymentMethods.forEach((method, index) => issues.push(...paymentMethodIssues(method, `paymentMethods[${index}]`)));
  topUps.forEach((topUp, index) => issues.push(...topUpIssues(topUp, `topUps[${index}]`)));
  customCarriers.forEach((carrier, index) => issues.push(...customCarrierIssues(carrier, `customCarriers[${index}]`)));
  issues.push(...settingsIssues(raw.settings, 'settings', { version }));
  issues.push(...duplicateIdIssues(lines as { id?: unknown }[], 'lines'));
  issues.push(...duplicateIdIssues(paymentMethods as { id?: unknown }[], 'paymentMethods'));
  issues.push(...duplicateIdIssues(topUps as { id?: unknown }[], 'topUps'));
  issues.push(...duplicateIdIssues(customCarriers as { id?: unknown }[], 'customCarriers'));

  // References: every id a record points at must exist in the same file.
  const lineIds = new Set(lines.filter(isObj).map((line) => line.id));
  const methodIds = new Set(paymentMethods.filter(isObj).map((method) => method.id));
  lines.forEach((line, index) => {
    if (isObj(line) && typeof line.paymentMethodId === 'string' && !methodIds.has(line.paymentMethodId)) {
      issues.push({ path: `lines[${index}].paymentMethodId`, code: 'dangling-ref', detail: line.paymentMethodId });
    }
  });
  topUps.forEach((topUp, index) => {
    if (!isObj(topUp)) return;
    if (typeof topUp.lineId === 'string' && !lineIds.has(topUp.lineId)) issues.push({ path: `topUps[${index}].lineId`, code: 'dangling-ref', detail: topUp.lineId });
    if (typeof topUp.paymentMethodId === 'string' && !methodIds.has(topUp.paymentMethodId)) {
      issues.push({ path: `topUps[${index}].paymentMethodId`, code: 'dangling-ref', detail: topUp.paymentMethodId });
    }
  });

  if (issues.length > 0) return { ok: false, issues };
  const data: BackupData = {
    lines: lines as Line[],
    paymentMethods: paymentMethods as PaymentMethod[],
    topUps: topUps as TopUp[],
    settings: raw.settings as Settings,
    customCarriers: customCarriers as CustomCarrier[],
  };
  return {
    ok: true,
    version,
    exportedAt: raw.exportedAt as string,
    data,
    summary: { lines: lines.length, topUps: topUps.length, paymentMethods: paymentMethods.length, customCarriers: customCarriers.length },
  };
}

function usesVersion2(data: BackupData): boolean {
  return (
    data.customCarriers.length > 0 ||
    data.settings.receiptEmail !== undefined ||
    data.lines.some((line) => line.timeZone !== undefined || line.reminders?.lowDataBelowMB !== undefined || (line.renewal.kind === 'cycle' && line.renewal.day !== undefined))
  );
}

/** The backup file's text for `data`, stamped with `exportedAt`. */
export function serializeBackup(data: BackupData, exportedAt: string): string {
  const version = usesVersion2(data) ? 2 : 1;
  const file = {
    format: BACKUP_FORMAT,
    version,
    exportedAt,
    lines: data.lines,
    paymentMethods: data.paymentMethods,
    topUps: data.topUps,
    settings: data.settings,
    ...(version >= 2 ? { customCarriers: data.customCarriers } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** What the data would be after a merge (same id: the file wins) or a replace: for the preview. */
export function mergedCounts(current: BackupData, incoming: BackupData, mode: 'merge' | 'replace'): BackupSummary {
  if (mode === 'replace') {
    return { lines: incoming.lines.length, topUps: incoming.topUps.length, paymentMethods: incoming.paymentMethods.length, customCarriers: incoming.customCarriers.length };
  }
  const union = (a: { id: string }[], b: { id: string }[]): number => new Set([...a.map((x) => x.id), ...b.map((x) => x.id)]).size;
  return {
    lines: union(current.lines, incoming.lines),
    topUps: union(current.topUps, incoming.topUps),
    paymentMethods: union(current.paymentMethods, incoming.paymentMethods),
    customCarriers: union(current.customCarriers, incoming.customCarriers),
  };
}
