import type { Driver } from 'neo4j-driver';
import type { Viewer } from '../../auth/viewer.js';
import { ReportRunner } from './runner.js';

export interface ReportsContext {
  viewer: Viewer;
  runner: ReportRunner;
}

export function createReportsContext(driver: Driver, viewer: Viewer): ReportsContext {
  return { viewer, runner: new ReportRunner(driver) };
}
