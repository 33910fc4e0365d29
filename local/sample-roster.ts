// Synthetic rosters with the messy values marketers paste (12.5万, 1.2M,
// ¥150,000, 3.2%, full-width digits, duplicates, a few unreadable cells).
// Seeded, so the benchmark, the tests and examples/ are reproducible.

export function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ROSTER_HEADER = ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'エンゲージメント率', 'メモ'];

const PLATFORMS = ['Instagram', 'TikTok', 'YouTube', 'Instagram', 'TikTok'];
const NOTES = ['', '', '', 'コスメ', '美容', 'グルメ', '육아', 'fashion', '要確認', ''];

function messyCount(n: number, r: () => number): string | number {
  const k = Math.floor(r() * 6);
  if (k === 0) return n;
  if (k === 1) return n.toLocaleString('en-US');
  if (k === 2 && n >= 10_000) return `${Math.round(n / 1000) / 10}万`;
  if (k === 3 && n >= 10_000) return `${Math.round(n / 1000) / 10}만`;
  if (k === 4 && n >= 1_000_000) return `${Math.round(n / 100_000) / 10}M`;
  if (k === 4 && n >= 1_000) return `${Math.round(n / 100) / 10}K`;
  return n.toLocaleString('en-US');
}

function messyMoney(n: number, r: () => number): string | number {
  const k = Math.floor(r() * 5);
  if (k === 0) return n;
  if (k === 1) return `¥${n.toLocaleString('en-US')}`;
  if (k === 2) return `${n.toLocaleString('en-US')}円`;
  if (k === 3 && n % 10_000 === 0) return `${n / 10_000}万円`;
  return `￥${n.toLocaleString('en-US')}`;
}

/** A roster sheet's values: header row then n creators. */
export function generateRoster(n: number, seed = 1): (string | number)[][] {
  const r = prng(seed);
  const rows: (string | number)[][] = [ROSTER_HEADER];
  for (let i = 0; i < n; i++) {
    // Followers log-uniform 1k–5M; views a share of followers; fee a yen-per-follower rate.
    const followers = Math.round(10 ** (3 + r() * 3.7));
    const viewRate = 0.05 + r() * 1.2;
    const views = Math.max(100, Math.round(followers * viewRate));
    const perFollower = 1 + r() * 3.5;
    const fee = Math.max(5_000, Math.round((followers * perFollower) / 1000) * 1000);
    const zoneEr = followers < 100_000 ? 0.02 + r() * 0.07 : followers < 1_000_000 ? 0.006 + r() * 0.03 : 0.003 + r() * 0.015;
    const er = Math.round(zoneEr * 1000) / 1000;
    const handle = `@creator_${seed}_${i}`;
    const row: (string | number)[] = [
      handle,
      PLATFORMS[i % PLATFORMS.length]!,
      messyCount(followers, r),
      r() < 0.03 ? '' : messyCount(views, r),
      messyMoney(fee, r),
      r() < 0.5 ? `${Math.round(er * 1000) / 10}%` : er,
      NOTES[Math.floor(r() * NOTES.length)]!,
    ];
    const mess = r();
    if (mess < 0.01) row[4] = '要見積';
    else if (mess < 0.02) row[2] = 'N/A';
    rows.push(row);
    if (r() < 0.01 && i + 1 < n) {
      rows.push([...row]); // a pasted-twice row: a duplicate
      i++;
    }
  }
  return rows;
}
