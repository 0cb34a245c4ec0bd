import type { Driver } from 'neo4j-driver';
import { ReportRunner } from './runner.js';

export interface ReportsContext {
  runner: ReportRunner;
}

export function createReportsContext(driver: Driver): ReportsContext {
  return { runner: new ReportRunner(driver) };
}
