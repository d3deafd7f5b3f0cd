import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { ICONS, renderIcons } from './scripts/icons.mjs';

/** The PNG icons, drawn from public/icon.svg at build (scripts/icons.mjs), and served in development. */
function pngIcons(): Plugin {
  return {
    name: 'unknot-png-icons',
    generateBundle() {
      for (const { fileName, source } of renderIcons()) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      let icons: ReturnType<typeof renderIcons> | undefined;
      server.middlewares.use((req, res, next) => {
        icons ??= renderIcons();
        const icon = icons.find((i) => `/${i.fileName}` === req.url);
        if (!icon) return next();
        res.setHeader('Content-Type', 'image/png');
        res.end(icon.source);
      });
    },
  };
}

// The web app: built into dist/web, which the server serves. PWA_DISABLED=1 turns the service
// worker off (e.g. while developing with `vite`).
export default defineConfig({
  // Preact runs the React components: the same API (hooks, lazy, Suspense) in a fraction of
  // React's size, which keeps the check's first screen within its JavaScript budget (issue 8).
  // TypeScript still checks against React's types.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react(-dom)?$/, replacement: 'preact/compat' },
    ],
  },
  // The manifest lets scripts/page-html.mjs write check.html (the check's chunks preloaded).
  build: { outDir: 'dist/web', emptyOutDir: true, sourcemap: false, target: 'es2022', manifest: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  plugins: [
    pngIcons(),
    VitePWA({
      disable: process.env.PWA_DISABLED === '1',
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Unknot — back spasm help',
        short_name: 'Unknot',
        description: 'Is my back spasm serious? What do I do now? A calm, explained check, relief plan and diary.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1e3a5f',
        background_color: '#ffffff',
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
          ...Object.entries(ICONS)
            .filter(([name]) => name.startsWith('icon-'))
            .map(([name, { size, maskable }]) => ({
              src: name,
              sizes: `${size}x${size}`,
              type: 'image/png',
              ...(maskable ? { purpose: 'maskable' } : {}),
            })),
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        // Reminders: the push and notificationclick handlers (public/push-sw.js).
        importScripts: ['push-sw.js'],
      },
    }),
  ],
});
