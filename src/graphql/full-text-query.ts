import { badUserInput } from './errors.js';

const MAX_SEARCH_LENGTH = 100;
const HAN = /\p{Script=Han}/u;
// Lucene's query syntax characters: removed, so what a user types never becomes query syntax.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what a user types into a Lucene query for a full-text index with the `cjk` analyzer, which indexes Han text
 * as overlapping bigrams and Latin words as lower-cased terms. Every word must match:
 * - one Han character (鞋) matches inside any bigram: `*鞋*`;
 * - longer Han text (金陆鞋业) is matched as a phrase of its bigrams;
 * - a Latin word matches as a prefix (shoe → Shoes).
 */
export function fullTextQuery(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw badUserInput('text must contain a word to search for.', { argumentName: 'text' });
  if (trimmed.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(`text must be at most ${MAX_SEARCH_LENGTH} characters.`, { argumentName: 'text' });
  }
  const words = trimmed
    .split(/\s+/u)
    .map((word) => word.replace(LUCENE_SPECIAL, '').toLowerCase())
    .filter((word) => word.length > 0);
  if (words.length === 0) throw badUserInput('text must contain letters or characters, not only symbols.', { argumentName: 'text' });
  return words.map(wordQuery).join(' AND ');
}

function wordQuery(word: string): string {
  if (!HAN.test(word)) return `${word}*`;
  if ([...word].length === 1) return `*${word}*`;
  return `"${word}"`;
}
