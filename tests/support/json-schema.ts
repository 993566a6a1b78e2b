/**
 * A small JSON Schema (2020-12) checker for the keywords our generated schemas use:
 * type, const, enum, pattern, maxLength, minimum/maximum/exclusiveMinimum, properties,
 * required, additionalProperties, items, anyOf, format (date-time, uuid, uri). Returns
 * every violation as "path: reason"; an empty list means the value is valid.
 */
type Schema = Record<string, unknown>;

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
const FORMATS: Record<string, (s: string) => boolean> = {
  'date-time': (s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s),
  uuid: (s) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s),
  uri: (s) => { try { return Boolean(new URL(s)); } catch { return false; } },
};

export function checkSchema(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  const fail = (reason: string) => errors.push(`${path}: ${reason}`);
  if (schema.anyOf) {
    if (!(schema.anyOf as Schema[]).some((s) => checkSchema(s, value, path).length === 0)) fail('matches none of anyOf');
    return errors;
  }
  if (schema.type) {
    const types = ([] as string[]).concat(schema.type as string | string[]);
    const t = typeOf(value);
    if (!types.some((x) => x === t || (x === 'number' && t === 'integer'))) return [`${path}: expected ${types.join('|')}, got ${t}`];
  }
  if ('const' in schema && value !== schema.const) fail(`expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) fail(`not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern as string, 'u').test(value)) fail(`does not match ${schema.pattern}`);
    if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength) fail('too long');
    const format = FORMATS[schema.format as string];
    if (format && !format(value)) fail(`not a valid ${schema.format}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`above ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) fail(`not above ${schema.exclusiveMinimum}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errors.push(...checkSchema(schema.items as Schema, v, `${path}[${i}]`)));
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) fail(`missing ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) errors.push(...checkSchema(props[key], v, `${path}.${key}`));
      else if (schema.additionalProperties === false) fail(`unexpected property ${key}`);
    }
  }
  return errors;
}
