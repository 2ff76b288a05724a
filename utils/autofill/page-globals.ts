/**
 * Names shared by the scripts LineKeeper runs in a page's isolated world (the page cannot see
 * them): the carrier content script records what the user typed, the injected fill reads it.
 */
export const FILL_GLOBAL = '__linekeeperFill';
/** Asks whether the page has anything to fill yet (see hasFillTarget); the in-page offer waits for it. */
export const PROBE_GLOBAL = '__linekeeperHasFillTarget';
export const TOUCHED_GLOBAL = '__linekeeperTouched';
/** The in-page offer's host element (its shadow root is closed). */
export const OFFER_TAG = 'linekeeper-offer';
