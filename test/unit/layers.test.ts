import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The probes are not files of the TypeScript project: lint them without the type-aware rules' project service.
const eslint = new ESLint({
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result!.messages.filter((message) => message.fatal)).toEqual([]);
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the layers of src/ (eslint.config.js)', () => {
  it('refuse an import upward', async () => {
    expect(
      await restricted('src/neo4j/probe.ts', "import { SUBGRAPHS } from '../subgraphs/index.js';\nexport const n = SUBGRAPHS;\n"),
    ).toHaveLength(1);
    expect(
      await restricted('src/platform/probe.ts', "import { readRows } from '../neo4j/driver.js';\nexport const r = readRows;\n"),
    ).toHaveLength(1);
    expect(
      await restricted('src/server/probe.ts', "import { startStack } from '../topology/stack.js';\nexport const s = startStack;\n"),
    ).toHaveLength(1);
    expect(
      await restricted('src/facts/probe.ts', "import { SUBGRAPHS } from '../subgraphs/index.js';\nexport const n = SUBGRAPHS;\n"),
    ).toHaveLength(1);
    expect(
      await restricted(
        'src/subgraphs/registry/probe.ts',
        "import { startGateway } from '../../gateway/gateway.js';\nexport const g = startGateway;\n",
      ),
    ).toHaveLength(1);
  });

  it('allow an import downward, and packages whose names look like folders', async () => {
    expect(
      await restricted('src/topology/probe.ts', "import { SUBGRAPHS } from '../subgraphs/index.js';\nexport const n = SUBGRAPHS;\n"),
    ).toEqual([]);
    expect(
      await restricted(
        'src/graphql/probe.ts',
        "import { HeaderMap } from '@apollo/server';\nimport { defaultLogger } from '../platform/logger.js';\nexport const h = [HeaderMap, defaultLogger];\n",
      ),
    ).toEqual([]);
  });
});
