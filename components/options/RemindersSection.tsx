import { t } from '../../utils/i18n';
import { parseDaysList, type FieldProblem } from '../../utils/domain/line-form';
import { settingsIssues } from '../../utils/domain/validate';
import type { ReminderRepeat, Settings } from '../../utils/domain/types';
import { putSettings } from '../../utils/store/db';
import { Checkbox } from './Checkbox';
import { Field } from './Field';
import { useCheckedForm } from './use-checked-form';
import { focusLost } from './focus';
import { RepeatSelect } from './LineForm';
import { writeAndAnnounce, type SectionProps } from './types';

type SettingsField = 'timeOfDay' | 'daysBefore' | 'repeat' | 'quietStart' | 'quietEnd' | 'receiptEmail';

interface SettingsForm {
  timeOfDay: string;
  daysBefore: string;
  repeat: string;
  quiet: boolean;
  quietStart: string;
  quietEnd: string;
  receiptEmail: string;
}

function formFromSettings(settings: Settings): SettingsForm {
  return {
    timeOfDay: settings.timeOfDay,
    daysBefore: settings.daysBefore.join(', '),
    repeat: settings.repeat,
    quiet: settings.quietHours !== undefined,
    quietStart: settings.quietHours?.start ?? '22:00',
    quietEnd: settings.quietHours?.end ?? '07:00',
    receiptEmail: settings.receiptEmail ?? '',
  };
}

/** The form read into Settings, or a problem per field (checked by settingsIssues, as on import). */
export function settingsFromForm(form: SettingsForm): { settings?: Settings; problems: Partial<Record<SettingsField, FieldProblem>> } {
  const problems: Partial<Record<SettingsField, FieldProblem>> = {};
  const days = parseDaysList(form.daysBefore);
  if (!days.ok) problems.daysBefore = days.problem;
  const settings: Settings = {
    timeOfDay: form.timeOfDay,
    daysBefore: days.ok ? days.days : [],
    repeat: form.repeat as ReminderRepeat,
    ...(form.quiet ? { quietHours: { start: form.quietStart, end: form.quietEnd } } : {}),
    ...(form.receiptEmail.trim() ? { receiptEmail: form.receiptEmail.trim() } : {}),
  };
  for (const issue of settingsIssues(settings, 'settings')) {
    const field: SettingsField = issue.path.startsWith('settings.timeOfDay')
      ? 'timeOfDay'
      : issue.path.startsWith('settings.daysBefore')
        ? 'daysBefore'
        : issue.path.startsWith('settings.repeat')
          ? 'repeat'
          : issue.path.startsWith('settings.quietHours.start')
            ? 'quietStart'
            : issue.path.startsWith('settings.receiptEmail')
              ? 'receiptEmail'
              : 'quietEnd';
    problems[field] ??= { code: issue.code, ...(issue.detail ? { detail: issue.detail } : {}) };
  }
  return Object.keys(problems).length === 0 ? { settings, problems } : { problems };
}

/** Reminder defaults: used by every line whose own reminders are not set. */
export function RemindersSection({ data, announce, reload }: SectionProps) {
  const { form, setForm, formRef, markSubmitted, shownFor, bind } = useCheckedForm(() => formFromSettings(data.settings));
  const { settings, problems } = settingsFromForm(form);
  const shown = shownFor<SettingsField>(problems);

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    markSubmitted(!settings);
    if (!settings) return;
    // The page re-makes this section once the settings change (it is keyed by them), so the control
    // that had focus is a new one: focus goes to it again.
    const focused = document.activeElement?.id ?? '';
    await writeAndAnnounce(announce, () => putSettings(settings), t('opt_rem_saved'), reload);
    if (focusLost()) document.getElementById(focused)?.focus();
  }

  return (
    <section id="reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('opt_rem_title')}</h2>
      <p class="muted">{t('opt_rem_intro')}</p>
      <form class="card" ref={formRef} onSubmit={save} noValidate>
        <div class="grid">
          <Field id="settings-time" label={t('opt_f_time')} error={shown('timeOfDay')}>
            {(control) => <input {...control} type="time" {...bind('timeOfDay')} />}
          </Field>
          <Field id="settings-days" label={t('opt_f_days_before')} help={t('opt_f_days_before_help')} error={shown('daysBefore')}>
            {(control) => <input {...control} type="text" autoComplete="off" {...bind('daysBefore')} />}
          </Field>
          <Field id="settings-repeat" label={t('opt_f_repeat')} error={shown('repeat')}>
            {(control) => (
              <RepeatSelect
                control={control}
                value={form.repeat}
                onChange={(event) => setForm((current) => ({ ...current, repeat: (event.currentTarget as HTMLSelectElement).value }))}
              />
            )}
          </Field>
        </div>
        <Checkbox id="settings-quiet" label={t('opt_rem_quiet')} checked={form.quiet} onChange={(quiet) => setForm((current) => ({ ...current, quiet }))} />
        {form.quiet ? (
          <div class="grid">
            <Field id="settings-quiet-start" label={t('opt_rem_quiet_start')} error={shown('quietStart')}>
              {(control) => <input {...control} type="time" {...bind('quietStart')} />}
            </Field>
            <Field id="settings-quiet-end" label={t('opt_rem_quiet_end')} error={shown('quietEnd')}>
              {(control) => <input {...control} type="time" {...bind('quietEnd')} />}
            </Field>
          </div>
        ) : null}
        <div class="grid">
          <Field id="settings-receipt-email" label={t('opt_f_receipt_email')} help={t('opt_f_receipt_email_help')} error={shown('receiptEmail')} optional>
            {(control) => <input {...control} type="email" autoComplete="email" {...bind('receiptEmail')} />}
          </Field>
        </div>
        <div class="actions">
          <button type="submit" id="settings-save" class="primary">
            {t('opt_rem_save')}
          </button>
        </div>
      </form>
    </section>
  );
}
