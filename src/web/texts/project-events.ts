/** What happened to a project, as its history says it, in both languages. */
import type { ProjectEventKind } from '../generated/graphql';
import type { Language } from '../session';

export const EVENT_KIND: Record<Language, Record<ProjectEventKind, string>> = {
  en: {
    CREATED: 'Added to the pipeline',
    STATUS_CHANGED: 'Moved to',
    EDITED: 'Edited',
    NOTE: 'Note',
    BLOCKER_OPENED: 'Blocker recorded',
    BLOCKER_RESOLVED: 'Blocker resolved',
    CARRIER_RESERVED: 'Site reserved',
    CARRIER_RELEASED: 'Site released',
    CARRIER_OCCUPIED: 'Site occupied',
  },
  zh: {
    CREATED: '加入招商项目',
    STATUS_CHANGED: '推进到',
    EDITED: '修改',
    NOTE: '备注',
    BLOCKER_OPENED: '登记问题',
    BLOCKER_RESOLVED: '问题已解决',
    CARRIER_RESERVED: '预留载体',
    CARRIER_RELEASED: '释放载体',
    CARRIER_OCCUPIED: '载体已入驻',
  },
};
