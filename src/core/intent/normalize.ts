// Turns a raw comment into the few views the cues match against. Done once
// per comment with regexes built at module load; work only some comments
// need (compact forms, emoticon stripping) is skipped for the rest.

import { nfkc } from '../parse';
import type { Script } from './cue';

/** Comments longer than this are judged on their start: cues sit up front, and it keeps a 50k-char paste fast. */
export const MAX_CHARS = 2000;

export interface Prepared {
  /** NFKC, lower-case, quotes and wave dashes unified, whitespace collapsed. English cues match here. */
  text: string;
  /** `text` without spaces and light punctuation (keeps ? and !): Japanese and Korean cues match here, so "정보 좀" = "정보좀". Empty for comments with no ja/ko text. */
  compact: string;
  /** `compact` without long-vowel marks and wave dashes ("すごーーい〜" → "すごい"): praise and complaint stems. */
  loose: string;
  /** Scripts present, so only their cue tables run. */
  scripts: Script[];
  /** Whether any real word is left once emoji, kaomoji, emoticons, mentions and URLs are set aside. */
  hasWords: boolean;
  hasMention: boolean;
  hashtags: number;
}

// One pass maps what NFKC leaves odd: curly quotes to ' and ", the wave dashes 〜 〰 to ~,
// and collapses whitespace (NFKC already turned ideographic and no-break spaces into ' ').
const ODD = /[\u2018\u2019\u201b\u2032\u201c\u201d\u201f\u2033\u301c\u3030\t\n\r\f\v\u2028\u2029]| {2,}/g;
const PLAIN: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u301c': '~',
  '\u3030': '~',
};
const plain = (c: string): string => PLAIN[c] ?? ' ';
const COMPACT_DROP = /[\s.,、。・~…:;'"`^*_\-=+|/\\()[\]{}<>「」『』【】〈〉《》]+/g;
const LONG_VOWEL = /[ー~]+/g;

// Two letters, or letters around a digit ("f4f", "s4s").
const LATIN = /[a-z][a-z\d]?[a-z]/;
const JAPANESE = /[\u3041-\u30fa\u3400-\u4dbf\u4e00-\u9fff]/;
const HANGUL = /[\uac00-\ud7a3\u3131-\u318e]/;

const MENTION = /@[\w.]+/g;
const URL = /https?:\/\/\S+|www\.\S+/g;
const HASHTAG = /#[^\s#]+/g;
const EMOJI = /\p{Extended_Pictographic}/u;
// Western emoticons and ^^-style faces; letters inside them (xD, :p) are not words.
const EMOTICON = /(?:^|[^a-z0-9])(?:[:;=8][-'o^]?[)(\][dpo3/\\|*]+|x+d+|<3+|\^[_\-.o ]?\^|t[_.]t|;[_;]?;)(?![a-z])/g;
// Parenthesised kaomoji such as (*´∀｀*), (｡・・｡) or ( ; ; ): brackets with no word characters inside.
const KAOMOJI = /[([꒰][^()[\]a-z0-9\u3041-\u309f\u30a1-\u30fa\u4e00-\u9fff\uac00-\ud7a3]{0,16}[)\]꒱]/g;
// Everything that is not part of a real word: emoji, symbols, punctuation, other scripts used in kaomoji (ω, Д, ๑).
const NOT_WORD_CHAR = /[^a-z0-9\u00e0-\u00ff\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\u3131-\u318e]+/g;
/** A comment longer than this with letters in it certainly has words; shorter ones are checked for emoticon-only text. */
const FEW_CHARS = 24;

export function prepare(raw: string): Prepared {
  let s = raw;
  if (s.length > MAX_CHARS) {
    s = s.slice(0, MAX_CHARS);
    // Do not leave half a surrogate pair at the cut.
    const last = s.charCodeAt(s.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1);
  }
  const text = nfkc(s).toLowerCase().replace(ODD, plain).trim();

  const scripts: Script[] = [];
  if (LATIN.test(text)) scripts.push('en');
  if (JAPANESE.test(text)) scripts.push('ja');
  if (HANGUL.test(text)) scripts.push('ko');
  const compact = scripts.length > 0 && scripts[scripts.length - 1] !== 'en' ? text.replace(COMPACT_DROP, '') : '';
  const loose = compact === '' ? '' : compact.replace(LONG_VOWEL, '');

  const hasMention = text.includes('@');
  const hashtags = text.includes('#') ? countMatches(HASHTAG, text) : 0;
  // Kana, kanji and hangul are words; Latin letters may sit in an emoticon ("xD"), so short Latin-only comments are checked.
  const hasWords = compact !== '' || (scripts.length > 0 && text.length > FEW_CHARS && !hasMention) || wordChars(text, hasMention) > 0;
  return { text, compact, loose, scripts, hasWords, hasMention, hashtags };
}

/** Letters and digits of real words: not emoji, kaomoji, emoticons, mentions or URLs. */
export function wordChars(text: string, hasMention = text.includes('@')): number {
  const bare = hasMention || text.includes('http') || text.includes('www.') ? text.replace(URL, ' ').replace(MENTION, ' ') : text;
  return bare.replace(EMOTICON, ' ').replace(KAOMOJI, ' ').replace(NOT_WORD_CHAR, '').length;
}

const PUNCTUATION_ONLY = /^[\s.!?,~…。、]*$/;

/** What a comment with no words is made of, for the reason shown. */
export function decorationOf(p: Prepared): 'emoji only' | 'kaomoji only' | 'no words' {
  if (EMOJI.test(p.text)) return 'emoji only';
  return PUNCTUATION_ONLY.test(p.text) ? 'no words' : 'kaomoji only';
}

function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) !== null) n++;
  return n;
}
