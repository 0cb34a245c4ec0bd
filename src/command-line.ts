import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's arguments, parsed strictly: an unknown or misspelt option, or a missing value, prints what is wrong
 * and the command's usage, and exits with 2 — never a silently ignored option.
 */
export function parseCommandLine<const Options extends ParseArgsOptionsConfig>(usage: string, options: Options, allowPositionals = false) {
  try {
    return parseArgs({ options, allowPositionals, strict: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
}
