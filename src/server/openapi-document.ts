// The OpenAPI document's last step: fastify-type-provider-zod's component schemas (the contract's
// schemas with an id), without the ones no operation refers to (it writes each schema twice, for
// input and for output, whichever is used).
import type { SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';

type Document = { components?: { schemas?: Record<string, unknown> } };

export const openApiObject: SwaggerTransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input) as Document;
  const schemas = doc.components?.schemas;
  if (!schemas) return doc as ReturnType<SwaggerTransformObject>;
  // A component is used when the document outside it refers to it, or a used component does.
  const refs = (value: unknown) =>
    new Set([...JSON.stringify(value).matchAll(/#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]));
  const used = refs({ ...doc, components: { ...doc.components, schemas: {} } });
  for (let grew = true; grew; ) {
    grew = false;
    for (const name of [...used]) {
      for (const ref of refs(schemas[name ?? ''])) {
        if (!used.has(ref)) {
          used.add(ref);
          grew = true;
        }
      }
    }
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...doc, components: { ...doc.components, schemas: kept } } as ReturnType<SwaggerTransformObject>;
};
