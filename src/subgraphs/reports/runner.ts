import type { Driver } from 'neo4j-driver';
import { reportLimits, type ReportLimits } from '../../config.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import type { Params } from '../../neo4j/driver.js';
import { Neo4jMemoryLimitError, Neo4jTimeoutError } from '../../neo4j/errors.js';
import { loadCatalogue, type ComputedReport, type ReportDefinition } from './catalogue.js';
import { reportParameters } from './parameters.js';
import { toJsonValue, type JsonValue } from '../../neo4j/values.js';
import { ReportFacts } from './report-facts.js';
import { InvalidQueryError, RefusedQueryError, ReportsRepository, resultOf, type ReportResultRecord } from './repository.js';

/** Parameters naming a region by id (regionId, …RegionId): the region must exist. */
const REGION_PARAMETER = /^(regionId|\w+RegionId)$/;

/** The report catalogue, loaded and checked once: a malformed report file stops start-up here. */
export const CATALOGUE: readonly ReportDefinition[] = loadCatalogue();

/** Runs catalogue reports and analysts' read-only Cypher; shared by the reports subgraph and `npm run report`. */
export class ReportRunner {
  private readonly repository: ReportsRepository;

  constructor(
    private readonly driver: Driver,
    readonly limits: ReportLimits = reportLimits(),
    readonly catalogue: readonly ReportDefinition[] = CATALOGUE,
    /** Told of each transaction the runner gave up on, until the server has let it go (see ReportsRepository). */
    lingering?: (gone: Promise<void>) => void,
  ) {
    this.repository = new ReportsRepository(driver, lingering);
  }

  report(name: string): ReportDefinition | undefined {
    return this.catalogue.find((report) => report.name === name);
  }

  async runReport(name: string, given: Record<string, unknown>): Promise<ReportResultRecord> {
    const report = this.report(name);
    if (!report) {
      throw badUserInput(`There is no report '${name}'; the reports are ${this.catalogue.map((known) => known.name).join(', ')}.`, {
        argumentName: 'name',
      });
    }
    const params = reportParameters(report, given);
    const result = await this.explained(`Report '${name}'`, this.limits.reportTimeoutMs, () =>
      report.kind === 'cypher'
        ? this.repository.read(report.cypher, params, { timeoutMs: this.limits.reportTimeoutMs, maxRows: this.limits.maxRows, name })
        : this.computed(report, params),
    );
    if (result.rowCount === 0) await this.refuseUnknownRegions(name, report, params);
    return result;
  }

  /** A computed report's rows, capped and typed like a Cypher report's. */
  private async computed(report: ComputedReport, params: Params): Promise<ReportResultRecord> {
    const started = performance.now();
    const rows = await report.compute(
      new ReportFacts(this.driver, this.limits.reportTimeoutMs),
      toJsonValue(params) as Record<string, JsonValue>,
    );
    const stray = rows.find((row) => Object.keys(row).join() !== report.columns.join());
    if (stray) throw new Error(`${report.file}: a row has the columns ${Object.keys(stray).join(', ')}, not those declared`);
    return resultOf(rows, this.limits.maxRows, started, [...report.columns]);
  }

  /** "0 rows" for a region that does not exist reads as "nothing there": say it instead (checked only then). */
  private async refuseUnknownRegions(name: string, report: ReportDefinition, params: Params): Promise<void> {
    const named = report.parameters.filter((parameter) => REGION_PARAMETER.test(parameter.name) && params[parameter.name] != null);
    const missing = await this.repository.missingRegions(named.map((parameter) => String(params[parameter.name])));
    if (missing.length > 0) {
      throw notFound(
        `Report '${name}': no Region ${missing.map((id) => `'${id}'`).join(', ')}; look region ids up with searchRegions (or the map's region search).`,
      );
    }
  }

  /** An analyst's own Cypher: planned and checked read-only first, then run in a READ transaction. */
  async runCypher(query: string, params: Params): Promise<ReportResultRecord> {
    if (query.trim() === '') throw badUserInput('query is empty: give a Cypher read query.', { argumentName: 'query' });
    if (usesRegularExpression(query)) {
      throw badUserInput(
        'Regular expressions (=~) are not allowed in ad-hoc queries: one pattern can run for minutes whatever the timeout. ' +
          'Use STARTS WITH, ENDS WITH or CONTAINS, or the full-text indexes (db.index.fulltext.queryNodes).',
        { argumentName: 'query' },
      );
    }
    return this.explained('The query', this.limits.cypherTimeoutMs, async () => {
      await this.repository.checkReadOnly(query, params);
      return this.repository.read(query, params, {
        timeoutMs: this.limits.cypherTimeoutMs,
        maxRows: this.limits.maxRows,
        name: 'runCypher',
      });
    });
  }

  /** Turns what went wrong with the caller's query or parameters into a BAD_USER_INPUT that says so. */
  private async explained<T>(what: string, timeoutMs: number, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof RefusedQueryError) throw badUserInput(error.message, { argumentName: 'query' });
      if (error instanceof InvalidQueryError) throw badUserInput(`${what} failed: ${error.message}`);
      if (error instanceof Neo4jTimeoutError) {
        throw badUserInput(`${what} ran longer than ${timeoutMs / 1000} s and was stopped; narrow it (filters, LIMIT) and try again.`);
      }
      if (error instanceof Neo4jMemoryLimitError) {
        throw badUserInput(
          `${what} needed more memory than one query may use, and was stopped; narrow it (filters, LIMIT, fewer collected values) and try again.`,
        );
      }
      throw error;
    }
  }
}

/**
 * Whether the query applies `=~`: Neo4j evaluates a regular expression without checking the transaction's timeout,
 * so a catastrophic pattern holds a CPU for as long as it backtracks. String literals, quoted names and comments
 * are skipped, so `'a =~ b'` as text is fine.
 */
export function usesRegularExpression(query: string): boolean {
  // Cypher ends a line comment at a carriage return as well as a line feed, and a block comment at its first `*/`.
  const code = query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|\/\/[^\r\n]*|\/\*[\s\S]*?\*\//g, ' ');
  return code.includes('=~');
}
