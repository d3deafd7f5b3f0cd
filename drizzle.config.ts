import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate --name <what>` writes the next numbered SQL migration. Migrations are
// applied at start (openDatabase in src/server/db/client.ts) and never edited once landed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema.ts',
  out: './src/server/db/migrations',
});
