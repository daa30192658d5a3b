/**
 * The view model's reference, docs/view-model.md, generated from its types:
 * `src/brief/brief-view.ts` (what brief.hbs, its partials and the running
 * header and footer see) and the index page's view in
 * `src/render/index-view.ts`, with every interface they refer to. Each
 * interface is a section, each field a row with its type and its doc comment.
 *
 * It reads the declarations with a small parser of the one shape they are
 * written in (`export interface Name { readonly field: Type; }`, doc comments,
 * object, array, union and literal types) and refuses anything else in the
 * view model's file, so that a new kind of declaration is added here rather
 * than left out of the reference. `npm run docs` writes the file; a test fails
 * when it is not what this generates (test/docs/view-model-doc.test.ts).
 */

type Token =
  | { readonly kind: "doc"; readonly text: string }
  | { readonly kind: "word"; readonly text: string }
  | { readonly kind: "string"; readonly text: string }
  | { readonly kind: "punct"; readonly text: string };

/** The source's tokens: doc comments kept, other comments and white space dropped. */
function tokenize(source: string, file: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (what: string): never => {
    const line = source.slice(0, i).split("\n").length;
    throw new Error(`${file}:${line}: ${what}`);
  };
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    if (rest.startsWith("/**")) {
      const end = source.indexOf("*/", i + 3);
      if (end < 0) fail("an unclosed comment");
      const body = source
        .slice(i + 3, end)
        .split("\n")
        .map((line) => line.replace(/^\s*\*\s?/, "").trim())
        .filter((line) => line !== "")
        .join(" ");
      tokens.push({ kind: "doc", text: body });
      i = end + 2;
      continue;
    }
    if (rest.startsWith("/*")) {
      const end = source.indexOf("*/", i + 2);
      if (end < 0) fail("an unclosed comment");
      i = end + 2;
      continue;
    }
    if (rest.startsWith("//")) {
      const end = source.indexOf("\n", i);
      i = end < 0 ? source.length : end;
      continue;
    }
    const word = /^[A-Za-z_$][\w$]*|^\d+(?:\.\d+)?/.exec(rest);
    if (word) {
      tokens.push({ kind: "word", text: word[0] });
      i += word[0].length;
      continue;
    }
    const string = /^"(?:[^"\\\n]|\\.)*"|^'(?:[^'\\\n]|\\.)*'/.exec(rest);
    if (string) {
      tokens.push({ kind: "string", text: string[0] });
      i += string[0].length;
      continue;
    }
    const punct = /^(?:=>|[{}()[\]<>;:,|&?=.*])/.exec(rest);
    if (punct) {
      tokens.push({ kind: "punct", text: punct[0] });
      i += punct[0].length;
      continue;
    }
    fail(`a character the view model's reader does not know: ${JSON.stringify(rest[0])}`);
  }
  return tokens;
}

/** A type as the reference prints it. */
type TypeNode =
  | { readonly kind: "name"; readonly name: string; readonly args: readonly TypeNode[] }
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "array"; readonly of: TypeNode }
  | { readonly kind: "union"; readonly of: readonly TypeNode[] }
  | { readonly kind: "object"; readonly fields: readonly Field[] };

interface Field {
  readonly name: string;
  readonly optional: boolean;
  readonly type: TypeNode;
  readonly doc: string | undefined;
}

export interface InterfaceDoc {
  readonly name: string;
  readonly doc: string | undefined;
  readonly fields: readonly Field[];
  /** The file it is declared in, from the repository's root. */
  readonly file: string;
}

class Parser {
  private at = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly file: string,
  ) {}

  get done(): boolean {
    return this.at >= this.tokens.length;
  }

  peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }

  next(): Token {
    const token = this.tokens[this.at];
    if (token === undefined) throw new Error(`${this.file}: ends in the middle of a declaration`);
    this.at += 1;
    return token;
  }

  is(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token !== undefined && token.kind !== "doc" && token.kind !== "string" && token.text === text;
  }

  expect(text: string): void {
    const token = this.next();
    if (token.text !== text)
      throw new Error(`${this.file}: expected "${text}", found "${token.text}" (the reader knows interfaces only)`);
  }

  word(): string {
    const token = this.next();
    if (token.kind !== "word") throw new Error(`${this.file}: expected a name, found "${token.text}"`);
    return token.text;
  }

  doc(): string | undefined {
    let text: string | undefined;
    while (this.peek()?.kind === "doc") text = (this.next() as { text: string }).text;
    return text;
  }

  /** `{ readonly a: T; b?: U; }` */
  members(): Field[] {
    this.expect("{");
    const fields: Field[] = [];
    for (;;) {
      const doc = this.doc();
      if (this.is("}")) break;
      if (this.is("readonly") && !this.is(":", 1) && !this.is("?", 1)) this.next();
      const name = this.word();
      const optional = this.is("?");
      if (optional) this.next();
      this.expect(":");
      const type = this.type();
      fields.push({ name, optional, type, doc });
      if (this.is(";") || this.is(",")) this.next();
      else if (!this.is("}")) throw new Error(`${this.file}: expected ";" after the field ${name}`);
    }
    this.expect("}");
    return fields;
  }

  type(): TypeNode {
    if (this.is("|")) this.next();
    const of = [this.postfix()];
    while (this.is("|")) {
      this.next();
      of.push(this.postfix());
    }
    return of.length === 1 ? (of[0] as TypeNode) : { kind: "union", of };
  }

  postfix(): TypeNode {
    let type = this.primary();
    while (this.is("[") && this.is("]", 1)) {
      this.next();
      this.next();
      type = { kind: "array", of: type };
    }
    return type;
  }

  primary(): TypeNode {
    const token = this.peek();
    if (token?.kind === "string") return { kind: "literal", text: this.next().text };
    if (this.is("{")) return { kind: "object", fields: this.members() };
    if (this.is("(")) {
      this.next();
      const inner = this.type();
      this.expect(")");
      return inner;
    }
    const name = this.word();
    if (name === "readonly") return this.postfix();
    const args: TypeNode[] = [];
    if (this.is("<")) {
      this.next();
      args.push(this.type());
      while (this.is(",")) {
        this.next();
        args.push(this.type());
      }
      this.expect(">");
    }
    return { kind: "name", name, args };
  }

  /** Skips to the end of a statement (`;`), for imports. */
  skipStatement(): void {
    while (!this.is(";")) this.next();
    this.next();
  }
}

/** Every interface of the view model's own file, which may hold nothing else but imports. */
function readAll(source: string, file: string): { interfaces: InterfaceDoc[]; imports: Map<string, string> } {
  const parser = new Parser(tokenize(source, file), file);
  const interfaces: InterfaceDoc[] = [];
  const imports = new Map<string, string>();
  while (!parser.done) {
    const doc = parser.doc();
    if (parser.done) break;
    if (parser.is("import")) {
      parser.next();
      if (parser.is("type")) parser.next();
      parser.expect("{");
      const names: string[] = [];
      while (!parser.is("}")) {
        if (parser.is("type")) parser.next();
        names.push(parser.word());
        if (parser.is(",")) parser.next();
      }
      parser.expect("}");
      parser.expect("from");
      const from = JSON.parse(parser.next().text.replace(/^'|'$/g, '"')) as string;
      for (const name of names) imports.set(name, from);
      parser.skipStatement();
      continue;
    }
    parser.expect("export");
    parser.expect("interface");
    const name = parser.word();
    interfaces.push({ name, doc, fields: parser.members(), file });
  }
  return { interfaces, imports };
}

/**
 * The named interfaces of a file that holds other code too: each declaration's text is cut out
 * (from `interface Name {` to its closing brace, with the doc comment just before it) and read
 * alone; the file's functions are never read.
 */
function readNamed(source: string, file: string, names: ReadonlySet<string>): InterfaceDoc[] {
  const found: InterfaceDoc[] = [];
  for (const name of names) {
    const head = new RegExp(`(/\\*\\*(?:[^*]|\\*(?!/))*\\*/\\s*)?(?:export\\s+)?interface\\s+${name}\\s*\\{`).exec(
      source,
    );
    if (head === null) throw new Error(`${file}: no interface ${name}`);
    const open = head.index + head[0].length - 1;
    let depth = 0;
    let close = open;
    for (; close < source.length; close++) {
      if (source[close] === "{") depth += 1;
      else if (source[close] === "}" && --depth === 0) break;
    }
    const line = source.slice(0, head.index).split("\n").length;
    const parser = new Parser(tokenize(source.slice(open, close + 1), `${file}:${line}`), file);
    const doc = head[1] === undefined ? undefined : (tokenize(head[1], file)[0] as { text: string } | undefined)?.text;
    found.push({ name, doc, fields: parser.members(), file });
  }
  return found;
}

/** The type names a type refers to. */
function references(type: TypeNode): string[] {
  switch (type.kind) {
    case "name":
      return [type.name, ...type.args.flatMap(references)];
    case "array":
      return references(type.of);
    case "union":
      return type.of.flatMap(references);
    case "object":
      return type.fields.flatMap((f) => references(f.type));
    case "literal":
      return [];
  }
}

const anchor = (name: string): string => name.toLowerCase();

/** A type in a table cell: known interfaces linked, `|` escaped for the table. */
function showType(type: TypeNode, known: ReadonlySet<string>): string {
  switch (type.kind) {
    case "name": {
      const args = type.args.length > 0 ? `<${type.args.map((a) => showType(a, known)).join(", ")}>` : "";
      return known.has(type.name) ? `[${type.name}](#${anchor(type.name)})${args}` : `\`${type.name}\`${args}`;
    }
    case "literal":
      return `\`${type.text}\``;
    case "array":
      return `${type.of.kind === "union" ? `(${showType(type.of, known)})` : showType(type.of, known)}[]`;
    case "union":
      return type.of.map((t) => showType(t, known)).join(" \\| ");
    case "object":
      return "object";
  }
}

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

type Row = readonly [string, string, string];

/** A field's rows: its own, then those of an object type's fields (`points[].label`). */
function rows(field: Field, prefix: string, known: ReadonlySet<string>): Row[] {
  const name = `${prefix}${field.name}${field.optional ? "?" : ""}`;
  const own: Row = [`\`${name}\``, showType(field.type, known), cell(field.doc ?? "")];
  let inner: TypeNode = field.type;
  let suffix = "";
  while (inner.kind === "array") {
    inner = inner.of;
    suffix += "[]";
  }
  if (inner.kind === "union") {
    const objects = inner.of.filter((t) => t.kind === "object");
    if (objects.length === 1) inner = objects[0] as TypeNode;
  }
  if (inner.kind !== "object") return [own];
  return [own, ...inner.fields.flatMap((f) => rows(f, `${prefix}${field.name}${suffix}.`, known))];
}

export interface ViewModelSources {
  /** The file's path from the repository's root, and its text. */
  readonly briefView: { readonly file: string; readonly text: string };
  readonly indexView: { readonly file: string; readonly text: string };
  /** Files the view model imports types from, by the path its import names (`./labels.js`). */
  readonly imported: (from: string) => { readonly file: string; readonly text: string };
}

const INDEX_TYPES = new Set(["IndexView", "IndexBriefView", "IndexFailedView"]);

/** A Markdown table with its columns aligned, as the project's formatter (Biome) writes one. */
function table(head: Row, body: readonly Row[]): string[] {
  const all = [head, ...body];
  const widths = [0, 1, 2].map((i) => Math.max(3, ...all.map((row) => [...(row[i] ?? "")].length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((text, i) => text + " ".repeat((widths[i] ?? 0) - [...text].length)).join(" | ")} |`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)];
}

/** docs/view-model.md, from the view model's types. */
export function viewModelDoc(sources: ViewModelSources): string {
  const { interfaces, imports } = readAll(sources.briefView.text, sources.briefView.file);
  const byName = new Map(interfaces.map((i) => [i.name, i]));
  // Types the view model borrows from other files, documented with it.
  const borrowed = new Map<string, Set<string>>();
  for (const i of interfaces)
    for (const name of i.fields.flatMap((f) => references(f.type))) {
      const from = imports.get(name);
      if (from !== undefined && !byName.has(name)) borrowed.set(from, (borrowed.get(from) ?? new Set()).add(name));
    }
  for (const [from, names] of borrowed) {
    const file = sources.imported(from);
    for (const i of readNamed(file.text, file.file, names)) byName.set(i.name, i);
  }
  const index = readNamed(sources.indexView.text, sources.indexView.file, INDEX_TYPES);
  for (const i of index) byName.set(i.name, i);
  const known = new Set(byName.keys());

  /** From a root, each interface in the order a reader meets it. */
  const walk = (root: string): InterfaceDoc[] => {
    const order: InterfaceDoc[] = [];
    const seen = new Set<string>();
    const queue = [root];
    while (queue.length > 0) {
      const name = queue.shift() as string;
      const found = byName.get(name);
      if (found === undefined || seen.has(name)) continue;
      seen.add(name);
      order.push(found);
      queue.push(...found.fields.flatMap((f) => references(f.type)));
    }
    return order;
  };
  const brief = walk("BriefView");
  const listed = new Set(brief.map((i) => i.name));
  const page = walk("IndexView").filter((i) => !listed.has(i.name));
  const unreached = interfaces.filter((i) => !listed.has(i.name));
  if (unreached.length > 0)
    throw new Error(
      `${sources.briefView.file}: ${unreached.map((i) => i.name).join(", ")} ${unreached.length === 1 ? "is" : "are"} not reached from BriefView: the reference would leave ${unreached.length === 1 ? "it" : "them"} out`,
    );

  const section = (i: InterfaceDoc): string[] => [
    `### ${i.name}`,
    "",
    ...(i.doc === undefined ? [] : [i.doc, ""]),
    `Declared in \`${i.file}\`.`,
    "",
    ...table(
      ["field", "type", "what it is"],
      i.fields.flatMap((f) => rows(f, "", known)),
    ),
    "",
  ];
  return [
    "# The view model: what templates see",
    "",
    `<!-- Generated by scripts/view-model-doc.ts from ${sources.briefView.file} and ${sources.indexView.file}: do not edit; run \`npm run docs\`. -->`,
    "",
    "A desk's own templates (`--templates DIR`, or `templates:` in `factsheet.config.yaml` or in a brief) are",
    "Handlebars templates that render these values. `brief.hbs`, every partial (`partials/<name>.hbs`, used as",
    "`{{> name}}`) and the running header and footer of the PDF (`print-header.hbs`, `print-footer.hbs`) see a",
    "[BriefView](#briefview); the index page of `build --all` (`index.hbs`) sees an [IndexView](#indexview).",
    "A file the folder lacks is the built-in one (`templates/` of factsheet); stylesheets (`styles/*.css`) are",
    "inlined in file-name order, a desk's file replacing the built-in file of its name.",
    "",
    "Templates run in Handlebars' strict mode with only the built-in helpers (`if`, `unless`, `each`, `with`,",
    "`lookup`) and two of factsheet's: `{{styles}}` (the stylesheets) and `{{fonts}}` (the embedded fonts), both",
    "in a `<style>` element. Every field below is always present (`null` when empty), so a misspelt field fails",
    "the build with its template's line rather than printing nothing. Print data with `{{ }}`, which escapes it:",
    "a desk's template with `{{{ }}}` or `{{& }}` is refused.",
    "",
    "## The brief",
    "",
    ...brief.flatMap(section),
    "## The index page",
    "",
    ...page.flatMap(section),
  ]
    .join("\n")
    .replace(/\n+$/, "\n");
}
