// Structured outputs: OpenAI refuses a `strict: true` json_schema unless every object lists all its properties in
// `required` and sets `additionalProperties: false` (optional fields must be nullable instead). The fake refuses
// the same schemas with the same message, so a schema that works here works against OpenAI. A strict model also
// answers every property, so the demo brain's JSON is shaped to the schema (missing values → null or empty).
import type { JsonSchema } from './types.js'

const types = (s: JsonSchema): string[] => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : [])

function resolve(s: JsonSchema, root: JsonSchema): JsonSchema {
  const ref = s.$ref?.match(/^#\/(\$defs|definitions)\/(.+)$/)
  if (!ref?.[1] || !ref[2]) return s
  return (ref[1] === '$defs' ? root.$defs : root.definitions)?.[ref[2]] ?? s
}

/** The reason OpenAI would give for refusing `schema` in strict mode, or undefined when it is acceptable. */
export function strictSchemaProblem(name: string, schema: JsonSchema): string | undefined {
  const problem = (context: string[], what: string): string =>
    `Invalid schema for response_format '${name}': In context=(${context.map(c => `'${c}'`).join(', ')}${context.length === 1 ? ',' : ''}), ${what}`
  if (!types(schema).includes('object')) return problem([], 'schema must be a JSON Schema of \'type: "object"\', got \'type: "' + String(schema.type) + '"\'.')
  const visit = (s: JsonSchema, context: string[]): string | undefined => {
    if (types(s).includes('object') || s.properties) {
      const keys = Object.keys(s.properties ?? {})
      if (s.additionalProperties !== false) return problem(context, "'additionalProperties' is required to be supplied and to be false.")
      const missing = keys.find(k => !(s.required ?? []).includes(k))
      if (missing !== undefined) {
        return problem(context, `'required' is required to be supplied and to be an array including every key in properties. Missing '${missing}'.`)
      }
      for (const k of keys) {
        const found = visit(s.properties?.[k] ?? {}, [...context, 'properties', k])
        if (found) return found
      }
    }
    if (s.items) {
      const found = visit(s.items, [...context, 'items'])
      if (found) return found
    }
    for (const [i, branch] of (s.anyOf ?? []).entries()) {
      const found = visit(branch, [...context, 'anyOf', String(i)])
      if (found) return found
    }
    for (const [defs, group] of [
      ['$defs', s.$defs],
      ['definitions', s.definitions],
    ] as const) {
      for (const [k, d] of Object.entries(group ?? {})) {
        const found = visit(d, [...context, defs, k])
        if (found) return found
      }
    }
    return undefined
  }
  return visit(schema, [])
}

function emptyFor(s: JsonSchema, root: JsonSchema): unknown {
  const schema = resolve(s, root)
  const t = types(schema)
  if (t.includes('null') || schema.anyOf?.some(b => types(resolve(b, root)).includes('null'))) return null
  if (schema.enum?.length) return schema.enum[0]
  if (schema.anyOf?.[0]) return emptyFor(schema.anyOf[0], root)
  if (t.includes('object')) return shapeToSchema({}, schema, root)
  if (t.includes('array')) return []
  if (t.includes('string')) return ''
  if (t.includes('number') || t.includes('integer')) return 0
  if (t.includes('boolean')) return false
  return null
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** `value` with exactly the schema's object properties, in its order; what `value` lacks becomes null or empty. */
export function shapeToSchema(value: unknown, s: JsonSchema, root: JsonSchema = s): unknown {
  const schema = resolve(s, root)
  if (value === undefined) return emptyFor(schema, root)
  if (schema.anyOf) {
    const fits = schema.anyOf.find(b => {
      const t = types(resolve(b, root))
      return value === null ? t.includes('null') : isObject(value) ? t.includes('object') : Array.isArray(value) ? t.includes('array') : !t.includes('null')
    })
    return fits ? shapeToSchema(value, fits, root) : value
  }
  if (schema.properties && isObject(value)) {
    return Object.fromEntries(Object.entries(schema.properties).map(([k, p]) => [k, shapeToSchema(value[k], p, root)]))
  }
  if (schema.items && Array.isArray(value)) return value.map(v => shapeToSchema(v, schema.items ?? {}, root))
  return value
}
