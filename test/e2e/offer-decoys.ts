/**
 * Clickjacking decoys, run in the page by both browsers' offer tests (page.evaluate). Each function
 * is sent as its source text, so it may use nothing outside its own body.
 */

/** Makes the offer opaque again and lays a white popover over it, in the top layer, that lets clicks through. */
export function showClickThroughPopoverDecoy(): void {
  (document.querySelector('linekeeper-offer') as HTMLElement).style.setProperty('opacity', '1', 'important');
  const decoy = document.createElement('div');
  decoy.id = 'decoy';
  decoy.textContent = 'Accept cookies';
  decoy.popover = 'manual';
  decoy.style.cssText = 'position:fixed;inset:auto 0 0 auto;margin:0;width:400px;height:200px;background:#fff;border:0;pointer-events:none';
  document.body.append(decoy);
  decoy.showPopover();
}
