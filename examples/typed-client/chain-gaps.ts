/**
 * Prints a region's gaps in one chain and whom to approach for each:
 *
 *   CHAIN_GRAPH_TOKEN=$(npm run -s token -- --role planner --region shangcai) \
 *     npx tsx examples/typed-client/chain-gaps.ts --region shangcai --chain footwear [--url URL] [--language zh]
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { request, type ClientOptions } from './client.js';
import { ChainGapsQuery } from './operations.js';

export async function chainGapLines(options: ClientOptions, regionId: string, chainId: string): Promise<string[]> {
  const { chainGaps } = await request(options, ChainGapsQuery, { regionId, chainId });
  const chinese = options.language?.startsWith('zh') ?? false;
  // Chinese names where the data has them, in a Chinese answer.
  const nameOf = (named: { name: string; nameZh?: string | null }) => (chinese && named.nameZh) || named.name;
  const present = chinese
    ? `${chainGaps.linkCount} 个环节中本地已有 ${chainGaps.presentLinkCount} 个`
    : `${chainGaps.presentLinkCount}/${chainGaps.linkCount} links present`;
  const lines = [`${nameOf(chainGaps.region)} · ${nameOf(chainGaps.chain)}: ${present}`];
  for (const gap of chainGaps.gaps) {
    const firms = gap.candidates.map((candidate) => `${nameOf(candidate.enterprise)} (${candidate.score.toFixed(2)})`);
    const reasons = gap.reasons.join(chinese ? '；' : '; ');
    lines.push(`${gap.kind} ${nameOf(gap.link)}: ${reasons}${firms.length ? ` → ${firms.join(', ')}` : ''}`);
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
      region: { type: 'string' },
      chain: { type: 'string' },
      language: { type: 'string' },
    },
  });
  if (!values.region || !values.chain) {
    console.error('Usage: chain-gaps.ts --region ID --chain ID [--url URL] [--language zh]');
    process.exit(2);
  }
  const options = { url: values.url, token: process.env.CHAIN_GRAPH_TOKEN, language: values.language };
  for (const line of await chainGapLines(options, values.region, values.chain)) console.log(line);
}
