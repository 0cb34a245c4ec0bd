/**
 * An admin's edit of a chain (editChain): the changes are applied to the chain as it stands, in a fixed order —
 * links removed, links added, renamed, their rules changed, feeds removed, feeds added — and the chain that results
 * must still be sound: GB/T 4754-2017 codes, names in both languages, and FEEDS forming a DAG that connects every link.
 * Pure: the chain, the changes and how to check a code in; the new chain and what changed (for its history) or every
 * problem out.
 */
import { chainShapeProblems, type Feed } from './chain-shape.js';
import type { Language } from './readable-numbers.js';
import type { LinkStage } from './vocabulary.js';

export interface EditableLink {
  id: string;
  name: string;
  nameZh: string | null;
  stage: LinkStage;
  industryCodes: string[];
  keywords: string[];
  excludedKeywords: string[];
}

export interface EditableChain {
  id: string;
  links: EditableLink[];
  feeds: Feed[];
}

export interface LinkRules {
  linkId: string;
  industryCodes?: string[] | null;
  keywords?: string[] | null;
  excludedKeywords?: string[] | null;
}

export interface ChainChanges {
  addLinks?: (Omit<EditableLink, 'nameZh'> & { nameZh?: string | null })[] | null;
  renameLinks?: { linkId: string; name?: string | null; nameZh?: string | null }[] | null;
  removeLinkIds?: string[] | null;
  addFeeds?: Feed[] | null;
  removeFeeds?: Feed[] | null;
  linkRules?: LinkRules[] | null;
}

/** One change as the chain's history keeps it. */
export type ChainChange =
  | { kind: 'LINK_ADDED'; linkId: string; name: string; nameZh: string | null }
  | { kind: 'LINK_RENAMED'; linkId: string; name: string; nameZh: string | null; formerName: string; formerNameZh: string | null }
  | { kind: 'LINK_REMOVED'; linkId: string; name: string; nameZh: string | null }
  | { kind: 'FEED_ADDED' | 'FEED_REMOVED'; from: string; to: string }
  | { kind: 'RULES_CHANGED'; linkId: string; industryCodes: string[]; keywords: string[]; excludedKeywords: string[] };

export type EditResult = { kind: 'edited'; chain: EditableChain; changes: ChainChange[] } | { kind: 'refused'; problems: string[] };

const HAN = /\p{Script=Han}/u;
const feedKey = (feed: Feed) => `${feed.from}>${feed.to}`;
const words = (list: string[]) => [...new Set(list.map((word) => word.trim()).filter((word) => word.length > 0))];

/** What is wrong with a GB/T 4754-2017 code rule (C1952, C195*), or undefined when the standard has it. */
export type CodeRuleCheck = (rule: string) => string | undefined;

export function applyChainChanges(chain: EditableChain, edit: ChainChanges, codeRuleProblem: CodeRuleCheck): EditResult {
  const problems: string[] = [];
  const changes: ChainChange[] = [];
  const links = new Map(chain.links.map((link) => [link.id, { ...link }]));
  let feeds = [...chain.feeds];
  const known = (linkId: string, what: string) => {
    if (links.has(linkId)) return true;
    problems.push(`${what}: the chain has no link '${linkId}'`);
    return false;
  };

  for (const linkId of edit.removeLinkIds ?? []) {
    if (!known(linkId, 'removeLinkIds')) continue;
    const link = links.get(linkId)!;
    links.delete(linkId);
    feeds = feeds.filter((feed) => feed.from !== linkId && feed.to !== linkId);
    changes.push({ kind: 'LINK_REMOVED', linkId, name: link.name, nameZh: link.nameZh });
  }
  for (const added of edit.addLinks ?? []) {
    if (links.has(added.id) || chain.links.some((link) => link.id === added.id)) {
      problems.push(`addLinks: the chain has a link '${added.id}' already`);
      continue;
    }
    const link: EditableLink = {
      ...added,
      name: added.name.trim(),
      nameZh: added.nameZh?.trim() || null,
      industryCodes: words(added.industryCodes),
      keywords: words(added.keywords),
      excludedKeywords: words(added.excludedKeywords),
    };
    links.set(link.id, link);
    changes.push({ kind: 'LINK_ADDED', linkId: link.id, name: link.name, nameZh: link.nameZh });
  }
  for (const rename of edit.renameLinks ?? []) {
    if (!known(rename.linkId, 'renameLinks')) continue;
    const link = links.get(rename.linkId)!;
    const [formerName, formerNameZh] = [link.name, link.nameZh];
    if (rename.name === null) problems.push(`renameLinks: the name of link '${rename.linkId}' cannot be cleared`);
    if (rename.name === undefined && rename.nameZh === undefined)
      problems.push(`renameLinks: give link '${rename.linkId}' a name, a nameZh or both`);
    if (typeof rename.name === 'string') link.name = rename.name.trim();
    if (rename.nameZh !== undefined) link.nameZh = rename.nameZh?.trim() || null;
    changes.push({ kind: 'LINK_RENAMED', linkId: link.id, name: link.name, nameZh: link.nameZh, formerName, formerNameZh });
  }
  for (const rules of edit.linkRules ?? []) {
    if (!known(rules.linkId, 'linkRules')) continue;
    const link = links.get(rules.linkId)!;
    if (rules.industryCodes) link.industryCodes = words(rules.industryCodes);
    if (rules.keywords) link.keywords = words(rules.keywords);
    if (rules.excludedKeywords) link.excludedKeywords = words(rules.excludedKeywords);
    const { industryCodes, keywords, excludedKeywords } = link;
    changes.push({ kind: 'RULES_CHANGED', linkId: link.id, industryCodes, keywords, excludedKeywords });
  }
  for (const removed of edit.removeFeeds ?? []) {
    const kept = feeds.filter((feed) => feedKey(feed) !== feedKey(removed));
    if (kept.length === feeds.length) problems.push(`removeFeeds: there is no feed '${feedKey(removed)}' in the chain`);
    feeds = kept;
    changes.push({ kind: 'FEED_REMOVED', from: removed.from, to: removed.to });
  }
  for (const added of edit.addFeeds ?? []) {
    if (feeds.some((feed) => feedKey(feed) === feedKey(added)))
      problems.push(`addFeeds: '${feedKey(added)}' is a feed of the chain already`);
    else feeds.push({ from: added.from, to: added.to });
    changes.push({ kind: 'FEED_ADDED', from: added.from, to: added.to });
  }

  if (changes.length === 0) problems.push('changes: nothing to change; give at least one change');
  const result: EditableChain = { id: chain.id, links: [...links.values()], feeds };
  problems.push(
    ...linkProblems(result.links, codeRuleProblem),
    ...chainShapeProblems(
      result.links.map((link) => link.id),
      feeds,
    ),
  );
  return problems.length > 0 ? { kind: 'refused', problems } : { kind: 'edited', chain: result, changes };
}

function linkProblems(links: EditableLink[], codeRuleProblem: CodeRuleCheck): string[] {
  const problems: string[] = [];
  if (links.length === 0) problems.push('a chain keeps at least one link');
  for (const link of links) {
    const where = `link '${link.id}'`;
    if (link.name.length === 0) problems.push(`${where}: name must not be empty`);
    if (link.nameZh !== null && !HAN.test(link.nameZh)) problems.push(`${where}: nameZh '${link.nameZh}' must be Chinese`);
    for (const code of link.industryCodes) {
      const problem = codeRuleProblem(code);
      if (problem) problems.push(`${where}: ${problem}`);
    }
    const overlap = link.keywords.filter((word) => link.excludedKeywords.includes(word));
    if (overlap.length > 0) problems.push(`${where}: ${overlap.join(', ')} is both a keyword and an exclusion word`);
  }
  return problems;
}

/** A change as a planner reads it in the chain's history; links by name in the language asked for. */
export function describeChainChange(change: ChainChange, language: Language, linkName: (linkId: string) => string): string {
  const zh = language === 'zh';
  const named = (name: string, nameZh: string | null) => (zh ? (nameZh ?? name) : name);
  const list = (items: string[]) => (items.length === 0 ? (zh ? '无' : 'none') : items.join(zh ? '、' : ', '));
  switch (change.kind) {
    case 'LINK_ADDED':
      return zh ? `新增环节“${named(change.name, change.nameZh)}”` : `Added the link “${change.name}”`;
    case 'LINK_RENAMED':
      // A name changed in the other language only is said in that language.
      if (zh && change.nameZh === change.formerNameZh)
        return `环节“${named(change.formerName, change.formerNameZh)}”的英文名改为“${change.name}”`;
      if (!zh && change.name === change.formerName) return `Renamed the link “${change.name}” in Chinese to “${change.nameZh ?? ''}”`;
      return zh
        ? `环节“${named(change.formerName, change.formerNameZh)}”改名为“${named(change.name, change.nameZh)}”`
        : `Renamed the link “${change.formerName}” to “${change.name}”`;
    case 'LINK_REMOVED':
      return zh ? `删除环节“${named(change.name, change.nameZh)}”` : `Removed the link “${change.name}”`;
    case 'FEED_ADDED':
      return zh
        ? `“${linkName(change.from)}”供给“${linkName(change.to)}”`
        : `“${linkName(change.from)}” now feeds “${linkName(change.to)}”`;
    case 'FEED_REMOVED':
      return zh
        ? `“${linkName(change.from)}”不再供给“${linkName(change.to)}”`
        : `“${linkName(change.from)}” no longer feeds “${linkName(change.to)}”`;
    case 'RULES_CHANGED':
      return zh
        ? `“${linkName(change.linkId)}”的挂链规则：行业代码${list(change.industryCodes)}；关键词${list(change.keywords)}；排除词${list(change.excludedKeywords)}`
        : `Rules of “${linkName(change.linkId)}”: industry codes ${list(change.industryCodes)}; keywords ${list(change.keywords)}; exclusion words ${list(change.excludedKeywords)}`;
  }
}
