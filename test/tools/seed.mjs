// Restores a backup through the options page, as a user does (file, preview, Replace, Restore),
// whatever the browser's language. Used by `npm start` and screenshots.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared sample when it is beside the repository, else the project's own demo backup. */
export function sampleBackupPath() {
  const shared = resolve('../shared/fixtures/backup-v1.sample.json');
  return existsSync(shared) ? shared : resolve('test/fixtures/demo-backup.json');
}

export async function seedSampleBackup(optionsPage, file = sampleBackupPath()) {
  await optionsPage.locator('#backup-file').setInputFiles(file);
  const preview = optionsPage.getByTestId('restore-preview');
  await preview.waitFor();
  await preview.locator('input[type=radio][value=replace]').check();
  await preview.locator('button.primary').click();
  await preview.waitFor({ state: 'detached' });
  return file;
}
