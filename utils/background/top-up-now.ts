import { openRecharge } from '../autofill/open-recharge';
import { openLine } from './open-line';

/**
 * "Top up now" from a notification: the autofill module's openRecharge (the carrier's recharge page,
 * with the tab remembering the line for the one-click fill). A carrier with no recharge page:
 * LineKeeper opens on the line instead.
 */
export async function topUpNow(lineId: string): Promise<void> {
  if (!(await openRecharge(lineId))) await openLine(lineId);
}
