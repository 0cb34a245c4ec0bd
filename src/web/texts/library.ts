/** The chain library and the chain editor, in both languages. */
import type { ChainEventKind } from '../generated/graphql';
import type { Language } from '../session';

const en = {
  tab: 'Chain library',
  intro:
    'National chain templates: each with its links, their GB/T 4754-2017 codes and typical products, and the words that place firms in them. Adopt one and the region’s firms are placed in its links at once.',
  templates: 'Templates',
  links: 'links',
  version: 'version',
  sources: 'Follows',
  link: 'Link',
  stage: 'Stage',
  codes: 'Industry codes',
  products: 'Typical products',
  keywords: 'Keywords',
  excluded: 'Exclusion words',
  adopt: 'Adopt for',
  adopting: 'Adopting…',
  leading: 'A leading chain of this region',
  adoptedSummary: (present: number, total: number) => `${present} of its ${total} links have firms of the region.`,
  openChains: 'See it on the chains view',
  // The editor.
  edit: 'Edit chain',
  editorTitle: 'Edit the chain',
  editorNote: 'A chain is shared by every region leading it: only administrators change it. Each change is recorded below.',
  close: 'Close',
  save: 'Save',
  saving: 'Saving…',
  remove: 'Remove',
  rename: 'Name',
  renameZh: 'Chinese name',
  listHint: 'separate with commas',
  addLink: 'Add a link',
  linkId: 'Id',
  addFeed: 'Draw a feed',
  feedFrom: 'From',
  feedTo: 'feeds',
  feeds: 'Feeds',
  history: 'History',
  noHistory: 'No changes recorded.',
  by: 'by',
  stale: 'Someone changed this chain after you opened it; the editor now shows it as it is. Check, then change it again.',
  refused: 'Not changed:',
  editorOnlyAdmins: 'Only administrators edit chains.',
};

const zh: typeof en = {
  tab: '产业链库',
  intro:
    '全国产业链模板：每条链的环节、各环节的国民经济行业代码（GB/T 4754-2017）和典型产品，以及挂链用的关键词。采用后，本地区企业随即挂入各环节。',
  templates: '模板',
  links: '个环节',
  version: '版本',
  sources: '依据',
  link: '环节',
  stage: '位置',
  codes: '行业代码',
  products: '典型产品',
  keywords: '关键词',
  excluded: '排除词',
  adopt: '采用到',
  adopting: '正在采用…',
  leading: '本地区的主导产业链',
  adoptedSummary: (present: number, total: number) => `${total}个环节中有${present}个已有本地区企业。`,
  openChains: '到产业链视图查看',
  edit: '编辑产业链',
  editorTitle: '编辑产业链',
  editorNote: '产业链由主导它的各地区共用，只有管理员可以修改。每次修改都记录在下方。',
  close: '关闭',
  save: '保存',
  saving: '正在保存…',
  remove: '删除',
  rename: '英文名',
  renameZh: '中文名',
  listHint: '用逗号分隔',
  addLink: '新增环节',
  linkId: '编号',
  addFeed: '添加供给关系',
  feedFrom: '从',
  feedTo: '供给',
  feeds: '供给关系',
  history: '修改记录',
  noHistory: '暂无修改记录。',
  by: '操作人',
  stale: '你打开后有人修改了这条产业链，编辑器已显示最新内容。请核对后再修改。',
  refused: '未修改：',
  editorOnlyAdmins: '只有管理员可以编辑产业链。',
};

const EVENT_KIND: Record<Language, Record<ChainEventKind, string>> = {
  en: { IMPORTED: 'Imported', ADOPTED: 'Made from a template', EDITED: 'Edited' },
  zh: { IMPORTED: '导入', ADOPTED: '由模板创建', EDITED: '编辑' },
};

export type LibraryTexts = typeof en & { eventKind: Record<ChainEventKind, string> };

export const LIBRARY_TEXTS: Record<Language, LibraryTexts> = {
  en: { ...en, eventKind: EVENT_KIND.en },
  zh: { ...zh, eventKind: EVENT_KIND.zh },
};
