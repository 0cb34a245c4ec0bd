import { creditCodeProblem } from '../../../domain/credit-code.js';
import { badUserInput } from '../../../graphql/errors.js';
import { fullTextQuery } from '../../../graphql/full-text-query.js';
import { industryClass, searchIndustryClasses } from '../../../industry-classification/index.js';
import { decodeCursor, MAX_PLACE_PAGE_SIZE, pageSize, toPage } from '../../../graphql/paging.js';
import { datasetIncompleteReason } from '../../../dataset/status.js';
import type { QueryResolvers, ViewerRole } from '../generated/resolvers-types.js';
import type { EnterpriseOrder } from '../repository.js';

const DIVISION_CODE = /^[1-9]\d{5}$/;

const DEFAULT_ORDER: EnterpriseOrder = { field: 'NAME', direction: 'ASC' };

export const Query: QueryResolvers = {
  viewer: (_, __, { viewer }) => ({ role: viewer.role.toUpperCase() as ViewerRole, regionId: viewer.regionId }),
  region: (_, { id }, { loaders }) => loaders.regionById.load(id),
  regions: (_, { level, parentId, first, after }, { repository }) =>
    repository.regions(level ?? null, parentId ?? null, { first: pageSize(first, 100, MAX_PLACE_PAGE_SIZE), after: after ?? null }),
  searchRegions: (_, { text, first }, { repository }) => {
    const digits = text.trim();
    // Digits are (the start of) a division code: 4117 finds Zhumadian's units, 411722 Shangcai.
    if (/^\d{2,6}$/.test(digits)) return repository.regionsByCodePrefix(digits, pageSize(first, 10));
    return repository.searchRegions(fullTextQuery(text), pageSize(first, 10));
  },
  regionByCode: async (_, { code }, { repository }) => {
    const trimmed = code.trim();
    if (!DIVISION_CODE.test(trimmed)) {
      throw badUserInput('code is not a GB/T 2260 division code: give its six digits, e.g. 411722.', { argumentName: 'code' });
    }
    const [region] = await repository.regionsByCodePrefix(trimmed, 1);
    return region ?? null;
  },
  park: (_, { id }, { loaders }) => loaders.parkById.load(id),
  parks: (_, { regionId, first, after }, { repository }) =>
    repository.parksInSubtree(regionId ?? null, { first: pageSize(first, 100, MAX_PLACE_PAGE_SIZE), after: after ?? null }),
  dataset: async (_, __, { repository }) => {
    const status = await repository.datasetStatus();
    return {
      complete: status.complete,
      importStartedAt: status.importStartedAt,
      message: status.complete ? null : `The data is incomplete: ${datasetIncompleteReason(status)}.`,
    };
  },
  industry: (_, { id }, { loaders }) => loaders.industryById.load(id),
  industries: (_, __, { repository }) => repository.industries(),
  enterprise: (_, { id }, { loaders }) => loaders.enterpriseById.load(id),
  industryClass: (_, { code }) => industryClass(code) ?? null,
  industryClasses: (_, { search, level, first }) => searchIndustryClasses({ search, level, first: pageSize(first, 20) }),

  enterpriseByCreditCode: (_, { code }, { repository }) => {
    const normalized = code.trim().toUpperCase();
    const problem = creditCodeProblem(normalized);
    if (problem) throw badUserInput(`code is not a valid unified social credit code: ${problem}.`, { argumentName: 'code' });
    return repository.enterpriseByCreditCode(normalized);
  },

  enterprises: async (_, { filter, first, after, orderBy }, { repository }) => {
    const size = pageSize(first);
    const order = { ...DEFAULT_ORDER, ...orderBy };
    const orderName = `${order.field}:${order.direction}`;
    const position = after == null ? null : decodeCursor(after, orderName);
    const rows = await repository.enterprisePage(filter ?? {}, order, position, size + 1);
    return { ...toPage(rows, size, orderName), filter: filter ?? {} };
  },

  searchEnterprises: (_, { text, first }, { repository }) => repository.searchEnterprises(fullTextQuery(text), pageSize(first, 10)),
};
