import type { ComputedReport } from '../catalogue.js';
import { chainCompleteness } from './chain-completeness.js';
import { growthOpportunitiesReport } from './growth-opportunities.js';
import { peersReport } from './peers.js';

/** The reports a rule of docs/domain.md decides, computed by src/domain (see ComputedReport). */
export const COMPUTED_REPORTS: readonly ComputedReport[] = [chainCompleteness, growthOpportunitiesReport, peersReport];
