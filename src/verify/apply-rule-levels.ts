/**
 * Rule levels and acceptances, applied to the findings of a check: each
 * finding of a settable rule takes the level its brief, its desk, the kind of
 * item it stands on, or the rule itself gives it (`off` drops it); a finding
 * an item accepts (`accept: [{ rule, reason }]`) is set aside with the
 * editor's reason; an acceptance that matches no finding is a note.
 */
import {
  type Diagnostic,
  diagnostic,
  isSettableRule,
  type Level,
  type Place,
  SETTABLE_RULES,
  type SettableRule,
} from "../diagnostics/index.js";
import {
  ITEM_KINDS,
  type ItemDescription,
  type ItemSite,
  items,
  type ListName,
  type Places,
} from "../factbase/items.js";
import type { YamlPath } from "../factbase/parse-yaml.js";

/** A rule's level, or its levels by kind of item (the list's name) with `level` for the other kinds. */
export type RuleSetting = Level | Readonly<Partial<Record<ListName | "level", Level>>>;

/** Levels as a brief's `checks.rules` or a desk's `rules:` set them. */
export type RuleSettings = Readonly<Partial<Record<SettableRule, RuleSetting>>>;

/**
 * The level of `rule` on an item of `kind` (none for a finding outside the
 * items), given the settings from the most particular (the brief) to the
 * least (the desk): a level set for the kind, in any of them; else the kind's
 * own default; else a level set for the rule as a whole; else the rule's.
 */
export const levelOf = (
  rule: SettableRule,
  kind: ItemDescription | undefined,
  settings: readonly (RuleSettings | undefined)[],
): Level => {
  if (kind !== undefined) {
    for (const set of settings) {
      const setting = set?.[rule];
      const forKind = typeof setting === "object" ? setting[kind.list] : undefined;
      if (forKind !== undefined) return forKind;
    }
    const own = kind.ruleLevels[rule];
    if (own !== undefined) return own;
  }
  for (const set of settings) {
    const setting = set?.[rule];
    const level = typeof setting === "object" ? setting.level : setting;
    if (level !== undefined) return level;
  }
  return SETTABLE_RULES[rule].level;
};

export interface RuleLevelsInput {
  readonly diagnostics: readonly Diagnostic[];
  /** The brief's settings first, then the desk's. */
  readonly settings: readonly (RuleSettings | undefined)[];
  /** The brief as diagnostics name it: only its findings stand on items. */
  readonly briefFile: string;
  /**
   * The items that may accept findings, with their places: given once every
   * check has run (with a fact base that failed verification, the provenance
   * findings are not there to accept, and no acceptance is called stale).
   */
  readonly accepting?: { readonly factBase: object; readonly places: Places } | undefined;
  readonly locateBrief: (path: YamlPath) => Place;
}

export interface RuleLevelsApplied {
  /** The findings at their levels, without those that are off or accepted. */
  readonly diagnostics: readonly Diagnostic[];
  /** The findings items accepted, each with its reason in `accepted`. */
  readonly accepted: readonly Diagnostic[];
}

const kindAt = (path: readonly (string | number)[] | undefined): ItemDescription | undefined =>
  path === undefined ? undefined : ITEM_KINDS.find((kind) => kind.list === path[0]);

/** The key of the item a path lies in: its list and its index there. */
const itemKey = (path: readonly (string | number)[]): string | undefined =>
  path.length >= 2 && typeof path[1] === "number" ? `${path[0]}/${path[1]}` : undefined;

const nameOf = (site: ItemSite): string =>
  site.id === undefined
    ? `${site.description.kind} ${Number(site.path[1]) + 1}`
    : `${site.description.kind} \`${site.id}\``;

interface Acceptance {
  readonly site: ItemSite;
  readonly index: number;
  readonly rule: SettableRule;
  readonly reason: string;
  used: boolean;
}

export const applyRuleLevels = (input: RuleLevelsInput): RuleLevelsApplied => {
  const { settings, briefFile } = input;
  const onItem = (d: Diagnostic) => (d.file === briefFile ? d.path : undefined);
  const level = (d: Diagnostic): Level =>
    isSettableRule(d.rule) ? levelOf(d.rule, kindAt(onItem(d)), settings) : d.severity;

  // The acceptances, by the item that makes them.
  const acceptances = new Map<string, Acceptance[]>();
  if (input.accepting) {
    for (const site of items(input.accepting.factBase, input.accepting.places)) {
      const key = itemKey(site.path);
      const accept = (site.item as { accept?: readonly { rule: string; reason: string }[] }).accept ?? [];
      if (key === undefined || accept.length === 0) continue;
      acceptances.set(
        key,
        accept.flatMap((a, index) =>
          isSettableRule(a.rule) ? [{ site, index, rule: a.rule, reason: a.reason, used: false }] : [],
        ),
      );
    }
  }

  const kept: Diagnostic[] = [];
  const accepted: Diagnostic[] = [];
  const settle = (d: Diagnostic) => {
    const severity = level(d);
    if (severity === "off") return;
    const set = severity === d.severity ? d : { ...d, severity };
    const path = onItem(d);
    const key = path === undefined ? undefined : itemKey(path);
    const match =
      key === undefined || !isSettableRule(d.rule) || !SETTABLE_RULES[d.rule].onItem
        ? undefined
        : acceptances.get(key)?.find((a) => a.rule === d.rule);
    if (match) {
      match.used = true;
      accepted.push({ ...set, accepted: match.reason });
    } else {
      kept.push(set);
    }
  };
  for (const d of input.diagnostics) settle(d);

  // Acceptances nothing matched: the finding has gone (the item was corrected), or the rule is off there.
  for (const list of acceptances.values()) {
    for (const a of list) {
      if (a.used) continue;
      const off = levelOf(a.rule, a.site.description, settings) === "off";
      settle(
        diagnostic(
          input.locateBrief([...a.site.path, "accept", a.index, "rule"]),
          "note",
          "stale-accept",
          `${nameOf(a.site)} accepts \`${a.rule}\`, but check finds no such finding on it${
            off ? ` (the rule is off for ${a.site.description.list})` : ""
          }: the acceptance can go`,
        ),
      );
    }
  }
  return { diagnostics: kept, accepted };
};
