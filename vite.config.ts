import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The web app: built into dist/web, which the server serves. PWA_DISABLED=1 turns the service
// worker off (e.g. while developing with `vite`).
export default defineConfig({
  build: { outDir: 'dist/web', emptyOutDir: true, sourcemap: false, target: 'es2022' },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  plugins: [
    react(),
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
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
      },
    }),
  ],
});
