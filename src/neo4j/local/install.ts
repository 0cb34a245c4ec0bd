import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `neo4j/` at the project root: the pom that names the Neo4j version and the launcher's source. */
const NEO4J_DIR = fileURLToPath(new URL('../../../neo4j/', import.meta.url));
const LIB_DIR = path.join(NEO4J_DIR, 'lib');
const BUILD_DIR = path.join(NEO4J_DIR, 'build');
const POM = path.join(NEO4J_DIR, 'pom.xml');
const LAUNCHER_SOURCE = path.join(NEO4J_DIR, 'Launcher.java');
/** Written after a complete copy, so an interrupted download is redone rather than half-used. */
const INSTALLED_MARKER = path.join(LIB_DIR, '.installed-from-pom');

export const JAVA_CLASSPATH = `${LIB_DIR}/*${path.delimiter}${BUILD_DIR}`;

/**
 * Fetches Neo4j Community's jars from Maven Central (there is no server tarball there) and compiles the launcher.
 * Does nothing when both are up to date with pom.xml and Launcher.java.
 */
export async function ensureNeo4jInstalled(log: (line: string) => void = console.log): Promise<void> {
  if (!isNewer(INSTALLED_MARKER, POM)) {
    log('Fetching Neo4j jars from Maven Central (first run only)...');
    rmSync(LIB_DIR, { recursive: true, force: true });
    await run(
      'mvn',
      ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${LIB_DIR}`],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: unknown) => {
      throw new Error(`Could not fetch Neo4j with Maven (is 'mvn' installed and Maven Central reachable?): ${describe(error)}`);
    });
    writeFileSync(INSTALLED_MARKER, `${readdirSync(LIB_DIR).length} jars\n`);
  }
  const launcherClass = path.join(BUILD_DIR, 'Launcher.class');
  if (!isNewer(launcherClass, LAUNCHER_SOURCE) || !isNewer(launcherClass, INSTALLED_MARKER)) {
    mkdirSync(BUILD_DIR, { recursive: true });
    await run('javac', ['-cp', `${LIB_DIR}/*`, '-d', BUILD_DIR, LAUNCHER_SOURCE]).catch((error: unknown) => {
      throw new Error(`Could not compile the Neo4j launcher (is JDK 17+ installed?): ${describe(error)}`);
    });
  }
}

function isNewer(file: string, than: string): boolean {
  return existsSync(file) && statSync(file).mtimeMs >= statSync(than).mtimeMs;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'stderr' in error && String(error.stderr).trim()) {
    return String(error.stderr).trim().split('\n').slice(-5).join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}
