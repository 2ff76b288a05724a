import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { minify } from 'terser';
import { CARRIER_MATCH_PATTERNS } from './utils/autofill/carrier-matches';
import { EAGER_COMPILE_HINT, FILL_PAGE_TERSER_OPTIONS } from './utils/autofill/page-globals';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports read better than auto-imports: a reader sees where each name comes from.
  imports: false,
  // WXT_OUT_DIR lets parallel builds (bench, several developers' e2e runs) keep out of each other's way.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => ({
    plugins: [
      preact({ prerender: { enabled: false } }),
      {
        // The fill script, injected on a click, has a 10 KB gzipped budget: terser compresses what
        // esbuild minified (FILL_PAGE_TERSER_OPTIONS). Then the compile hint goes first, since
        // minifiers drop comments.
        name: 'linekeeper:fill-page-output',
        enforce: 'post',
        async generateBundle(_options, bundle) {
          const fillPage = bundle['fill-page.js'];
          if (fillPage?.type !== 'chunk') return;
          if (env.mode === 'production') fillPage.code = (await minify(fillPage.code, FILL_PAGE_TERSER_OPTIONS)).code!;
          fillPage.code = EAGER_COMPILE_HINT + fillPage.code;
        },
      },
    ],
    build: {
      target: 'es2022',
      // Extension pages run in browsers that support modulepreload: Vite's polyfill is dead weight.
      modulePreload: { polyfill: false },
      rollupOptions: {
        // @date-fns/tz is pure but does not say so in package.json ("sideEffects": false), so its
        // TZDate class would ride along in every bundle that imports dates.ts. Only the worker uses it.
        treeshake: { moduleSideEffects: (id: string) => !id.includes('/node_modules/@date-fns/tz/') },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: no host access to all sites. Only the built-in carriers' own domains, where
    // the worker injects the fill after a click on the in-page offer; "Fill this page" uses activeTab
    // + scripting on the tab the user is looking at; custom carriers' domains are optional, granted one by one.
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'scripting'],
    host_permissions: CARRIER_MATCH_PATTERNS,
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_extName__' },
    // The popup from the keyboard (the in-page offer sits last in the page's tab order). Users can
    // change it at chrome://extensions/shortcuts or in Firefox's add-on shortcuts.
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+K' } } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'linekeeper@linekeeper.app',
              // data_collection_permissions (required by addons.mozilla.org) arrived in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
