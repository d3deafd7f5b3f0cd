// The OpenAPI document is complete (issue 10): every route of the API is in it, every operation
// declares its success body and answers errors as problem details, and the account routes the
// web app uses are documented too. That the answers match these schemas is checked by every
// integration test (testApp's checkResponses, response-check.ts).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './test-support/test-app.ts';
import { embeddedTestDatabase, type TestDatabase } from './test-support/test-database.ts';

type Schema = { $ref?: string; type?: string; properties?: Record<string, unknown>; required?: string[] };
type Response = { description?: string; content?: Record<string, { schema?: Schema }> };
type Operation = {
  parameters?: unknown[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, Response>;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

let t: TestDatabase;
let app: FastifyInstance;
let doc: Document;

beforeAll(async () => {
  t = await embeddedTestDatabase();
  app = await testApp(t.database);
  doc = (await app.inject('/api/openapi.json')).json() as Document;
}, 120_000);

afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

/** A schema, or the component it refers to. */
const resolve = (schema: Schema | undefined): Schema | undefined =>
  schema?.$ref ? doc.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')] : schema;

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
  );

/** Routes that are not operations of the API: the document itself, its browser, the account catch-all. */
const UNDOCUMENTED = [/^\/api\/openapi\.json$/, /^\/api\/docs(\/|$)/, /^\/api\/auth\/\*$/];

/** Every route of the app as "METHOD /path" (OpenAPI's {param} form), from Fastify's route table. */
function routesOf(app: FastifyInstance): string[] {
  const out: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /(\/\S*) \(([A-Z, ]+)\)/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    for (const method of match[2].split(', ')) out.push(`${method} ${match[1]}`);
  }
  return out;
}

describe('the OpenAPI document', () => {
  it('lists every API route but its own and the account catch-all', () => {
    const documented = new Set(operations().map((o) => o.name));
    const routes = routesOf(app)
      .filter((r) => r.includes(' /api/') && !r.startsWith('HEAD '))
      .map((r) => r.replace(/:([A-Za-z]+)/g, '{$1}'))
      .filter((r) => !UNDOCUMENTED.some((pattern) => pattern.test(r.split(' ')[1] ?? '')));
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((r) => !documented.has(r))).toEqual([]);
  });

  it('gives every operation a success body and problem details for its errors', () => {
    const missing: string[] = [];
    for (const { name, op } of operations()) {
      const statuses = Object.keys(op.responses);
      const success = statuses.filter((s) => /^2/.test(s));
      if (success.length === 0) missing.push(`${name}: no 2xx response`);
      for (const status of success) {
        const response = op.responses[status];
        const hasBody = Object.values(response?.content ?? {}).some((c) => c.schema !== undefined);
        if (status !== '204' && !hasBody) missing.push(`${name} ${status}: no schema`);
        if (status === '204' && hasBody) missing.push(`${name} 204: a body`);
      }
      const errors = statuses.filter((s) => !/^2/.test(s));
      for (const status of errors) {
        const schema = resolve(op.responses[status]?.content?.['application/problem+json']?.schema);
        if (!schema?.required?.includes('code') || !schema.required.includes('detail'))
          missing.push(`${name} ${status}: not a problem`);
      }
      if (!errors.includes('500')) missing.push(`${name}: no 500 problem`);
      if (op.security && !errors.includes('401')) missing.push(`${name}: signed in, but no 401 problem`);
      if ((op.requestBody || op.parameters?.length) && !errors.includes('400'))
        missing.push(`${name}: takes input, but no 400 problem`);
    }
    expect(missing).toEqual([]);
  });

  it('documents the account routes the web app uses, with their bodies', () => {
    const names = operations().map((o) => o.name);
    for (const name of [
      'POST /api/auth/sign-up/email',
      'POST /api/auth/sign-in/email',
      'POST /api/auth/sign-out',
      'GET /api/auth/get-session',
      'POST /api/auth/change-password',
      'POST /api/auth/delete-user',
    ])
      expect(names).toContain(name);
    const signUp = doc.paths['/api/auth/sign-up/email']?.post;
    expect(JSON.stringify(signUp?.requestBody)).toMatch(/"password"/);
    expect(Object.keys(signUp?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400']));
  });
});
