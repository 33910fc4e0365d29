// Words on the output sheet, in the user's language.

import { Locale } from '../i18n';
import { Reason, Role } from '../roster/read';

type Words = Record<Locale, string>;

export const ROLE_NAMES: Record<Role, Words> = {
  reach: { en: 'Reach', ja: '拡散（リーチ）', ko: '확산(도달)' },
  empathy: { en: 'Empathy', ja: '共感', ko: '공감' },
};

export const REASON_NAMES: Record<Reason, Words> = {
  duplicate: { en: 'Duplicate (same handle and platform)', ja: '重複（同じアカウント・媒体）', ko: '중복(같은 계정·플랫폼)' },
  unreadable: { en: 'Unreadable value', ja: '読み取れない値', ko: '읽을 수 없는 값' },
  noFee: { en: 'No fee', ja: '費用なし', ko: '비용 없음' },
  noViews: { en: 'No views', ja: '再生数なし', ko: '조회수 없음' },
  noFollowers: { en: 'No followers', ja: 'フォロワー数なし', ko: '팔로워 없음' },
  overCap: { en: 'CPV over cap', ja: 'CPVが上限超過', ko: 'CPV 상한 초과' },
  erBelow: { en: 'ER below tier band', ja: 'ERがティアの基準未満', ko: 'ER이 티어 기준 미만' },
};

const W = {
  role: { en: 'Role', ja: '役割', ko: '역할' },
  handle: { en: 'Handle', ja: 'アカウント', ko: '계정' },
  platform: { en: 'Platform', ja: '媒体', ko: '플랫폼' },
  tier: { en: 'Tier', ja: 'ティア', ko: '티어' },
  followers: { en: 'Followers', ja: 'フォロワー数', ko: '팔로워' },
  views: { en: 'Expected views', ja: '想定再生数', ko: '예상 조회수' },
  fee: { en: 'Fee', ja: '費用', ko: '비용' },
  cpv: { en: 'CPV', ja: 'CPV', ko: 'CPV' },
  er: { en: 'ER', ja: 'ER', ko: 'ER' },
  verdict: { en: 'ER verdict', ja: 'ER判定', ko: 'ER 판정' },
  roi: { en: 'ROI', ja: 'ROI', ko: 'ROI' },
  row: { en: 'Roster row', ja: '名簿の行', ko: '명단 행' },
  totals: { en: 'Totals', ja: '合計', ko: '합계' },
  spend: { en: 'Spend', ja: '費用合計', ko: '총 비용' },
  remaining: { en: 'Remaining budget', ja: '残り予算', ko: '남은 예산' },
  totalViews: { en: 'Total expected views', ja: '想定再生数合計', ko: '예상 조회수 합계' },
  blendedCpv: { en: 'Blended CPV', ja: '全体CPV', ko: '전체 CPV' },
  budget: { en: 'Budget', ja: '予算', ko: '예산' },
  cap: { en: 'CPV cap', ja: 'CPV上限', ko: 'CPV 상한' },
  creators: { en: 'Creators', ja: '人数', ko: '인원' },
  share: { en: 'Share of spend', ja: '費用比率', ko: '비용 비율' },
  spendByRole: { en: 'Spend by role', ja: '役割別の費用', ko: '역할별 비용' },
  excluded: { en: 'Excluded', ja: '除外', ko: '제외' },
  reason: { en: 'Reason', ja: '理由', ko: '사유' },
  count: { en: 'Count', ja: '件数', ko: '건수' },
  closest: { en: 'Closest to passing', ja: 'あと少しで通過', ko: '통과에 가장 가까운 행' },
  detail: { en: 'Detail', ja: '詳細', ko: '상세' },
  estimated: { en: ' (est.)', ja: '（推定）', ko: ' (추정)' },
} satisfies Record<string, Words>;

export type Word = keyof typeof W;

export function word(key: Word, locale: Locale): string {
  return W[key][locale];
}
