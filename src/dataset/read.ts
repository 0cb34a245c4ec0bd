import { createReadStream } from 'node:fs';
import { Transform, pipeline } from 'node:stream';
import parserStream from 'stream-json';
import Assembler from 'stream-json/assembler.js';
import type { Token } from 'stream-json/parser.js';
import type { SectionName } from './types.js';

/** Each top-level key as it starts (its value should be an array), then each element of that array. */
export type DatasetItem =
  { kind: 'section'; section: string; isArray: boolean } | { kind: 'record'; section: string; index: number; value: unknown };

export class DatasetFormatError extends Error {}

/** Deeper than any record of the format needs; deeper nesting is refused before anything recurses over it. */
const MAX_NESTING = 32;

/**
 * Decodes text of `encoding` and refuses any byte that is not: `failure` says why, given the offset of the chunk
 * that failed. A byte order mark is dropped.
 */
export function strictDecoding(encoding: string, failure: (offset: number) => Error): Transform {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let offset = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        const text = decoder.decode(chunk, { stream: true });
        offset += chunk.length;
        done(null, text);
      } catch {
        done(failure(offset));
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(failure(offset));
      }
    },
  });
}

/**
 * UTF-8 only: a file saved as GBK would otherwise decode with U+FFFD in place of every Chinese character and import
 * with its names destroyed.
 */
const strictUtf8 = () =>
  strictDecoding(
    'utf-8',
    (offset) =>
      new DatasetFormatError(
        `is not UTF-8 text (a byte near offset ${offset} is not UTF-8): save the file as UTF-8; files saved by Chinese Windows ` +
          'programs are often GBK/GB18030 (e.g. iconv -f GB18030 -t UTF-8 in.json > out.json)',
      ),
  );

/** A record of one of the sections a pass asked for. */
export interface DatasetRecord {
  section: SectionName;
  /** Its place in its section. */
  index: number;
  value: unknown;
}

/**
 * One pass over the file: `visit` gets each record of `sections`, in file order. The records of other sections are
 * parsed (the whole file is checked on every pass) but never assembled.
 */
export async function forEachRecord(
  file: string,
  sections: readonly SectionName[],
  visit: (record: DatasetRecord) => void | Promise<void>,
): Promise<void> {
  for await (const item of readDatasetItems(file, new Set(sections))) {
    if (item.kind === 'record') await visit(item as DatasetRecord);
  }
}

/**
 * Streams the records of a dataset file one at a time: the file is parsed as tokens and only the current record is
 * assembled, so files of millions of enterprises are read in constant memory. With `sections`, only their records
 * are assembled and yielded.
 */
export async function* readDatasetItems(file: string, sections?: ReadonlySet<string>): AsyncGenerator<DatasetItem> {
  const tokens = pipeline(createReadStream(file), strictUtf8(), parserStream({ streamValues: false }), () => {});
  let depth = 0; // 0: before the top object, 1: inside it, 2: inside a section's array
  let section = '';
  let index = 0;
  let record: Assembler | undefined;
  let skipping: Assembler | undefined; // a non-array section value, consumed and reported
  let unwantedRecordDepth: number | undefined; // inside a record of a section not asked for: the nesting it started at
  // The keys of each object open around the current token (null for an array): a repeated key would be merged
  // silently, the last value winning, so it is refused.
  const open: (Set<string> | null)[] = [];
  const where = () => (depth <= 1 ? 'the file' : `${section}[${index}]`);

  try {
    for await (const token of tokens as AsyncIterable<Token>) {
      if (token.name === 'startObject' || token.name === 'startArray') {
        open.push(token.name === 'startObject' ? new Set() : null);
        if (open.length > MAX_NESTING) throw new DatasetFormatError(`${where()} is nested more than ${MAX_NESTING} levels deep`);
      } else if (token.name === 'endObject' || token.name === 'endArray') {
        open.pop();
      } else if (token.name === 'keyValue') {
        const keys = open[open.length - 1]!;
        const key = String(token.value);
        if (keys.has(key)) {
          const what = open.length === 1 ? 'section' : 'field';
          throw new DatasetFormatError(`${where()} gives the ${what} ${JSON.stringify(key)} twice; give it once`);
        }
        keys.add(key);
      }
      if (unwantedRecordDepth !== undefined) {
        if (open.length === unwantedRecordDepth) {
          unwantedRecordDepth = undefined;
          index += 1;
        }
        continue;
      }
      if (record) {
        record.consume(token);
        if (record.done) {
          yield { kind: 'record', section, index, value: record.current };
          record = undefined;
          index += 1;
        }
        continue;
      }
      if (skipping) {
        skipping.consume(token);
        if (skipping.done) skipping = undefined;
        continue;
      }
      if (depth === 0) {
        if (token.name !== 'startObject') throw new DatasetFormatError('the file must hold one JSON object');
        depth = 1;
      } else if (depth === 1) {
        if (token.name === 'keyValue') {
          section = String(token.value);
        } else if (token.name === 'startArray') {
          yield { kind: 'section', section, isArray: true };
          depth = 2;
          index = 0;
        } else if (token.name === 'endObject') {
          depth = 0;
        } else {
          yield { kind: 'section', section, isArray: false };
          skipping = new Assembler();
          skipping.consume(token);
          if (skipping.done) skipping = undefined;
        }
      } else if (token.name === 'endArray') {
        depth = 1;
      } else if (sections && !sections.has(section)) {
        // Skipped unassembled: a value is one token, an object or array ends when the nesting is back where it began.
        if (token.name === 'startObject' || token.name === 'startArray') unwantedRecordDepth = open.length - 1;
        else index += 1;
      } else {
        record = new Assembler();
        record.consume(token);
        if (record.done) {
          yield { kind: 'record', section, index, value: record.current };
          record = undefined;
          index += 1;
        }
      }
    }
  } catch (error) {
    if (error instanceof DatasetFormatError) throw error;
    throw new DatasetFormatError(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
