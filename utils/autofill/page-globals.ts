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
/**
 * First line of the injected fill script (fill-page.js; wxt.config.ts puts it there, the CLIs'
 * bundle too). V8 (Chrome 136+) then compiles every function of the file when it is injected,
 * instead of each on its first call: a click's detection runs about a quarter faster, and
 * injection plus detection together take a few percent less, since the file is parsed once, not
 * pre-parsed and parsed again. Other engines ignore the comment. Measured in the README.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
/**
 * terser's options for fill-page.js, run on esbuild's minified output (wxt.config.ts, and the
 * CLIs' bundle, so that their timings are the shipped code's). esbuild renames and strips but does
 * not compress; two terser passes take about 450 B more off the gzipped file, which has a 10 KB budget.
 */
export const FILL_PAGE_TERSER_OPTIONS = { ecma: 2020, compress: { passes: 2 }, format: { comments: false } } as const;
