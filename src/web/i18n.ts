import { createContext, useContext } from 'react';
import type { AssignmentBasis, AttentionKind, BlockerKind, LinkStage, GapKind, LinkState, ProjectStatus } from './generated/graphql';
import type { ProblemKind } from './api/client';
import type { Language } from './session';
import { CARRIER_TEXTS, type CarrierTexts } from './texts/carriers';
import { LIBRARY_TEXTS, type LibraryTexts } from './texts/library';
import { EVENT_KIND } from './texts/project-events';

const en = {
  title: 'Industry chain investment map',
  subtitle: 'Extend, fill and strengthen the chain (延链、补链、强链)',
  language: '中文',
  searchRegion: 'Region (Chinese or English name)',
  searchPlaceholder: 'e.g. Shangcai, 上蔡',
  noRegions: 'No region matches.',
  chooseRegion: 'Choose a region to see its leading chains.',
  chainsTab: 'Chains',
  pipelineTab: 'Pipeline',
  growthTab: 'Where to grow',
  noBaseMap: 'The base map could not be loaded; the list shows the same.',
  nationalTitle: 'Across the country:',
  nationalExplained:
    'Each province coloured by how complete the chain is within it, or by how specialised it is in the chain. Click a province to open it, or choose a region above.',
  completenessMeasure: 'Completeness of the chain',
  specialisationMeasure: 'Specialisation in the chain',
  specialisationExplained: "Share of the chain's links in which the region has more than its share of the country's firms (RCA ≥ 1).",
  colourBy: 'Colour by',
  subregionsTitle: 'The chain across the regions under it:',
  townshipsTitle: 'The chain across its townships:',
  subregionsExplained:
    'Each region under this one with its whole area counted as local, most complete first; the first row is this region as a whole. Open a region to see its gaps.',
  wholeRegion: 'As a whole',
  region: 'Region',
  leadingRegions: 'Regions leading it',
  relatedness: 'Relatedness to what the region has',
  relatednessExplained: 'How much of what counties across the country combine with this link the region already specialises in (0–100%).',
  sourceRegions: 'Where this link is strong: where to go recruiting',
  specialisation: 'specialisation (RCA)',
  growthOpportunities: 'Links the region could grow next',
  growthExplained:
    'Links the region is not yet specialised in, most related first: the more of what goes with a link the region already has, the more plausible it is to grow.',
  noGrowth: 'No opportunity: the region has no firm data to compare yet.',
  opportunityChart: 'Specialisation against relatedness',
  axisRelatedness: 'Relatedness to what the region has →',
  axisSpecialisation: '↑ Specialisation now (RCA, below 1)',
  chainOpportunities: 'Chains the region does not lead yet',
  noChainOpportunities: 'No chain the region does not lead yet relates to what it specialises in.',
  peers: 'Regions like this one (对标)',
  noPeers: 'No region of the same level shares a specialisation with this one.',
  similarity: 'similar',
  sharedLinks: 'both strong in',
  trips: 'Recruitment trips (招商路线)',
  tripsFor: 'for the gaps of',
  tripFirms: 'to visit',
  tripScore: 'total score',
  noTrips: 'No candidate to visit for this chain.',
  exportTrips: 'Export trips as CSV',
  loading: 'Loading…',
  noLeadingChains: 'This region has no leading chains recorded.',
  completeness: 'Completeness',
  links: 'links',
  legend: 'Legend',
  upstreamLeft: 'Upstream on the left; arrows show what feeds what.',
  selectLink: 'Click a link to see its gap, its local firms and whom to recruit.',
  localFirms: 'Local firms',
  noLocalFirms: 'No local firm operates in this link.',
  externalDependency: 'Bought from outside the region',
  localDemand: 'Local demand in this link',
  localSupply: 'Local supply rate',
  localSupplyExplained: 'Of what local firms buy here, by value, the share bought from local firms (本地配套率).',
  noPurchases: 'no purchases recorded',
  noGap: 'Not a gap: the region has this link and it is strong.',
  farMissing: 'Missing, but too far from what the region has to be a gap now.',
  candidates: 'Candidates to recruit (推荐企业)',
  noCandidates: 'No outside firm operates in this link.',
  rank: '#',
  enterprise: 'Enterprise',
  location: 'Located in',
  score: 'Score',
  reasons: 'Why (推荐理由)',
  simulate: 'Simulate recruiting the ticked firms',
  simulating: 'Simulating…',
  clearSimulation: 'Clear simulation',
  simulated: 'Simulated',
  exportCsv: 'Export CSV',
  addToPipeline: 'Add to pipeline',
  addedToPipeline: 'In the pipeline',
  direction: 'Direction',
  UPSTREAM: 'upstream',
  DOWNSTREAM: 'downstream',
  projects: 'Projects',
  noProjects: 'No projects in this region yet. Add candidates from a gap.',
  moveTo: 'Move to',
  conflict: 'Someone changed this project after you loaded it. The list now shows its current state: check it, then try again.',
  token: 'Token',
  tokenPlaceholder: 'Paste a token (npm run token -- --role planner --region shangcai)',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedIn: 'Signed in for this browser session',
  signedInAs: 'Signed in as',
  signInWithAccount: 'Sign in',
  developmentSignIn: 'Development: sign in as',
  role_planner: 'planner of this region',
  role_analyst: 'analyst',
  role_admin: 'administrator',
  chooseRegionFirst: 'Choose a region first: a planner signs in for a region.',
  publicView:
    'Shown without signing in: the chain and its links. Sign in as a planner to see which links are missing or weak, whom to recruit, and the projects.',
  signInNeeded: 'Sign in as a planner (top right) to see gaps and candidates.',
  retry: 'Retry',
  busyRetrying: 'The server is busy, retrying…',
  dismiss: 'Dismiss',
  revenue: 'Revenue',
  leading: 'leading',
  listed: 'listed',
  details: 'Details',
  projectName: 'Project name',
  investmentInput: 'Planned investment (yuan)',
  responsibleUnit: 'Responsible unit (责任单位)',
  officer: 'Officer (专员)',
  followUpAt: 'Next follow-up',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  duplicateProject: 'This firm already has an active project here for this link:',
  openExisting: 'Open that project',
  history: 'History',
  addNote: 'Add a note',
  notePlaceholder: 'What happened, what comes next',
  blockers: 'Blockers (land, environment, permits)',
  noBlockers: 'No blockers.',
  openBlocker: 'Record a blocker',
  blockerPlaceholder: 'What is in the way',
  resolveBlocker: 'Mark resolved',
  resolutionPlaceholder: 'How it was resolved',
  resolvedOn: 'resolved on',
  openedOn: 'since',
  attention: 'Needs attention',
  noAttention: 'Nothing needs attention: every active project is on schedule.',
  chief: 'Chain chief (链长)',
  completenessTrend: 'Completeness, last 90 days',
  localSupplyTrend: 'Local supply rate, last 90 days',
  projectsTargeting: 'active projects target this link',
  noneSet: 'not set',
  status: 'Stage',
  by: 'by',
  recruitedFirms: 'through operating projects (why: above)',
  firmProfile: 'Firm profile',
  actualSize: 'Actual size',
  fitWidth: 'Fit to width',
  brief: 'Recruitment brief (招商简报)',
  backToMap: 'Back to the map',
  print: 'Print',
  savePdf: 'Save as PDF',
  savePdfHint: 'In the print dialog, choose “Save as PDF” as the printer.',
  briefDate: 'As of',
  briefGaps: 'Gaps, and the firms to approach first',
  briefProjects: 'Projects under way',
  noBriefProjects: 'No active project targets this chain yet.',
  openFirm: 'Show the firm’s profile',
  creditCode: 'Unified social credit code',
  industryCode: 'Industry code (GB/T 4754)',
  businessScope: 'Business scope (经营范围)',
  mainProducts: 'Main products',
  employees: 'Employees',
  people: 'people',
  leadingFirm: 'Leading enterprise (龙头企业)',
  listedCompany: 'Listed company',
  locatedIn: 'Located in',
  park: 'Park',
  firmLinks: 'Chain links',
  noFirmLinks: 'Not assigned to any chain link.',
  suppliersOfFirm: 'Its suppliers',
  customersOfFirm: 'Its customers',
  noSupplies: 'No supply recorded.',
  perYear: 'a year',
  firmProjects: 'Projects courting it',
  noFirmProjects: 'No project courts this firm in your region.',
  signInForProjects: 'Sign in as a planner to see the projects courting it.',
} as const;

type Labels = Record<keyof typeof en, string>;

const zh: Labels = {
  title: '产业链招商图谱',
  subtitle: '延链、补链、强链',
  language: 'English',
  searchRegion: '地区（中文或英文名）',
  searchPlaceholder: '如：上蔡、Shangcai',
  noRegions: '没有匹配的地区。',
  chooseRegion: '选择一个地区，查看其主导产业链。',
  chainsTab: '产业链',
  pipelineTab: '招商项目',
  growthTab: '发展方向',
  noBaseMap: '底图没有加载出来；下面的列表是同样的内容。',
  nationalTitle: '全国：',
  nationalExplained: '各省按这条链在省内的完整度着色，也可以按专业化程度着色。点击一个省打开它，或在上方选择地区。',
  completenessMeasure: '产业链完整度',
  specialisationMeasure: '产业链专业化程度',
  specialisationExplained: '本地企业占比高于全国平均（区位商 ≥ 1）的环节，占这条链全部环节的比例。',
  colourBy: '着色依据',
  subregionsTitle: '这条链在下辖各地的情况：',
  townshipsTitle: '这条链在各乡镇（街道）的情况：',
  subregionsExplained: '下辖各地（各自辖区内的企业都算本地）按链条完整度从高到低排；第一行是本地区整体。点开一个地区看它的缺口。',
  wholeRegion: '整体',
  region: '地区',
  leadingRegions: '将其列为主导产业链的地区数',
  relatedness: '与本地已有产业的关联度',
  relatednessExplained: '全国各县区常与这一环节搭配的那些专长，本地已经具备了多少（0–100%）。',
  sourceRegions: '这一环节强在哪里：到这些地方去招商',
  specialisation: '专业化程度（区位商）',
  growthOpportunities: '本地下一步最有条件发展的环节',
  growthExplained: '本地尚未形成专长的环节，按关联度从高到低排：与它配套的专长本地具备得越多，培育起来越有把握。',
  noGrowth: '暂无可比的企业数据，还算不出发展方向。',
  opportunityChart: '专业化程度与关联度',
  axisRelatedness: '与本地已有产业的关联度 →',
  axisSpecialisation: '↑ 目前的专业化程度（区位商，小于1）',
  chainOpportunities: '本地尚未主导、可以培育的产业链',
  noChainOpportunities: '本地尚未主导的产业链中，还没有与本地专长相关的。',
  peers: '产业结构相近的地区（对标）',
  noPeers: '同级地区中还没有与本地专长相同的。',
  similarity: '相似',
  sharedLinks: '共同的专长',
  trips: '招商路线',
  tripsFor: '围绕这条链的缺口：',
  tripFirms: '可拜访',
  tripScore: '推荐分合计',
  noTrips: '这条链暂无可拜访的候选企业。',
  exportTrips: '导出招商路线（CSV）',
  loading: '加载中…',
  noLeadingChains: '该地区尚无主导产业链记录。',
  completeness: '完整度',
  links: '个环节',
  legend: '图例',
  upstreamLeft: '上游在左；箭头表示供给方向。',
  selectLink: '点击环节，查看缺口、本地企业和招商对象。',
  localFirms: '本地企业',
  noLocalFirms: '本地没有企业在这一环节。',
  externalDependency: '从区外采购的比例',
  localDemand: '本地在这一环节的采购额',
  localSupply: '本地配套率',
  localSupplyExplained: '本地企业在这里的采购额中，向本地企业采购的比例。',
  noPurchases: '暂无采购数据',
  noGap: '不是缺口：本地已有这一环节，且较强。',
  farMissing: '缺失，但离本地已有环节太远，暂不算缺口。',
  candidates: '推荐招引企业',
  noCandidates: '区外没有企业在这一环节。',
  rank: '序',
  enterprise: '企业',
  location: '所在地',
  score: '得分',
  reasons: '推荐理由',
  simulate: '模拟引进所选企业',
  simulating: '模拟中…',
  clearSimulation: '清除模拟',
  simulated: '模拟后',
  exportCsv: '导出 CSV',
  addToPipeline: '加入招商项目',
  addedToPipeline: '已加入',
  direction: '方向',
  UPSTREAM: '上游',
  DOWNSTREAM: '下游',
  projects: '招商项目',
  noProjects: '该地区暂无项目。可从缺口的推荐企业中添加。',
  moveTo: '推进到',
  conflict: '你加载后，有人修改了这个项目。列表已显示其最新状态，请核对后再试。',
  token: '令牌',
  tokenPlaceholder: '粘贴令牌（npm run token -- --role planner --region shangcai）',
  signIn: '登录',
  signOut: '退出',
  signedIn: '已登录（仅本次浏览器会话）',
  signedInAs: '已登录：',
  signInWithAccount: '登录',
  developmentSignIn: '开发环境：登录为',
  role_planner: '本地区规划人员',
  role_analyst: '分析人员',
  role_admin: '管理员',
  chooseRegionFirst: '请先选择地区：规划人员按地区登录。',
  publicView: '未登录时只显示产业链及其环节。以规划人员身份登录后，可查看缺链、弱链、推荐招引企业和招商项目。',
  signInNeeded: '以规划人员身份登录（右上角）后，可查看缺口和推荐企业。',
  retry: '重试',
  busyRetrying: '服务器繁忙，正在重试…',
  dismiss: '关闭',
  revenue: '营收',
  leading: '龙头',
  listed: '上市',
  details: '详情',
  projectName: '项目名称',
  investmentInput: '计划投资（万元）',
  responsibleUnit: '责任单位',
  officer: '专员',
  followUpAt: '下次跟进',
  save: '保存',
  cancel: '取消',
  close: '关闭',
  duplicateProject: '该企业在本地已有针对这一环节的在谈项目：',
  openExisting: '查看该项目',
  history: '项目日志',
  addNote: '添加备注',
  notePlaceholder: '进展情况与下一步',
  blockers: '问题与障碍（土地、环评、审批）',
  noBlockers: '暂无问题。',
  openBlocker: '登记问题',
  blockerPlaceholder: '遇到了什么问题',
  resolveBlocker: '标为已解决',
  resolutionPlaceholder: '如何解决的',
  resolvedOn: '解决于',
  openedOn: '登记于',
  attention: '需要关注',
  noAttention: '在谈项目均按计划推进，暂无需要关注的事项。',
  chief: '链长',
  completenessTrend: '近 90 天完整度',
  localSupplyTrend: '近 90 天本地配套率',
  projectsTargeting: '个在谈项目瞄准这一环节',
  noneSet: '未定',
  status: '阶段',
  by: '',
  recruitedFirms: '家通过已投产项目计入（原因见上）',
  firmProfile: '企业档案',
  actualSize: '原始大小',
  fitWidth: '适应宽度',
  brief: '招商简报',
  backToMap: '返回图谱',
  print: '打印',
  savePdf: '另存为PDF',
  savePdfHint: '在打印对话框的“目标打印机”中选择“另存为PDF”。',
  briefDate: '截至',
  briefGaps: '缺链、弱链及优先对接企业',
  briefProjects: '在谈在建项目',
  noBriefProjects: '这条链还没有在推进的招商项目。',
  openFirm: '查看企业档案',
  creditCode: '统一社会信用代码',
  industryCode: '国民经济行业代码',
  businessScope: '经营范围',
  mainProducts: '主营产品',
  employees: '从业人数',
  people: '人',
  leadingFirm: '龙头企业',
  listedCompany: '上市公司',
  locatedIn: '所在地',
  park: '园区',
  firmLinks: '所属产业链环节',
  noFirmLinks: '尚未挂到任何产业链环节。',
  suppliersOfFirm: '它的供应商',
  customersOfFirm: '它的客户',
  noSupplies: '没有供货记录。',
  perYear: '每年',
  firmProjects: '招引项目',
  noFirmProjects: '本地区没有招引这家企业的项目。',
  signInForProjects: '以规划人员身份登录后，可查看招引这家企业的项目。',
};

const LINK_STATE: Record<Language, Record<LinkState, string>> = {
  en: { PRESENT: 'Present', WEAK: 'Weak (强链)', MISSING: 'Missing' },
  zh: { PRESENT: '已有', WEAK: '薄弱（强链）', MISSING: '缺失' },
};

const GAP_KIND: Record<Language, Record<GapKind, string>> = {
  en: { FILL: 'Fill (补链)', EXTEND: 'Extend (延链)', STRENGTHEN: 'Strengthen (强链)' },
  zh: { FILL: '补链', EXTEND: '延链', STRENGTHEN: '强链' },
};

/** The gap on a link's box in the chain: short enough to fit. */
const GAP_KIND_SHORT: Record<Language, Record<GapKind, string>> = {
  en: { FILL: 'Fill', EXTEND: 'Extend', STRENGTHEN: 'Strengthen' },
  zh: { FILL: '补链', EXTEND: '延链', STRENGTHEN: '强链' },
};

const PROJECT_STATUS: Record<Language, Record<ProjectStatus, string>> = {
  en: {
    LEAD: 'Lead',
    CONTACTED: 'Contacted',
    NEGOTIATING: 'Negotiating',
    SIGNED: 'Signed',
    LANDED: 'Landed',
    OPERATING: 'Operating',
    DROPPED: 'Dropped',
  },
  zh: {
    LEAD: '线索',
    CONTACTED: '已接洽',
    NEGOTIATING: '洽谈中',
    SIGNED: '已签约',
    LANDED: '已落地',
    OPERATING: '已投产',
    DROPPED: '已放弃',
  },
};

const BLOCKER_KIND: Record<Language, Record<BlockerKind, string>> = {
  en: { LAND: 'Land', ENVIRONMENT: 'Environmental approval', PERMIT: 'Permits', FUNDING: 'Funding', OTHER: 'Other' },
  zh: { LAND: '土地', ENVIRONMENT: '环评', PERMIT: '审批', FUNDING: '资金', OTHER: '其他' },
};

const STAGE: Record<Language, Record<LinkStage, string>> = {
  en: { UPSTREAM: 'Upstream', MIDSTREAM: 'Midstream', DOWNSTREAM: 'Downstream', SERVICE: 'Services' },
  zh: { UPSTREAM: '上游', MIDSTREAM: '中游', DOWNSTREAM: '下游', SERVICE: '配套服务' },
};

const ASSIGNMENT_BASIS: Record<Language, Record<AssignmentBasis, string>> = {
  en: { DECLARED: 'declared in the data', INDUSTRY_CODE: 'by its industry code', KEYWORD: 'by a keyword' },
  zh: { DECLARED: '数据中申报', INDUSTRY_CODE: '按行业代码挂链', KEYWORD: '按关键词挂链' },
};

const ATTENTION_KIND: Record<Language, Record<AttentionKind, string>> = {
  en: { OVERDUE: 'Follow-up overdue', BLOCKED: 'Blocked', STALE: 'No progress' },
  zh: { OVERDUE: '跟进已逾期', BLOCKED: '有障碍', STALE: '长期无进展' },
};

const PROBLEM: Record<Language, Record<ProblemKind, string>> = {
  en: {
    network: 'The chain-graph server cannot be reached. Check your connection, then retry.',
    unauthenticated: 'Your session has ended or was not accepted: sign in again.',
    forbidden: 'Your token does not allow this (planners see their own region’s projects).',
    unavailable:
      'The data is unavailable right now (the database or a service behind the map is down); the map works again as soon as it is back. Retry in a moment.',
    conflict: en.conflict,
    invalid: 'The server refused the request:',
    'not-found': 'Not found:',
    failed: 'Something went wrong:',
  },
  zh: {
    network: '无法连接 chain-graph 服务器。请检查网络后重试。',
    unauthenticated: '登录已过期或未被接受：请重新登录。',
    forbidden: '你的令牌无权执行此操作（规划人员只能查看本地区的项目）。',
    unavailable: '数据暂时不可用（数据库或后台服务中断），恢复后即可继续使用。请稍后重试。',
    conflict: zh.conflict,
    invalid: '服务器拒绝了请求：',
    'not-found': '未找到：',
    failed: '出错了：',
  },
};

/** The roles the development picker offers. */
export const ROLE_CHOICES = ['planner', 'analyst', 'admin'] as const;

export interface Texts {
  language: Language;
  label: Labels;
  linkState: Record<LinkState, string>;
  gapKind: Record<GapKind, string>;
  gapKindShort: Record<GapKind, string>;
  projectStatus: Record<ProjectStatus, string>;
  blockerKind: Record<BlockerKind, string>;
  eventKind: (typeof EVENT_KIND)[Language];
  attentionKind: Record<AttentionKind, string>;
  assignmentBasis: Record<AssignmentBasis, string>;
  stage: Record<LinkStage, string>;
  problem: Record<ProblemKind, string>;
  library: LibraryTexts;
  carriers: CarrierTexts;
}

export function textsFor(language: Language): Texts {
  return {
    language,
    label: language === 'zh' ? zh : en,
    linkState: LINK_STATE[language],
    gapKind: GAP_KIND[language],
    gapKindShort: GAP_KIND_SHORT[language],
    projectStatus: PROJECT_STATUS[language],
    blockerKind: BLOCKER_KIND[language],
    eventKind: EVENT_KIND[language],
    attentionKind: ATTENTION_KIND[language],
    assignmentBasis: ASSIGNMENT_BASIS[language],
    stage: STAGE[language],
    problem: PROBLEM[language],
    library: LIBRARY_TEXTS[language],
    carriers: CARRIER_TEXTS[language],
  };
}

export const TextsContext = createContext<Texts>(textsFor('en'));

export function useTexts(): Texts {
  return useContext(TextsContext);
}

interface Named {
  name: string;
  nameZh?: string | null;
}

/** The name in the page's language first, the other beside it when the data has both. */
export function namesOf(named: Named, language: Language): { primary: string; secondary: string | null } {
  if (!named.nameZh) return { primary: named.name, secondary: null };
  return language === 'zh' ? { primary: named.nameZh, secondary: named.name } : { primary: named.name, secondary: named.nameZh };
}

export function nameOf(named: Named, language: Language): string {
  return namesOf(named, language).primary;
}
