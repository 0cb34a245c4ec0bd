import { realpathSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Whether `file` lies under `root` without passing a symbolic link: a link among served files (left by a build step,
 * or planted by someone with write access there) must not serve what lies elsewhere on the machine.
 */
export function reachedWithoutLinks(root: string, file: string): boolean {
  try {
    return realpathSync(file) === join(realpathSync(root), relative(root, file));
  } catch {
    return false;
  }
}
