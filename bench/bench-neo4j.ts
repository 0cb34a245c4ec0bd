import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDataset } from '../src/dataset/import.js';
import { generateNationalDataset } from '../seeds/generator/national-dataset.js';
import { localNeo4jSettings } from '../src/config.js';
import { connectNeo4j, type Neo4jConnection } from '../src/neo4j/connect.js';
import { localNeo4jStatus, stopLocalNeo4j } from '../src/neo4j/local/server.js';

/** Names the dataset file `npm run bench` last imported into the bench instance, so the next run can reuse it. */
export const LOADED_DATASET_MARKER = new URL('./tmp/loaded-dataset.json', import.meta.url).pathname;

/** The bench instance (`.neo4j/bench`, port 7690) over an empty store: stopped, its data folder removed, started. */
export async function emptyBenchNeo4j(): Promise<Neo4jConnection> {
  rmSync(LOADED_DATASET_MARKER, { force: true });
  const settings = localNeo4jSettings('bench');
  await stopLocalNeo4j(settings);
  rmSync(join(localNeo4jStatus(settings).home, 'data'), { recursive: true, force: true });
  return connectNeo4j('bench', process.env, console.log);
}

export interface LoadedBenchDataset {
  connection: Neo4jConnection;
  /** Seconds the import took; null when the bench instance already held this dataset. */
  importSeconds: number | null;
}

/**
 * The bench instance holding the national dataset of `enterprises` firms (seed `seed`): generated once into
 * bench/tmp, imported into an empty store unless the instance holds it already from an earlier run.
 */
export async function loadBenchDataset(enterprises: number, seed: number): Promise<LoadedBenchDataset> {
  const tmp = new URL('./tmp/', import.meta.url);
  mkdirSync(tmp, { recursive: true });
  const datasetFile = new URL(`national-${enterprises}-seed${seed}.json`, tmp).pathname;
  if (!existsSync(datasetFile)) {
    console.log(`Generating ${datasetFile}...`);
    const counts = await generateNationalDataset({ enterprises, seed, out: datasetFile });
    console.log(`  ${counts.enterprises} enterprises, ${counts.supplies} supplies, ${(counts.bytes / 1e6).toFixed(0)} MB`);
  }
  const loaded = existsSync(LOADED_DATASET_MARKER)
    ? (JSON.parse(readFileSync(LOADED_DATASET_MARKER, 'utf8')) as { file: string })
    : undefined;
  if (loaded?.file === datasetFile) return { connection: await connectNeo4j('bench', process.env, console.log), importSeconds: null };
  const connection = await emptyBenchNeo4j();
  console.log('Importing into an empty bench database...');
  const result = await importDataset(connection.driver, datasetFile);
  writeFileSync(LOADED_DATASET_MARKER, JSON.stringify({ file: datasetFile }));
  console.log(`  imported in ${(result.elapsedMs / 1000).toFixed(1)} s`);
  return { connection, importSeconds: result.elapsedMs / 1000 };
}
