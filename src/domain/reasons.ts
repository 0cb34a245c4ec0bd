/**
 * The reasons a planner reads — why a link is a gap, why a firm is worth approaching (推荐理由), why a project needs
 * attention — as structured data (a code and its parameters) and the sentence each makes in Chinese and in English.
 * The rules produce the structure; the API renders it in the language of the request. The Chinese sentences are
 * written as a planner would say them, not translated word for word.
 */
import { days, firms, percent, yuan, type Language } from './readable-numbers.js';
import type { ChainDirection } from './chain-gaps.js';
import type { BlockerKind } from './vocabulary.js';

/** Something with a name in English and, where the data has it, in Chinese. */
export interface Named {
  name: string;
  nameZh?: string | null;
}

export interface RecruitedProjectParam {
  name: string;
  /** YYYY-MM-DD. */
  operatingSince: string | null;
}

interface ParamsByCode {
  /** EXTEND, when the region has no link of the chain at all. */
  NO_LINK_OF_CHAIN_YET: { link: Named };
  /** FILL: the links around it are present. */
  MISSING_BETWEEN_PRESENT: { link: Named; upstream: Named[]; downstream: Named[] };
  /** EXTEND at distance 1. */
  MISSING_NEXT_TO_PRESENT: { link: Named; direction: ChainDirection; neighbours: Named[] };
  /** EXTEND further away (maxExtendDistance > 1). */
  MISSING_NEAR_PRESENT: { link: Named; distance: number };
  FEW_LOCAL_FIRMS: { link: Named; firms: number; minimum: number };
  NO_LOCAL_LEADING_FIRM: { link: Named };
  BOUGHT_FROM_OUTSIDE: { link: Named; share: number; maximum: number };
  /** Some of the link's local firms count through OPERATING projects. */
  PRESENT_THROUGH_PROJECTS: { link: Named; firms: number; projects: RecruitedProjectParam[] };
  /** 以商招商: the candidate already supplies local firms. */
  SELLS_TO_LOCAL_FIRMS: { annualValue: number; customers: number };
  LEADING_ENTERPRISE: Record<string, never>;
  LISTED_COMPANY: Record<string, never>;
  REVENUE: { revenue: number };
  LINKS_ALREADY_PRESENT: { present: number; links: number };
  FOLLOW_UP_OVERDUE: { dueOn: string; days: number };
  BLOCKED: { kind: BlockerKind; since: string; text: string };
  NOTHING_DONE: { days: number; lastChangeOn: string };
  /** A growth opportunity: a link the region specialises in that places often combine with this one. */
  RELATED_SPECIALISATION: { link: Named; proximity: number };
  /** A growth opportunity with nothing related in the region yet. */
  NO_RELATED_SPECIALISATION: Record<string, never>;
}

export type ReasonCode = keyof ParamsByCode;
export type Reason = { [C in ReasonCode]: { code: C; params: ParamsByCode[C] } }[ReasonCode];

export function reason<C extends ReasonCode>(code: C, params: ParamsByCode[C]): Reason {
  return { code, params } as Reason;
}

const BLOCKER_ZH: Record<BlockerKind, string> = {
  LAND: '用地',
  ENVIRONMENT: '环评',
  PERMIT: '审批',
  FUNDING: '资金',
  OTHER: '其他',
};

const nameIn = (named: Named, language: Language) => (language === 'zh' && named.nameZh ? named.nameZh : named.name);
const namesIn = (list: readonly Named[], language: Language) =>
  list.map((named) => nameIn(named, language)).join(language === 'zh' ? '、' : ', ');

type Sentences = { [C in ReasonCode]: (params: ParamsByCode[C]) => string };

const ZH: Sentences = {
  NO_LINK_OF_CHAIN_YET: ({ link }) => `本地还没有${nameIn(link, 'zh')}企业，这条链的环节也都尚未落地`,
  MISSING_BETWEEN_PRESENT: ({ link, upstream, downstream }) =>
    `本地缺${nameIn(link, 'zh')}这一环：上游${namesIn(upstream, 'zh')}、下游${namesIn(downstream, 'zh')}都有本地企业，中间断了链`,
  MISSING_NEXT_TO_PRESENT: ({ link, direction, neighbours }) =>
    `本地缺${nameIn(link, 'zh')}这一环，它紧挨着本地已有的${namesIn(neighbours, 'zh')}（在其${direction === 'UPSTREAM' ? '上游' : '下游'}），可以顺势延链`,
  MISSING_NEAR_PRESENT: ({ link, distance }) => `本地缺${nameIn(link, 'zh')}这一环，离本地最近的已有环节还隔着${distance}个环节`,
  FEW_LOCAL_FIRMS: ({ link, firms: n, minimum }) => `${nameIn(link, 'zh')}环节本地只有${firms(n, 'zh')}（不到${minimum}家）`,
  NO_LOCAL_LEADING_FIRM: ({ link }) => `${nameIn(link, 'zh')}环节本地还没有龙头企业`,
  BOUGHT_FROM_OUTSIDE: ({ link, share, maximum }) =>
    `本地企业用的${nameIn(link, 'zh')}有${percent(share)}从外地采购（超过${percent(maximum)}）`,
  PRESENT_THROUGH_PROJECTS: ({ link, firms: n, projects }) =>
    `${nameIn(link, 'zh')}环节的${firms(n, 'zh')}中，有${projects.length}家是招商项目${projects
      .map((project) => `「${project.name}」${project.operatingSince ? `（${project.operatingSince}投产）` : ''}`)
      .join('、')}引进的`,
  SELLS_TO_LOCAL_FIRMS: ({ annualValue, customers }) => `已给本地${firms(customers, 'zh')}供货，每年${yuan(annualValue, 'zh')}（以商招商）`,
  LEADING_ENTERPRISE: () => '龙头企业，引进后能带动配套企业跟着落地（雁阵效应）',
  LISTED_COMPANY: () => '上市公司',
  REVENUE: ({ revenue }) => `年营业收入${yuan(revenue, 'zh')}`,
  LINKS_ALREADY_PRESENT: ({ present, links }) => `它涉及的${links}个产业链环节中，本地已有${present}个`,
  FOLLOW_UP_OVERDUE: ({ dueOn, days: n }) => `原定${dueOn}跟进，已过期${days(n, 'zh')}`,
  BLOCKED: ({ kind, since, text }) => `${since}起卡在${BLOCKER_ZH[kind]}上：${text}`,
  NOTHING_DONE: ({ days: n, lastChangeOn }) => `已经${days(n, 'zh')}没有进展（上次变动在${lastChangeOn}）`,
  RELATED_SPECIALISATION: ({ link, proximity }) =>
    `本地在${nameIn(link, 'zh')}上有专长，而全国的县区常常同时在这两个环节上有专长（关联度${percent(proximity)}）`,
  NO_RELATED_SPECIALISATION: () => '本地还没有与它相关的专长环节，培育起来要从头做起',
};

const EN: Sentences = {
  NO_LINK_OF_CHAIN_YET: ({ link }) => `no local firm in ${link.name}, and the region has no link of this chain yet`,
  MISSING_BETWEEN_PRESENT: ({ link, upstream, downstream }) =>
    `no local firm in ${link.name}; the chain around it is present (upstream via ${namesIn(upstream, 'en')}, downstream via ${namesIn(downstream, 'en')})`,
  MISSING_NEXT_TO_PRESENT: ({ link, direction, neighbours }) =>
    `no local firm in ${link.name}, directly ${direction === 'UPSTREAM' ? 'upstream' : 'downstream'} of ${namesIn(neighbours, 'en')}, which the region has`,
  MISSING_NEAR_PRESENT: ({ link, distance }) => `no local firm in ${link.name}, ${distance} links from the nearest link the region has`,
  FEW_LOCAL_FIRMS: ({ link, firms: n, minimum }) => `only ${n} local ${n === 1 ? 'firm' : 'firms'} in ${link.name} (fewer than ${minimum})`,
  NO_LOCAL_LEADING_FIRM: ({ link }) => `no local leading firm in ${link.name}`,
  BOUGHT_FROM_OUTSIDE: ({ link, share, maximum }) =>
    `local firms buy ${percent(share)} of their ${link.name} from outside the region (more than ${percent(maximum)})`,
  PRESENT_THROUGH_PROJECTS: ({ link, firms: n, projects }) => {
    const named = projects.map(
      (project) => `'${project.name}'${project.operatingSince ? `, operating since ${project.operatingSince}` : ''}`,
    );
    const through = projects.length === 1 ? `project ${named[0]}` : `projects ${named.join('; ')}`;
    return `${projects.length} of ${firms(n, 'en')} in ${link.name} through ${through}`;
  },
  SELLS_TO_LOCAL_FIRMS: ({ annualValue, customers }) =>
    `already sells ${yuan(annualValue, 'en')} a year to ${customers} local ${customers === 1 ? 'firm' : 'firms'} (以商招商)`,
  LEADING_ENTERPRISE: () => 'a leading enterprise (龙头企业): its suppliers tend to follow it (雁阵效应)',
  LISTED_COMPANY: () => 'a listed company',
  REVENUE: ({ revenue }) => `revenue of ${yuan(revenue, 'en')} a year`,
  LINKS_ALREADY_PRESENT: ({ present, links }) =>
    `${present} of its ${links} chain links ${present === 1 ? 'is' : 'are'} already present in the region`,
  FOLLOW_UP_OVERDUE: ({ dueOn, days: n }) => `follow-up was due on ${dueOn}, ${days(n, 'en')} ago`,
  BLOCKED: ({ kind, since, text }) => `blocked (${kind.toLowerCase()}) since ${since}: ${text}`,
  NOTHING_DONE: ({ days: n, lastChangeOn }) => `nothing done for ${days(n, 'en')} (last change on ${lastChangeOn})`,
  RELATED_SPECIALISATION: ({ link, proximity }) =>
    `the region specialises in ${link.name}, which counties across the country often specialise in together with this link (proximity ${percent(proximity)})`,
  NO_RELATED_SPECIALISATION: () => 'nothing the region specialises in is related to it: it would be built from scratch',
};

const SENTENCES: Record<Language, Sentences> = { zh: ZH, en: EN };

/** The sentence a planner reads. */
export function reasonText(reason: Reason, language: Language): string {
  return (SENTENCES[language][reason.code] as (params: Reason['params']) => string)(reason.params);
}

/** A reason's parameters as name/value pairs for clients: names in the language, lists joined, numbers as numbers. */
export function reasonParams(reason: Reason, language: Language): { name: string; value: string }[] {
  return Object.entries(reason.params).map(([name, value]) => ({ name, value: paramValue(value, language) }));
}

function paramValue(value: unknown, language: Language): string {
  if (Array.isArray(value)) return value.map((item) => paramValue(item, language)).join(language === 'zh' ? '、' : ', ');
  if (value !== null && typeof value === 'object') {
    if ('operatingSince' in value) return (value as RecruitedProjectParam).name;
    return nameIn(value as Named, language);
  }
  return String(value);
}
