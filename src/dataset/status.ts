/**
 * Whether the graph holds a whole dataset: what readiness and the API ask of the import, without knowing how it
 * writes (an import marks the dataset as being written before its first batch and clears the mark after its last).
 */
import type { Driver } from 'neo4j-driver';
import { readRows } from '../neo4j/driver.js';

const DATASET_STATUS = `
  OPTIONAL MATCH (dataset:DatasetRevision {id: 'dataset'})
  RETURN toString(dataset.importStartedAt) AS importStartedAt, dataset.importFile AS importFile`;

export interface DatasetStatus {
  /** False while an import is being written, or after one stopped before its end. */
  complete: boolean;
  importStartedAt: string | null;
  importFile: string | null;
}

/** Why the data is incomplete, and what to do, in a sentence. */
export function datasetIncompleteReason(status: DatasetStatus): string {
  return `an import of ${status.importFile ?? 'a dataset'} started at ${status.importStartedAt} has not finished; if it is no longer running, run it again to complete it`;
}

export async function datasetStatus(driver: Driver): Promise<DatasetStatus> {
  const [row] = await readRows<{ importStartedAt: string | null; importFile: string | null }>(driver, DATASET_STATUS);
  return { complete: !row?.importStartedAt, importStartedAt: row?.importStartedAt ?? null, importFile: row?.importFile ?? null };
}
