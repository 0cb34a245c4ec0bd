import { childrenOf, parentOf } from '../../../industry-classification/index.js';
import type { IndustryClassResolvers } from '../generated/resolvers-types.js';

export const IndustryClass: IndustryClassResolvers = {
  parent: (entry) => parentOf(entry) ?? null,
  children: (entry) => [...childrenOf(entry.code)],
};
