/**
 * `npm run bench:import [-- --enterprises 100000 --seed 1]`: imports a generated dataset into an empty bench Neo4j
 * (`.neo4j/bench`, wiped first) with `importDataset`, then — wiped again each time — the same data as a registry's
 * tables (enterprises and supplies CSV, bench/dataset-tables.ts) and with the raw UNWIND floor of
 * bench/import-floor.ts, and reports enterprises per second, the import process's peak RSS and the ratios.
 * Writes bench/results/import-N.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseCommandLine } from '../src/command-line.js';
import { localNeo4jSettings } from '../src/config.js';
import { DEFAULT_IMPORT_BATCH_SIZE, importDataset } from '../src/dataset/import.js';
import { graphCounts } from '../src/dataset/repository.js';
import { applySchema } from '../src/neo4j/migrations.js';
import { generateNationalDataset } from '../seeds/generator/national-dataset.js';
import { emptyBenchNeo4j } from './bench-neo4j.js';
import { tableFiles } from './dataset-tables.js';
import { importFloor } from './import-floor.js';

const { values } = parseCommandLine('Usage: npm run bench:import [-- --enterprises 100000 --seed 1]', {
  enterprises: { type: 'string', default: '100000' },
  seed: { type: 'string', default: '1' },
});
const enterprises = Number(values.enterprises);
const seed = Number(values.seed);
const TMP = new URL('./tmp/', import.meta.url).pathname;
const RESULTS = new URL('./results/', import.meta.url).pathname;
mkdirSync(TMP, { recursive: true });
mkdirSync(RESULTS, { recursive: true });
const file = join(TMP, `national-${enterprises}-seed${seed}.json`);
if (!existsSync(file)) {
  console.log(`Generating ${file}...`);
  await generateNationalDataset({ enterprises, seed, out: file });
}
const tablePrefix = join(TMP, `national-${enterprises}-seed${seed}`);
const tables = tableFiles(tablePrefix);
if (!existsSync(tables.supplies)) {
  console.log(`Writing ${tables.enterprises} and ${tables.supplies}...`);
  // In a process of its own: the conversion's heap would otherwise count in the imports' peak RSS.
  execFileSync(process.execPath, ['--import', 'tsx', new URL('./dataset-tables.ts', import.meta.url).pathname, file, tablePrefix], {
    stdio: 'inherit',
  });
}

/** Wall time and this process's peak RSS (sampled every 100 ms) of `work`. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  try {
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 1e6 };
  } finally {
    clearInterval(sampler);
  }
}

let connection = await emptyBenchNeo4j();
const ours = await measured(() => importDataset(connection.driver, file));
const graph = ours.result.graph;
await connection.close();

connection = await emptyBenchNeo4j();
const fromTables = await measured(() => importDataset(connection.driver, [tables.rest, tables.enterprises, tables.supplies]));
await connection.close();

connection = await emptyBenchNeo4j();
await applySchema(connection.driver); // the floor gets the same indexes and constraints
const floor = await measured(() => importFloor(connection.driver, file, DEFAULT_IMPORT_BATCH_SIZE));
const floorGraph = await graphCounts(connection.driver);
await connection.close();

const rate = (seconds: number) => Math.round(enterprises / seconds).toLocaleString('en');
const markdown = [
  `# Import: ${enterprises.toLocaleString('en')} enterprises (seed ${seed})`,
  '',
  `Run ${new Date().toISOString()} with \`npm run bench:import -- --enterprises ${enterprises} --seed ${seed}\` on ${cpus().length} cores, ` +
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, the local Neo4j 5.26 (heap ${localNeo4jSettings('bench').heap}, page cache ${localNeo4jSettings('bench').pageCache}), an empty store each time.`,
  `Graph: ${graph.nodes.toLocaleString('en')} nodes, ${graph.relationships.toLocaleString('en')} relationships (the tables gave ${fromTables.result.graph.nodes.toLocaleString('en')} and ${fromTables.result.graph.relationships.toLocaleString('en')}; the floor wrote ${floorGraph.nodes.toLocaleString('en')} and ${floorGraph.relationships.toLocaleString('en')}).`,
  '',
  '| import | seconds | enterprises / s | peak RSS of the importing process | vs floor |',
  '| --- | ---: | ---: | ---: | ---: |',
  `| \`importDataset\` (validate whole file, then MERGE in batches of ${DEFAULT_IMPORT_BATCH_SIZE}, one transaction each) | ${ours.seconds.toFixed(1)} (validation ${(ours.result.validationMs / 1000).toFixed(1)}) | ${rate(ours.seconds)} | ${ours.peakRssMb.toFixed(0)} MB | ${(ours.seconds / floor.seconds).toFixed(2)}× the time |`,
  `| \`importDataset\` of the same data as tables (enterprises and supplies CSV with Chinese headers, revenue in 万元, firms by credit code; regions and chains as JSON) | ${fromTables.seconds.toFixed(1)} (validation ${(fromTables.result.validationMs / 1000).toFixed(1)}) | ${rate(fromTables.seconds)} | ${fromTables.peakRssMb.toFixed(0)} MB | ${(fromTables.seconds / floor.seconds).toFixed(2)}× the time |`,
  `| raw floor (CREATE, same batches, no validation, one pass) | ${floor.seconds.toFixed(1)} | ${rate(floor.seconds)} | ${floor.peakRssMb.toFixed(0)} MB | 1× |`,
  '',
].join('\n');
console.log(`\n${markdown}`);
writeFileSync(join(RESULTS, `import-${enterprises}.md`), markdown);
