import type { ValidationIssue } from '../domain/validate';
import { t, type MessageKey } from './index';

/** "lines[2].number: is not a phone number" — where, then what, in the user's language. */
export function issueMessage(issue: ValidationIssue): string {
  const what = t(`err_${issue.code.replace(/-/g, '_')}` as MessageKey, issue.detail ?? '');
  return issue.path ? `${issue.path}: ${what}` : what;
}
