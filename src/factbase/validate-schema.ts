/**
 * Parsed YAML -> typed data, or diagnostics at the offending values.
 * Every schema problem in the document is reported, not just the first.
 */
import * as z from "zod";
import { type Diagnostic, diagnostic, didYouMean } from "../diagnostics/index.js";
import type { ParsedYaml, YamlPath } from "./parse-yaml.js";

type Issue = z.core.$ZodIssue;

export interface Validated<T> {
  readonly value: T | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export const validateSchema = <S extends z.ZodType>(schema: S, parsed: ParsedYaml): Validated<z.output<S>> => {
  if (parsed.value === undefined) return { value: undefined, diagnostics: [] };
  // Without zod's compiled fast path: generating and compiling a function per object shape cost
  // more than it saved in one validation (the Qatar brief: 21-51 ms with it, 14-18 without; 10,000
  // items: 0.2-0.25 s with it, 0.14-0.17 without).
  const result = schema.safeParse(parsed.value, { jitless: true });
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics = flattenIssues(result.error.issues).flatMap((issue) => toDiagnostics(issue, parsed, schema));
  return { value: undefined, diagnostics };
};

/**
 * Unions report one issue holding every branch's issues. Keep the branch that
 * got furthest: the one whose issues are not a type mismatch at the union's
 * own path (a citation written as a mapping is judged as a mapping).
 */
const flattenIssues = (issues: readonly Issue[]): Issue[] =>
  issues.flatMap((issue) => {
    if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
    const scored = issue.errors.map((branch) => ({
      branch,
      score: branch.some((b) => b.code === "invalid_type" && b.path.length === 0)
        ? -1
        : Math.max(0, ...branch.map((b) => b.path.length)),
    }));
    scored.sort((a, b) => b.score - a.score);
    const best = scored[0];
    if (!best || best.score < 0) return [issue];
    return flattenIssues(best.branch.map((b) => ({ ...b, path: [...issue.path, ...b.path] }) as Issue));
  });

const describe = (value: unknown): string => {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return "text";
};

const expectedName = (expected: string): string => {
  switch (expected) {
    case "array":
      return "a list";
    case "object":
      return "a mapping (key: value)";
    case "string":
      return "text";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    default:
      return expected;
  }
};

const keyName = (path: YamlPath): string => {
  const last = path.at(-1);
  return last === undefined ? "document" : typeof last === "number" ? `item ${last + 1}` : `\`${last}\``;
};

/** The value at `path` in plain data; `undefined` when any step is missing. */
const valueAt = (root: unknown, path: YamlPath): unknown => {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
};

const toDiagnostics = (issue: Issue, parsed: ParsedYaml, schema: z.ZodType): Diagnostic[] => {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  const at = (p: YamlPath) => parsed.locate(p);
  const input = valueAt(parsed.value, path);
  if (input === undefined && path.length > 0 && issue.code !== "unrecognized_keys") {
    return [diagnostic(at(path.slice(0, -1)), "error", "schema", `missing ${keyName(path)}`)];
  }
  switch (issue.code) {
    case "invalid_type": {
      if (input === undefined) {
        return [diagnostic(at(path.slice(0, -1)), "error", "schema", `missing ${keyName(path)}`)];
      }
      return [
        diagnostic(
          at(path),
          "error",
          "schema",
          `${keyName(path)} should be ${expectedName(issue.expected)}, not ${describe(input)}`,
        ),
      ];
    }
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const known = knownKeys(schema, path);
        const hint = didYouMean(key, known) ?? (known.length > 0 ? `expected one of: ${known.join(", ")}` : undefined);
        return diagnostic(parsed.locateKey([...path, key]), "error", "schema", `unknown field \`${key}\``, hint);
      });
    case "invalid_value":
      return [
        diagnostic(
          at(path),
          "error",
          "schema",
          `${keyName(path)} must be one of: ${issue.values.map(String).join(", ")}`,
        ),
      ];
    case "too_small":
      if (issue.origin === "array") {
        const message =
          issue.message && !issue.message.startsWith("Too small")
            ? issue.message
            : `${keyName(path)} needs at least ${String(issue.minimum)} item(s)`;
        return [diagnostic(at(path), "error", "schema", message)];
      }
      return [diagnostic(at(path), "error", "schema", `${keyName(path)} ${issue.message}`)];
    default:
      return [diagnostic(at(path), "error", "schema", `${keyName(path)}: ${issue.message}`)];
  }
};

/** The field names the schema allows for the mapping at `path` (none when it is no mapping). */
function knownKeys(schema: z.ZodType, path: YamlPath): string[] {
  let current: unknown = schema;
  for (const segment of path) {
    current = unwrap(current, typeof segment === "number" ? "list" : "mapping");
    if (current instanceof z.ZodObject && typeof segment === "string") {
      current = Object.hasOwn(current.shape, segment) ? current.shape[segment] : undefined;
    } else if (current instanceof z.ZodArray && typeof segment === "number") {
      current = current.element;
    } else {
      return [];
    }
  }
  current = unwrap(current, "mapping");
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/**
 * Looks through optional, default and nullable wrappers and a transform's
 * input, and into the branch of a union that is a list or a mapping (as
 * `want` says, the other when there is none), with zod's public API only.
 */
function unwrap(schema: unknown, want: "list" | "mapping"): unknown {
  let current = schema;
  for (let i = 0; i < 10; i += 1) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
      current = current.unwrap();
    } else if (current instanceof z.ZodPipe) {
      current = current.in;
    } else if (current instanceof z.ZodUnion) {
      const options: readonly unknown[] = current.options;
      const mapping = options.find((o) => unwrap(o, want) instanceof z.ZodObject);
      const list = options.find((o) => unwrap(o, want) instanceof z.ZodArray);
      current = (want === "list" ? (list ?? mapping) : (mapping ?? list)) ?? options[0];
    } else {
      return current;
    }
  }
  return current;
}
