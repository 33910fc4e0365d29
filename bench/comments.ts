// Comments for timing COMMENT_INTENT, written for the benchmark (the real
// development set is not ours to ship). Mixed lengths and languages.
export const SAMPLE_COMMENTS: readonly string[] = [
  'これどこのブランドですか？',
  'かわいい！',
  '❤️❤️❤️',
  '乾燥肌でも使えますか',
  'プロフ見てください！相互フォローしましょう',
  '昨日のランチ楽しかったね〜また行こう',
  '이거 어디꺼예요?',
  '너무 예뻐요😍',
  '우리 맞팔해요~',
  '사이즈 정보 좀 알려주세요',
  'Where did you get that bag?',
  'So amazing 🔥🔥',
  'Check out my channel for free giveaways!!! http://example.com',
  'Where are you from?',
  '色番教えてください🙏 とても似合ってます！',
  'Love this look! what shade is the lipstick? I have really dry skin, would it work for me? ' + 'x'.repeat(200),
  '(*´∀｀*)',
  '@user 같이 가자',
  '#ootd #fashion',
  '가격이 얼마인가요',
];
