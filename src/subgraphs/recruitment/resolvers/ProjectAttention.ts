import type { ProjectAttentionResolvers } from '../generated/resolvers-types.js';
import { reasonFields } from './Reason.js';

export const ProjectAttention: ProjectAttentionResolvers = { ...reasonFields };
