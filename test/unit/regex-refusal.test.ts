import { describe, expect, it } from 'vitest';
import { usesRegularExpression } from '../../src/subgraphs/reports/runner.js';

describe("runCypher's refusal of regular expressions reads comments and strings as Cypher does", () => {
  it.each([
    ['a line comment ended by a carriage return', "// note\rRETURN $s =~ '(.*a){12}b' AS m"],
    ['a line comment ended by CRLF', "// note\r\nRETURN $s =~ '(.*a){12}b' AS m"],
    ['a line comment ended by a line feed', "// note\nRETURN $s =~ '(.*a){12}b' AS m"],
    ['a block comment before it', "/* a\r\nb */ RETURN $s =~ 'x' AS m"],
    ['two block comments', "/* a */ RETURN $s /* b */ =~ 'x' AS m"],
    ['an unclosed string after it', "RETURN $s =~ 'x"],
  ])('finds =~ after %s', (_what, query) => {
    expect(usesRegularExpression(query)).toBe(true);
  });

  it.each([
    ['inside a string', "RETURN 'a =~ b' AS s"],
    ['inside a double-quoted string with an escaped quote', 'RETURN "a \\" =~ b" AS s'],
    ['inside a line comment', 'RETURN 1 AS n // =~'],
    ['inside a block comment spanning lines', 'RETURN 1 AS n /* \r =~ \n */'],
    ['inside a quoted name', 'RETURN 1 AS `=~`'],
  ])('ignores =~ %s', (_what, query) => {
    expect(usesRegularExpression(query)).toBe(false);
  });
});
