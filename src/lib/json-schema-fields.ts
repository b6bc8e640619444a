/**
 * The fields of a JSON file, read from its JSON Schema, for the data page: each field's path, its type, the values
 * it may take and what it means in both languages (JSON Schema's `description` in English, and the
 * `x-description-zh` the schemas carry beside it, see src/schemas/zod.ts). Pure: it reads the schema object only.
 */

/** The part of JSON Schema that zod writes and this reads. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  'x-description-zh'?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: (string | number | boolean | null)[];
  const?: string | number | boolean | null;
}

export interface SchemaField {
  /** Dotted, with `[]` for the items of an array and `{}` for the values of a map: `criteria[].cite.at`. */
  path: string;
  /** JSON Schema's type names, an array as its items' type and `[]`: `string`, `string[]`, `object`, `null`. */
  types: string[];
  /** The values it is limited to, where the schema lists them. */
  values: (string | number | boolean | null)[];
  /** Whether every object that can hold it has it. */
  required: boolean;
  about: { en?: string; zh?: string };
}

/** A schema and the alternatives it stands for (oneOf, anyOf, allOf), flattened. */
function variants(schema: JsonSchema): JsonSchema[] {
  const alternatives = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return [schema, ...alternatives.flatMap(variants)];
}

function typeName(schema: JsonSchema): string[] {
  return variants(schema).flatMap((s) => {
    const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
    return types.map((type) => (type === 'array' && s.items ? `${[...new Set(typeName(s.items))].join('|')}[]` : type));
  });
}

const described = (schema: JsonSchema) => variants(schema).find((s) => s.description !== undefined);

/** The value that names an alternative (`"kind": "self-assessment"`): a property that is a single string. */
function alternativeName(schema: JsonSchema): string | undefined {
  return Object.values(schema.properties ?? {}).find((p) => typeof p.const === 'string')?.const as string | undefined;
}

/**
 * Every field a file of this schema can hold, in schema order, each once: where alternatives (a met criterion or one
 * without evidence, a paper reading or a self-assessment) share a field, its values and types are joined, and where
 * they mean different things by it, each meaning is given under the alternative's name ("self-assessment: …").
 */
export function schemaFields(schema: JsonSchema): SchemaField[] {
  const fields = new Map<string, SchemaField>();
  const meanings = new Map<string, { under?: string; en?: string; zh?: string }[]>();
  const add = (path: string, field: JsonSchema, required: boolean, under: string | undefined) => {
    const about = described(field);
    const values = variants(field).flatMap((s) => [...(s.enum ?? []), ...('const' in s ? [s.const!] : [])]);
    const known = fields.get(path) ?? { path, types: [], values: [], required, about: {} };
    known.types = [...new Set([...known.types, ...typeName(field)])];
    known.values = [...new Set([...known.values, ...values])];
    known.required &&= required;
    fields.set(path, known);
    const said = meanings.get(path) ?? [];
    if (about && !said.some((m) => m.en === about.description))
      said.push({ under, en: about.description, zh: about['x-description-zh'] });
    meanings.set(path, said);
  };
  const walk = (node: JsonSchema, prefix: string, under: string | undefined) => {
    const alternatives = variants(node);
    for (const s of alternatives) {
      // Inside one of several alternatives, its name says whose meaning a field's description is.
      const name = alternatives.length > 1 ? (alternativeName(s) ?? under) : under;
      for (const [key, field] of Object.entries(s.properties ?? {})) {
        const path = prefix ? `${prefix}.${key}` : key;
        add(path, field, s.required?.includes(key) ?? false, name);
        walk(field, path, name);
      }
      if (s.items) walk(s.items, prefix ? `${prefix}[]` : '', name);
      if (typeof s.additionalProperties === 'object') walk(s.additionalProperties, `${prefix}{}`, name);
    }
  };
  walk(schema, '', undefined);
  for (const field of fields.values()) {
    const said = meanings.get(field.path) ?? [];
    const text = (lang: 'en' | 'zh') =>
      said.length === 1
        ? said[0][lang]
        : said
            .map((m) => (m.under ? `${m.under}${lang === 'zh' ? '：' : ': '}${m[lang]}` : m[lang]))
            .join(lang === 'zh' ? '' : ' ');
    if (said.length > 0) field.about = { en: text('en'), zh: text('zh') };
  }
  return [...fields.values()];
}
