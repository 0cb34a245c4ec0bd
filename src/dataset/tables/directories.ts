/**
 * The names a table may use for what the graph holds: parks and chain links by id or name; regions by code, name path,
 * unique name, the exports' 所属省份/所属城市/所属区县 columns, or the divisions an address names. Pure: filled by the
 * caller from the files and the database.
 */

/** Names that find one record; a name two records share finds none, and says so. */
export class NameDirectory {
  private readonly ids = new Map<string, string | null>();

  add(id: string, ...names: (string | null | undefined)[]): void {
    this.ids.set(id, id);
    for (const name of names) {
      if (!name) continue;
      const held = this.ids.get(name);
      this.ids.set(name, held === undefined || held === id ? id : null);
    }
  }

  /** The id a name or id stands for; null when several records have that name; undefined when none. */
  find(name: string): string | null | undefined {
    return this.ids.get(name);
  }
}

interface Place {
  names: string[];
  parentId: string | null;
}

/** A region found: its id, null when several regions fit (ambiguous), undefined when none does. */
export type Found = string | null | undefined;

/** Regions by name path (河南省/驻马店市/上蔡县), by unique name, Chinese or English, by division columns or address. */
export class RegionDirectory {
  private readonly names = new NameDirectory();
  private readonly places = new Map<string, Place>();
  /** Region ids by each of their names, and Chinese names by their first character: built when first needed. */
  private byName: Map<string, string[]> | undefined;
  private byFirstCharacter: Map<string, string[]> | undefined;
  /** A registry export names the same few regions on every row: each text is looked up once. */
  private readonly found = new Map<string, Found>();

  add(id: string, name: string, nameZh: string | null, parentId: string | null): void {
    this.found.clear();
    this.byName = undefined;
    this.byFirstCharacter = undefined;
    this.names.add(id, name, nameZh);
    this.places.set(id, { names: [name, nameZh ?? ''].filter(Boolean), parentId });
  }

  find(text: string): Found {
    return this.remembered(`path:${text}`, () => this.lookUp(text));
  }

  /**
   * The region the exports' division columns name — 所属省份, 所属城市, 所属区县, as many as are given, largest first —
   * the last one given, under the ones before it. A step that names none of its ancestors is passed over (an export
   * writes 北京市 as the city of 东城区, whose city-level unit is 市辖区); so 鼓楼区 under 开封市 and under 福州市 are two.
   */
  findByDivisions(divisions: string[]): Found {
    const steps = divisions.map((step) => step.trim()).filter(Boolean);
    if (steps.length === 0) return undefined;
    return this.remembered(`divisions:${steps.join('/')}`, () => {
      let candidates = this.named(steps[steps.length - 1]!);
      for (const step of steps.slice(0, -1)) {
        const inside = candidates.filter((id) => this.ancestorNames(id).has(step));
        if (inside.length > 0) candidates = inside;
      }
      return candidates.length === 1 ? candidates[0] : candidates.length === 0 ? undefined : null;
    });
  }

  /**
   * The most specific region an address names (河南省驻马店市上蔡县东洪镇工业园3号 → 上蔡县): of the regions whose
   * names occur in it, those that account for the most of those names (their own and their ancestors'), the deepest.
   */
  findInAddress(address: string): Found {
    return this.remembered(`address:${address}`, () => {
      const mentioned = this.namesIn(address);
      const candidates = [...new Set([...mentioned].flatMap((name) => this.named(name)))];
      const explained = (id: string) => {
        const names = new Set([...(this.places.get(id)?.names ?? []), ...this.ancestorNames(id)]);
        return [...mentioned].filter((name) => names.has(name)).length;
      };
      const best = Math.max(0, ...candidates.map(explained));
      const top = candidates.filter((id) => explained(id) === best);
      const deepest = top.filter((id) => !top.some((other) => other !== id && this.ancestors(other).includes(id)));
      return deepest.length === 1 ? deepest[0] : deepest.length === 0 ? undefined : null;
    });
  }

  /** Whether region `id` lies under region `ancestorId`. */
  isUnder(id: string, ancestorId: string): boolean {
    return this.ancestors(id).includes(ancestorId);
  }

  private remembered(key: string, lookUp: () => Found): Found {
    if (!this.found.has(key)) this.found.set(key, lookUp());
    return this.found.get(key);
  }

  private lookUp(text: string): Found {
    const steps = text
      .split(/[/／>]/)
      .map((step) => step.trim())
      .filter(Boolean);
    if (steps.length <= 1) return this.names.find(steps[0] ?? '');
    const matches = this.named(steps[steps.length - 1]!).filter((id) => this.pathMatches(id, steps));
    return matches.length === 1 ? matches[0] : matches.length === 0 ? undefined : null;
  }

  /** Whether the region's own name is the path's last step and its ancestors' names the steps before, in order. */
  private pathMatches(id: string, steps: string[]): boolean {
    let current: string | null = id;
    for (let i = steps.length - 1; i >= 0; i -= 1) {
      const place: Place | undefined = current === null ? undefined : this.places.get(current);
      if (!place || !place.names.includes(steps[i]!)) return false;
      current = place.parentId;
    }
    return true;
  }

  private named(name: string): string[] {
    if (!this.byName) {
      this.byName = new Map();
      for (const [id, place] of this.places) {
        for (const placeName of place.names) pushTo(this.byName, placeName, id);
      }
    }
    return this.byName.get(name) ?? [];
  }

  private ancestors(id: string): string[] {
    const chain: string[] = [];
    for (let parent = this.places.get(id)?.parentId ?? null; parent !== null && !chain.includes(parent);) {
      chain.push(parent);
      parent = this.places.get(parent)?.parentId ?? null;
    }
    return chain;
  }

  private ancestorNames(id: string): Set<string> {
    return new Set(this.ancestors(id).flatMap((ancestor) => this.places.get(ancestor)?.names ?? []));
  }

  /** The Chinese region names (two characters or more) that occur in `text`. */
  private namesIn(text: string): Set<string> {
    if (!this.byFirstCharacter) {
      this.byFirstCharacter = new Map();
      for (const place of this.places.values()) {
        for (const name of place.names) {
          if (name.length < 2 || !/\p{Script=Han}/u.test(name)) continue;
          pushTo(this.byFirstCharacter, name[0]!, name);
        }
      }
    }
    const mentioned = new Set<string>();
    for (let at = 0; at < text.length; at += 1) {
      for (const name of this.byFirstCharacter.get(text[at]!) ?? []) if (text.startsWith(name, at)) mentioned.add(name);
    }
    return mentioned;
  }
}

/** Appends `value` to the list at `key`, once: a region whose two names are the same is listed once under it. */
function pushTo(lists: Map<string, string[]>, key: string, value: string): void {
  const list = lists.get(key);
  if (!list) lists.set(key, [value]);
  else if (list.at(-1) !== value) list.push(value);
}
