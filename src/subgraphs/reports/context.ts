import type { Driver } from 'neo4j-driver';
import type { Viewer } from '../../auth/viewer.js';
import { Admission } from '../../server/admission.js';
import { reportLimits } from '../../config.js';
import { CATALOGUE, ReportRunner } from './runner.js';

export interface ReportsContext {
  viewer: Viewer;
  runner: ReportRunner;
  /** How many reports and ad-hoc queries this process runs at once, over every request. */
  reportsAdmission: Admission;
}

/** One admission per database (per driver): the limit is on what this process asks of it at once. */
const ADMISSIONS = new WeakMap<Driver, Admission>();

export function createReportsContext(driver: Driver, viewer: Viewer): ReportsContext {
  const limits = reportLimits();
  let reportsAdmission = ADMISSIONS.get(driver);
  if (!reportsAdmission) ADMISSIONS.set(driver, (reportsAdmission = new Admission('reports:queries', limits.maxInFlight)));
  const admission = reportsAdmission;
  // A transaction the service gave up on still holds its slot until Neo4j has let it go.
  const runner = new ReportRunner(driver, limits, CATALOGUE, (gone) => admission.holdUntil(gone));
  return { viewer, runner, reportsAdmission };
}
