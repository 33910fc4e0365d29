// Creator keys: the same creator however the handle or the platform was
// typed or pasted, for deduplication, must/exclude lists, comments and History.

import { nfkc } from '../parse';

// Platform names as typed: "IG", "インスタ", "인스타그램" are one platform.
const PLATFORM_SYNONYMS: [RegExp, string][] = [
  [/^(ig|insta|instagram|インスタ|インスタグラム|인스타|인스타그램)$/, 'instagram'],
  [/^(tt|tiktok|ティックトック|ティクトク|틱톡)$/, 'tiktok'],
  [/^(yt|youtube|ユーチューブ|유튜브|youtubeshorts|shorts)$/, 'youtube'],
  [/^(x|twitter|ツイッター|트위터)$/, 'x'],
];

const URL_RE = /^(?:https?:\/\/)?(?:www\.|m\.|mobile\.|vm\.|vt\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(\/[^?#\s]*)?(\?[^#\s]*)?/i;
// Instagram paths that name a post, not a person.
const IG_POSTS = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'stories']);

/**
 * The same creator however the handle was pasted: "@Name", "name",
 * "https://www.instagram.com/name/", "youtube.com/@name" key on the name.
 * A URL keys on the part that names the creator: YouTube /channel/UC… (case
 * kept: channel IDs are case-sensitive), /c/…, /user/… and /@… are kept
 * apart; TikTok /@name/video/… is @name; X /name/status/… is name. A URL that
 * names no creator (an Instagram /reel/ or /p/, a YouTube video, a TikTok
 * short link) keys on the whole URL, so distinct creators are never merged.
 */
export function handleKey(handle: string): string {
  if (plainHandle(handle)) return withAt(handle);
  const h = nfkc(handle).trim();
  if (h.indexOf('/') < 0) return withAt(lowerCased(h));
  const url = URL_RE.exec(h);
  if (!url) return withAt(h.toLowerCase());
  const host = url[1]!.toLowerCase();
  const parts = (url[2] ?? '').split('/').filter((p) => p !== '');
  const whole = `${host}${parts.length ? `/${parts.join('/')}` : ''}${url[3] ?? ''}`; // case kept: post and video IDs are case-sensitive
  const first = parts[0] ?? '';
  const lower = first.toLowerCase();
  if (/(^|\.)instagram\.com$/.test(host)) {
    if (lower === 'stories' && parts[1]) return withAt(parts[1].toLowerCase());
    if (IG_POSTS.has(lower) || first === '') return whole;
    return withAt(lower);
  }
  if (/(^|\.)tiktok\.com$/.test(host)) return first.startsWith('@') ? lower : whole;
  if (/(^|\.)youtube\.com$/.test(host)) {
    if (first.startsWith('@')) return lower;
    if (lower === 'channel' && parts[1]) return `youtube/channel/${parts[1]}`;
    if ((lower === 'c' || lower === 'user') && parts[1]) return `youtube/${lower}/${parts[1].toLowerCase()}`;
    return whole; // /watch, /shorts/…: a video
  }
  if (/(^|\.)(x|twitter)\.com$/.test(host)) return first === '' ? whole : withAt(lower);
  return whole.toLowerCase();
}

/**
 * Already its own key but for the "@" (most handles, in one pass): ASCII, so NFKC leaves it; no
 * capitals; no "/" (not a URL); nothing trim would remove at either end.
 */
function plainHandle(h: string): boolean {
  const n = h.length;
  if (n === 0 || h.charCodeAt(0) <= 0x20 || h.charCodeAt(n - 1) <= 0x20) return false;
  for (let i = 0; i < n; i++) {
    const c = h.charCodeAt(i);
    if (c > 0x7e || c === 0x2f || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}

// Keys are "@name": a handle typed with its "@" (most are) is its own key, no new string per row.
/** toLowerCase allocates a new string even when nothing changes: most handles are lower-case already. */
function lowerCased(h: string): string {
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c > 0x7f) return h.toLowerCase();
  }
  return h;
}

const withAt = (h: string): string => (h.charCodeAt(0) === 0x40 ? h : `@${h}`);

const platformKeys = new Map<string, string>();

export function platformKey(platform: string): string {
  const known = platformKeys.get(platform);
  if (known !== undefined) return known;
  let p = nfkc(platform)
    .toLowerCase()
    .replace(/[\s_\-・.]/g, '');
  for (const [re, name] of PLATFORM_SYNONYMS) {
    if (re.test(p)) {
      p = name;
      break;
    }
  }
  if (platformKeys.size < 1000) platformKeys.set(platform, p);
  return p;
}
