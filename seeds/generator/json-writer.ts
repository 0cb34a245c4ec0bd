import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Writes one dataset document section by section, record by record, waiting whenever the file stream's buffer is
 * full: memory stays flat however many records are written.
 */
export class DatasetWriter {
  private readonly stream: WriteStream;
  private sectionCount = 0;
  private recordsInSection = 0;
  bytes = 0;

  constructor(file: string) {
    this.stream = createWriteStream(file);
    this.write('{');
  }

  async section(name: string, records: Iterable<unknown>): Promise<number> {
    this.write(`${this.sectionCount === 0 ? '' : ','}\n${JSON.stringify(name)}: [`);
    this.sectionCount += 1;
    this.recordsInSection = 0;
    for (const record of records) {
      if (!this.write(`${this.recordsInSection === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`)) await once(this.stream, 'drain');
      this.recordsInSection += 1;
    }
    this.write('\n]');
    return this.recordsInSection;
  }

  async close(): Promise<void> {
    this.write('\n}\n');
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private write(text: string): boolean {
    this.bytes += Buffer.byteLength(text);
    return this.stream.write(text);
  }
}
