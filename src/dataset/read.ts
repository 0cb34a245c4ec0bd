import { createReadStream } from 'node:fs';
import parserStream from 'stream-json';
import Assembler from 'stream-json/assembler.js';
import type { Token } from 'stream-json/parser.js';

/** Each top-level key as it starts (its value should be an array), then each element of that array. */
export type DatasetItem =
  | { kind: 'section'; section: string; isArray: boolean }
  | { kind: 'record'; section: string; index: number; value: unknown };

export class DatasetFormatError extends Error {}

/**
 * Streams the records of a dataset file one at a time: the file is parsed as tokens and only the current record is
 * assembled, so files of millions of enterprises are read in constant memory.
 */
export async function* readDatasetItems(file: string): AsyncGenerator<DatasetItem> {
  const tokens = createReadStream(file).pipe(parserStream({ streamValues: false }));
  let depth = 0; // 0: before the top object, 1: inside it, 2: inside a section's array
  let section = '';
  let index = 0;
  let record: Assembler | undefined;
  let skipping: Assembler | undefined; // a non-array section value, consumed and reported

  try {
    for await (const token of tokens as AsyncIterable<Token>) {
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
