import { reasonParams, reasonText, type Reason as ReasonRecord } from '../../../domain/reasons.js';
import type { ReasonResolvers } from '../generated/resolvers-types.js';
import type { RecruitmentContext } from '../context.js';

export const Reason: ReasonResolvers = {
  text: (reason, _, { language }) => reasonText(reason, language),
  params: (reason, _, { language }) => reasonParams(reason, language),
};

/** `reasons` (sentences in the request's language) and `reasonDetails` (the same as data) of a type holding reasons. */
export const reasonFields = {
  reasons: ({ reasons }: { reasons: ReasonRecord[] }, _: unknown, { language }: RecruitmentContext) =>
    reasons.map((reason) => reasonText(reason, language)),
  reasonDetails: ({ reasons }: { reasons: ReasonRecord[] }) => reasons,
};
