/**
 * `npm run generate -- --enterprises N --seed S --out FILE`: writes a deterministic national dataset (DATASET.md
 * format) for benchmarks, streamed to FILE. Import it with `npm run seed -- --file FILE`.
 */
import { parseCommandLine } from '../src/command-line.js';
import { generateNationalDataset } from './generator/national-dataset.js';

const USAGE = 'Usage: npm run generate -- --enterprises N (1..10000000) --seed S (an integer) --out FILE';
const { values } = parseCommandLine(USAGE, {
  enterprises: { type: 'string', default: '100000' },
  seed: { type: 'string', default: '1' },
  out: { type: 'string' },
});
const enterprises = Number(values.enterprises);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(enterprises) || enterprises < 1 || enterprises > 10_000_000 || !Number.isInteger(seed)) {
  console.error(USAGE);
  process.exit(2);
}

const started = performance.now();
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
const counts = await generateNationalDataset({ enterprises, seed, out: values.out });
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const seconds = (performance.now() - started) / 1000;
console.log(
  `Wrote ${values.out}: ${counts.regions} regions, ${counts.parks} parks, ${counts.chains} chains, ${counts.enterprises} enterprises, ` +
    `${counts.supplies} supplies (${(counts.supplies / counts.enterprises).toFixed(2)} per firm), ${counts.priorities} priorities; ` +
    `${(counts.bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s, peak RSS ${(peakRss / 1e6).toFixed(0)} MB. ` +
    `Busiest county: ${counts.busiestCounty.id} (${counts.busiestCounty.enterprises} firms).`,
);
