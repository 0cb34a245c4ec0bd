/**
 * Every setting chain-graph reads from the environment, declared once: its name, type, default, meaning and who
 * reads it. The accessors of src/config.ts read through this table, start-up checks every setting against it
 * (`settingProblems`), and the README's environment table is generated from it (`npm run settings:readme`; a test
 * fails when the README is stale).
 */

export type SettingType = 'integer' | 'text' | 'secret' | 'url' | 'choice' | 'list' | 'memory' | 'duration' | 'path';

export interface Setting {
  name: string;
  type: SettingType;
  /** The value when unset, as the environment would give it; null when unset means "none" or is worked out. */
  default: string | null;
  /** The default as the README shows it, where it is not simply `default`. */
  defaultText?: string;
  /** What it does, for the README: one sentence a deployer reads. */
  meaning: string;
  /** Which part reads it. */
  readBy: 'all services' | 'gateway' | 'subgraphs' | 'reports' | 'recruitment' | 'local Neo4j' | 'CLIs' | 'tests' | 'start';
  choices?: readonly string[];
}

const setting = (
  name: string,
  type: SettingType,
  defaultValue: string | null,
  readBy: Setting['readBy'],
  meaning: string,
  extra: Partial<Setting> = {},
): Setting => ({ name, type, default: defaultValue, readBy, meaning, ...extra });

export const SETTINGS: readonly Setting[] = [
  setting(
    'NEO4J_URI',
    'url',
    null,
    'all services',
    'use this server (Aura, a cluster, the compose service); nothing is launched. The tests clear the database they run against: point them only at a throwaway server',
  ),
  setting('NEO4J_USER', 'text', 'neo4j', 'all services', 'user name; the local server creates it if needed'),
  setting(
    'NEO4J_PASSWORD',
    'secret',
    'chain-graph-local',
    'all services',
    'password (8+ characters); the local server applies it at every start',
  ),
  setting(
    'NEO4J_POOL_SIZE',
    'integer',
    '100',
    'all services',
    'connections a process keeps to Neo4j at most; requests without a token may hold a quarter of them',
  ),
  setting('NEO4J_LOCAL_PORT', 'integer', '7687', 'local Neo4j', 'Bolt port of the local dev server'),
  setting(
    'NEO4J_TEST_PORT',
    'integer',
    '7688',
    'local Neo4j',
    "Bolt port of the local test server (`.neo4j/test`), kept apart from your dev data; the suite's further servers (`.neo4j/test-2`, …) listen 100 ports higher each",
  ),
  setting(
    'TEST_WORKERS',
    'integer',
    '2',
    'tests',
    'how many test files run at once, each against a local test server of its own (1 with `NEO4J_URI`, which is one server)',
  ),
  setting(
    'NEO4J_BENCH_PORT',
    'integer',
    '7690',
    'local Neo4j',
    'Bolt port of the local benchmark server (`.neo4j/bench`), which benchmarks clear and load',
  ),
  setting(
    'NEO4J_HEAP',
    'memory',
    '2g',
    'local Neo4j',
    'heap of the local server (sized for 2 cores / 24 GiB with room for a second instance)',
  ),
  setting('NEO4J_PAGECACHE', 'memory', '2g', 'local Neo4j', 'page cache of the local server'),
  setting(
    'NEO4J_TX_TIMEOUT',
    'duration',
    '120s',
    'local Neo4j',
    'server-side ceiling on any transaction (queries also carry their own shorter timeouts)',
  ),
  setting(
    'NEO4J_TX_MEMORY',
    'memory',
    '512m',
    'local Neo4j',
    'memory one transaction of the local server may use (`db.memory.transaction.max`): a runaway query fails alone',
  ),
  setting('PORT', 'integer', '4000', 'gateway', 'port of the gateway (of the subgraph, for `npm run subgraph`)'),
  setting('HOST', 'text', null, 'gateway', 'address the gateway listens on (loopback in development, where the token secret is public)', {
    defaultText: '`127.0.0.1`; `0.0.0.0` in production',
  }),
  setting('SUBGRAPH_BASE_PORT', 'integer', '4001', 'subgraphs', 'subgraph *i* of `src/subgraphs/index.ts` listens on this port + *i*'),
  setting(
    'SUBGRAPH_HOST',
    'text',
    '127.0.0.1',
    'subgraphs',
    'address the subgraphs listen on; they answer only the gateway, so change it only when they run on other hosts',
  ),
  setting(
    'SUBGRAPH_URLS',
    'list',
    null,
    'gateway',
    'for `npm run gateway`: where each subgraph is, `name=url,…` (e.g. `registry=http://registry:4001/graphql`)',
    { defaultText: 'the usual local ports' },
  ),
  setting(
    'SUBGRAPH_TIMEOUT_MS',
    'integer',
    '20000',
    'gateway',
    'how long the gateway waits for a subgraph; report timeouts must be shorter',
  ),
  setting(
    'SUBGRAPH_VIEWER',
    'choice',
    'gateway',
    'subgraphs',
    "whom a subgraph takes the viewer from: `gateway` (the token our gateway signs with `INTERNAL_AUTH_SECRET`), or `client-token` (the client's token, checked with the gateway's keys) for Apollo Router or Hive Router in front ([docs/gateway-choices.md](docs/gateway-choices.md))",
    { choices: ['gateway', 'client-token'] },
  ),
  setting(
    'TOPOLOGY',
    'choice',
    'single',
    'start',
    '`processes`: `npm start` runs each subgraph and the gateway in a process of its own (as `--processes`)',
    { choices: ['single', 'processes'] },
  ),
  setting(
    'NODE_ENV',
    'text',
    null,
    'all services',
    '`production` turns introspection, field suggestions and the development token secret off',
  ),
  setting(
    'AUTH_JWT_SECRET',
    'secret',
    null,
    'all services',
    'HS256 secret (32+ characters) of client tokens; required in production unless `AUTH_JWKS_URL` or `OIDC_ISSUER` is set',
    { defaultText: 'development secret' },
  ),
  setting(
    'INTERNAL_AUTH_SECRET',
    'secret',
    null,
    'all services',
    'secret of the viewer tokens the gateway hands the subgraphs; give every service the same one when they run apart (`--processes` does it itself)',
    { defaultText: 'random, per process' },
  ),
  setting('AUTH_JWKS_URL', 'url', null, 'all services', "verify client tokens with this identity provider's keys instead"),
  setting('AUTH_MAX_TOKEN_TTL', 'integer', '86400', 'all services', 'seconds a client token may be valid for at most, from its issue'),
  setting(
    'OIDC_ISSUER',
    'url',
    null,
    'all services',
    "the organisation's OpenID Connect provider: the map signs in through it and the gateway accepts its access tokens (keys from its discovery document); the development secret is then off ([docs/sign-in.md](docs/sign-in.md))",
  ),
  setting('OIDC_AUDIENCE', 'text', 'chain-graph-api', 'all services', "the audience the provider's access tokens carry for this API"),
  setting(
    'OIDC_CLIENT_ID',
    'text',
    'chain-graph-map',
    'gateway',
    "the map's public client at the provider (authorization code with PKCE, no secret)",
  ),
  setting(
    'OIDC_SCOPE',
    'text',
    'openid profile offline_access',
    'gateway',
    'what the map asks for; a refresh token lets it renew a session without leaving the page',
  ),
  setting(
    'OIDC_ROLE_CLAIM',
    'text',
    'role',
    'all services',
    'claim with the role (`planner`, `analyst`, `admin`); a dotted path (`realm_access.roles`) and a list (admin wins, else the first known role) both work',
  ),
  setting('OIDC_REGION_CLAIM', 'text', 'region', 'all services', "claim with a planner's region id"),
  setting('OIDC_SUBJECT_CLAIM', 'text', 'sub', 'all services', 'claim naming the person, as project histories record them'),
  setting(
    'REPORT_TIMEOUT_MS',
    'integer',
    '15000',
    'reports',
    'transaction timeout of a catalogue report (shorter than `SUBGRAPH_TIMEOUT_MS`)',
  ),
  setting('CYPHER_TIMEOUT_MS', 'integer', '10000', 'reports', 'transaction timeout of `runCypher` (shorter than `SUBGRAPH_TIMEOUT_MS`)'),
  setting('REPORT_MAX_ROWS', 'integer', '10000', 'reports', 'rows a report or `runCypher` returns at most'),
  setting(
    'MAX_REPORTS_IN_FLIGHT',
    'integer',
    '4',
    'reports',
    'reports and `runCypher` queries the reports subgraph runs at once; more are answered `503` with `Retry-After`',
  ),
  setting(
    'MAX_RESPONSE_BYTES',
    'integer',
    '8000000',
    'all services',
    'the largest answer a service sends; a larger one is refused with `BAD_USER_INPUT`',
  ),
  setting('MAX_CONNECTIONS', 'integer', '1000', 'all services', 'open connections a service accepts at once'),
  setting(
    'MAX_CONNECTIONS_PER_ADDRESS',
    'integer',
    '100',
    'gateway',
    'open connections one client address may hold at the gateway (`0`: none, for a gateway behind a proxy that caps them itself)',
  ),
  setting(
    'MAX_EVENT_LOOP_DELAY_MS',
    'integer',
    '1000',
    'all services',
    'event-loop lag (mean over a second) past which a service answers `503` with `Retry-After` instead of queueing',
  ),
  setting(
    'MAX_IN_FLIGHT',
    'integer',
    '256',
    'all services',
    'GraphQL requests a service works on at once; more are answered `503` with `Retry-After` at once',
  ),
  setting(
    'MAX_ANONYMOUS_IN_FLIGHT',
    'integer',
    null,
    'all services',
    'of those, requests without a token; the rest are kept for signed-in users',
    { defaultText: '`64` (at most `MAX_IN_FLIGHT`)' },
  ),
  setting(
    'MAX_ANONYMOUS_IN_FLIGHT_PER_ADDRESS',
    'integer',
    '8',
    'gateway',
    'requests without a token one client address may have in flight at the gateway',
  ),
  setting(
    'ANONYMOUS_REQUESTS_PER_MINUTE',
    'integer',
    '300',
    'gateway',
    'requests without a token one client address may send the gateway a minute; more are answered `429` with `Retry-After`',
  ),
  setting(
    'TRUST_PROXY',
    'list',
    null,
    'gateway',
    'proxies (addresses or CIDR ranges, comma-separated) whose `X-Forwarded-For` names the client, for the per-address budgets',
  ),
  setting(
    'METRICS_TOKEN',
    'secret',
    null,
    'all services',
    'when set (16+ characters), `/metrics` answers only `Authorization: Bearer <token>`; unset in production, only this machine (loopback)',
  ),
  setting(
    'CORS_ORIGINS',
    'list',
    null,
    'gateway',
    "comma-separated web origins (e.g. `https://map.county.gov.cn,http://localhost:5173`) whose pages may call the gateway from a browser; the gateway's own map needs none",
  ),
  setting(
    'RELATEDNESS_REFRESH_SECONDS',
    'integer',
    '30',
    'recruitment',
    'how often the recruitment subgraph looks for a finished import to build its relatedness space before a planner asks (`0`: only when asked)',
  ),
  setting(
    'MAP_BOUNDARIES_DIR',
    'path',
    null,
    'gateway',
    'folder of the base map the geographic view draws (`china.json`, `province/*.json`); point it at your approved 标准地图 ([docs/map-boundaries.md](docs/map-boundaries.md))',
    { defaultText: "ECharts 4.9's map data" },
  ),
  setting(
    'LOG_LEVEL',
    'choice',
    'info',
    'all services',
    '`debug` adds the probes; the test suite runs `silent` unless set ([docs/operations.md](docs/operations.md))',
    { choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] },
  ),
  setting(
    'APOLLO_TELEMETRY_DISABLED',
    'choice',
    'true',
    'gateway',
    'set `false` to let `@apollo/gateway` send its usage telemetry (off: nothing leaves the deployment)',
    { choices: ['true', 'false'] },
  ),
  setting('CHROMIUM_PATH', 'path', '/usr/bin/chromium', 'tests', "the Chromium the map's browser tests drive"),
];

const BY_NAME = new Map(SETTINGS.map((entry) => [entry.name, entry]));

export type Environment = Readonly<Record<string, string | undefined>>;

function declared(name: string): Setting {
  const entry = BY_NAME.get(name);
  if (!entry) throw new Error(`${name} is not a setting of src/platform/settings.ts: declare it there first.`);
  return entry;
}

/** A setting's value as text: the environment's when given (an empty value counts as unset), else its default. */
export function textSetting(env: Environment, name: string): string | undefined {
  const entry = declared(name);
  const raw = env[name];
  return raw === undefined || raw === '' ? (entry.default ?? undefined) : raw;
}

/** An integer setting; `fallback` only for a default worked out from other settings (the table's is null then). */
export function integerSetting(env: Environment, name: string, fallback?: number): number {
  const text = textSetting(env, name);
  if (text === undefined) {
    if (fallback === undefined) throw new Error(`${name} has no default: give it a value.`);
    return fallback;
  }
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got '${text}'`);
  return value;
}

export const isProduction = (env: Environment) => env.NODE_ENV === 'production';

const MEMORY = /^\d+(\.\d+)?[kmgt]?$/i;
const DURATION = /^\d+(ms|s|m|h)?$/;

/** What is wrong with one given value, by its type; undefined when it is fine. */
function valueProblem(entry: Setting, value: string): string | undefined {
  switch (entry.type) {
    case 'integer':
      return Number.isInteger(Number(value)) && Number(value) >= 0 ? undefined : `must be a non-negative integer, got '${value}'`;
    case 'url':
      return URL.canParse(value) ? undefined : `must be a URL, got '${value}'`;
    case 'choice':
      return entry.choices!.includes(value) ? undefined : `must be one of ${entry.choices!.join(', ')}; got '${value}'`;
    case 'memory':
      return MEMORY.test(value) ? undefined : `must be a size such as 512m or 2g, got '${value}'`;
    case 'duration':
      return DURATION.test(value) ? undefined : `must be a duration such as 120s, got '${value}'`;
    default:
      return undefined;
  }
}

/** Every setting the environment gives with a value its type refuses, as `NAME must …` sentences (none: fine). */
export function settingProblems(env: Environment): string[] {
  return SETTINGS.flatMap((entry) => {
    const value = env[entry.name];
    if (value === undefined || value === '') return [];
    const problem = valueProblem(entry, value);
    return problem ? [`${entry.name} ${problem}`] : [];
  });
}

/** The README's environment table, generated from SETTINGS. */
export function settingsTable(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const defaultOf = (entry: Setting) => entry.defaultText ?? (entry.default === null ? '*(unset)*' : `\`${entry.default}\``);
  return [
    '| variable | default | read by | meaning |',
    '| --- | --- | --- | --- |',
    ...SETTINGS.map((entry) => `| \`${entry.name}\` | ${cell(defaultOf(entry))} | ${entry.readBy} | ${cell(entry.meaning)} |`),
  ].join('\n');
}

/** Start-up's check: a service with a misset variable does not start; it names every one at once and exits 2. */
export function requireValidSettings(env: Environment): void {
  const problems = settingProblems(env);
  if (problems.length === 0) return;
  process.stderr.write(`Fix the environment before starting:\n  ${problems.join('\n  ')}\n`);
  process.exit(2);
}
