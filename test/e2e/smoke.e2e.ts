import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

it('loads the extension and opens its popup', async () => {
  const page = await session.openPage('popup.html');
  await expect(page.locator('body').textContent()).resolves.toContain('LineKeeper');
});
