/**
 * `npm run neo4j:start` / `neo4j:stop` / `neo4j:status`: the local Neo4j as a background service.
 * Usage: tsx src/neo4j/local/cli.ts install|start|stop|status [instance]   (instance defaults to "dev")
 */
import { parseCommandLine } from '../../command-line.js';
import { externalNeo4jUri, localNeo4jSettings, neo4jCredentials } from '../../config.js';
import { ensureNeo4jInstalled } from './install.js';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './server.js';

const { positionals } = parseCommandLine('Usage: tsx src/neo4j/local/cli.ts install|start|stop|status [instance]', {}, true);
const [command = 'status', instance = 'dev'] = positionals;
const settings = localNeo4jSettings(instance);

try {
  switch (command) {
    case 'install':
      await ensureNeo4jInstalled();
      console.log('Neo4j jars and launcher are in place (neo4j/lib, neo4j/build).');
      break;
    case 'start': {
      if (externalNeo4jUri()) {
        console.log(`NEO4J_URI is set (${externalNeo4jUri()}): nothing to start.`);
        break;
      }
      const startedAt = Date.now();
      const server = await startLocalNeo4j(settings, neo4jCredentials());
      const how = server.startedHere ? `started in ${((Date.now() - startedAt) / 1000).toFixed(1)}s` : 'already running';
      console.log(`Neo4j ${how}: ${server.uri} (pid ${server.pid}, data in .neo4j/${instance})`);
      break;
    }
    case 'stop':
      console.log((await stopLocalNeo4j(settings)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      break;
    case 'status': {
      const status = localNeo4jStatus(settings);
      console.log(status.running ? `running: ${status.uri} (pid ${status.pid})` : `not running (data in ${status.home})`);
      break;
    }
    default:
      console.error(`Unknown command '${command}'. Use install, start, stop or status.`);
      process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
