import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyComment, evaluate, explainComment, INTENT_LABELS, type IntentLabel } from '../src/core/intent';
import { FIXTURE_EXPECTED, FIXTURE_SETS, fixtureId, readDevSet, readExpected, type DevRow } from '../scripts/lib/devset';

// [comment, expected label]. Comments written for these tests (the dev set
// is not ours to ship), in the registers the add-on sees: Instagram
// comments, shop questions, YouTube-style chat.
const COMMENTS: [string, IntentLabel][] = [
  // Japanese
  ['このバッグどこのですか？', 'purchase_intent'],
  ['リップの色番知りたいです！', 'purchase_intent'],
  ['おいくらですか？', 'purchase_intent'],
  ['通販はありますか？', 'purchase_intent'],
  ['サイズ感どうですか？160cmでも着られますか', 'purchase_intent'],
  ['敏感肌でも使えますか？', 'purchase_intent'],
  ['カメラは何を使ってますか？', 'purchase_intent'],
  ['予約できますか？', 'purchase_intent'],
  ['2つ注文したいです', 'purchase_intent'],
  ['どこで売ってますか？', 'purchase_intent'],
  ['再販の予定はありますか？', 'purchase_intent'],
  ['可愛い！どこで買えますか？', 'purchase_intent'],
  ['このワンピースのブランド教えてください', 'purchase_intent'],
  ['ピアスかわいい〜！どこで購入されましたか？', 'purchase_intent'],
  ['このお皿はどちらのものですか？', 'purchase_intent'],
  ['色違いはありますか？', 'purchase_intent'],
  ['値段教えてください', 'purchase_intent'],
  ['Mサイズありますか？', 'purchase_intent'],
  ['海外発送してますか？', 'purchase_intent'],
  ['ネットで買えますか？', 'purchase_intent'],
  ['これ欲しい！販売してますか？', 'purchase_intent'],
  ['ファンデは何使ってますか？', 'purchase_intent'],
  ['来週の土曜日予約空いてますか？', 'purchase_intent'],
  ['このスニーカーどこのブランドですか？', 'purchase_intent'],
  ['お値段おいくらですか？', 'purchase_intent'],
  ['ネット販売はしてますか？', 'purchase_intent'],
  ['追加で1つお願いできますか？', 'purchase_intent'],
  ['送料はいくらですか', 'purchase_intent'],
  ['乾燥肌なんですけど大丈夫ですか？', 'purchase_intent'],
  ['何号使ってますか？', 'purchase_intent'],
  ['このアプリなんですか？', 'purchase_intent'],
  ['来月予約お願いしたいです', 'purchase_intent'],
  ['取り寄せできますか？', 'purchase_intent'],
  ['ステッカー販売されますか？', 'purchase_intent'],
  ['トリミングの料金はいくらですか？', 'purchase_intent'],
  ['シャンプーだけでも予約できますか？', 'purchase_intent'],
  ['このパンはどこのお店のですか？', 'purchase_intent'],
  ['通販で買えたら嬉しいです！', 'purchase_intent'],
  ['受注生産ですか？', 'purchase_intent'],
  ['ポストカード1枚ください！', 'purchase_intent'],
  ['このイラストのグッズ化希望です！', 'purchase_intent'],
  ['可愛すぎる😍', 'low_quality'],
  ['素敵✨', 'low_quality'],
  ['おいしそう〜', 'low_quality'],
  ['最高！', 'low_quality'],
  ['いいね👍', 'low_quality'],
  ['尊い…', 'low_quality'],
  ['めっちゃいい！', 'low_quality'],
  ['わぁ〜きれい', 'low_quality'],
  ['ステキですね', 'low_quality'],
  ['めちゃくちゃ可愛い😍😍', 'low_quality'],
  ['いい写真〜', 'low_quality'],
  ['すてきすぎます', 'low_quality'],
  ['うまそー！', 'low_quality'],
  ['羨ましい〜', 'low_quality'],
  ['かっこいい！', 'low_quality'],
  ['癒やされる〜', 'low_quality'],
  ['おしゃれ！', 'low_quality'],
  ['ナイス！', 'low_quality'],
  ['美味しそう🤤✨', 'low_quality'],
  ['かっこよすぎ', 'low_quality'],
  ['ほんと可愛いね', 'low_quality'],
  ['ステキな笑顔', 'low_quality'],
  ['すごいね！', 'low_quality'],
  ['いいなー', 'low_quality'],
  ['うまそう', 'low_quality'],
  ['きれいな景色', 'low_quality'],
  ['おめでとうございます🎉', 'low_quality'],
  ['美味しそう！！', 'low_quality'],
  ['可愛いわんちゃん🐶', 'low_quality'],
  ['すごく上手です！', 'low_quality'],
  ['ふわふわだー', 'low_quality'],
  ['色使いが好きです', 'low_quality'],
  ['癒されます〜', 'low_quality'],
  ['ほっこりしました', 'low_quality'],
  ['素敵な投稿ですね！私のアカウントもぜひ見てください', 'spam'],
  ['副業で月10万稼げます！詳しくはプロフへ', 'spam'],
  ['フォロバお願いします', 'spam'],
  ['相互フォローしませんか？', 'spam'],
  ['インスタで稼ぐ方法教えます。DMください', 'spam'],
  ['モデル募集中です！興味ある方はDMへ', 'spam'],
  ['素敵ですね！無料でプレゼント中です。プロフィールのリンクから応募してね', 'spam'],
  ['はじめまして！在宅で簡単に稼げるお仕事紹介しています', 'spam'],
  ['いつも楽しく拝見してます✨ よかったら僕のページにも遊びに来てくださいね', 'spam'],
  ['フォローしてくれたらフォロー返します！', 'spam'],
  ['PRのお仕事に興味ありませんか？DMお待ちしてます', 'spam'],
  ['いいね返しします💕', 'spam'],
  ['はじめまして！インスタで収入を得る方法を発信しています', 'spam'],
  ['センスいいですね！私の投稿ものぞきに来てください', 'spam'],
  ['フォローし合いませんか？', 'spam'],
  ['副業に興味ある方はプロフのリンクからどうぞ', 'spam'],
  ['当選おめでとうございます！DMを確認してください', 'spam'],
  ['素敵な作品ですね！フォローさせていただきました、フォロバしてくれると嬉しいです', 'spam'],
  ['絵のお仕事依頼したいのでDMください', 'spam'],
  ['無料でフォロワーを増やす方法はプロフから！', 'spam'],
  ['PR案件のご案内です。DMをご確認ください', 'spam'],
  ['明日何時に集合？', 'other'],
  ['どこ行ってきたの？', 'other'],
  ['元気にしてる？', 'other'],
  ['どうやって作ったの？', 'other'],
  ['久しぶり！今度ご飯行こう', 'other'],
  ['ちょっと太った？笑', 'other'],
  ['これまずそう…', 'other'],
  ['何歳になったの？', 'other'],
  ['週末どうだった？', 'other'],
  ['大丈夫？無理しないでね', 'other'],
  ['昨日はありがとう！楽しかったね', 'other'],
  ['いつ帰ってくるの？', 'other'],
  ['何してるの？', 'other'],
  ['え、これ本当に自分で作ったの？', 'other'],
  ['ちょっと嫌いかも', 'other'],
  ['誰と行ったの？', 'other'],
  ['写真撮ったの誰？', 'other'],
  ['風邪治った？', 'other'],
  ['明日来る？', 'other'],
  ['何時に帰るの？', 'other'],
  ['これ誰が作ったの？', 'other'],
  ['もう寝た？', 'other'],
  ['なんでここにいるの笑', 'other'],
  ['気持ち悪い…', 'other'],
  ['どこで撮ったの？', 'other'],
  ['今どこにいるの？', 'other'],
  ['また飲みに行こうね', 'other'],
  ['仕事決まった？', 'other'],
  ['今日学校来なかったね', 'other'],
  ['誰が描いたの？', 'other'],
  ['おばあちゃん元気？', 'other'],
  ['いつ描いたの？', 'other'],
  ['また太ったんじゃない？笑', 'other'],
  ['どこで撮ったんですか？', 'other'],
  ['PR案件ですか？', 'other'],
  ['このマグカップ素敵！どこで手に入りますか？', 'purchase_intent'],
  ['お店の場所教えてください！行ってみたいです', 'purchase_intent'],
  ['カラーは何色展開ですか？', 'purchase_intent'],
  ['リップ何番ですか？', 'purchase_intent'],
  ['一つ予約お願いできますか', 'purchase_intent'],
  ['次の入荷はいつ頃ですか？', 'purchase_intent'],
  ['かわいすぎて無理😭💕', 'low_quality'],
  ['色合いが綺麗✨', 'low_quality'],
  ['最高すぎる', 'low_quality'],
  ['うわー美味しそう！！', 'low_quality'],
  ['はじめまして！私もハンドメイドやってます、よかったら覗きに来てください♪', 'spam'],
  ['投稿素敵です！インスタで月収50万の方法をプロフに載せてます', 'spam'],
  ['フォロバ100%です！', 'spam'],
  ['明日のテスト勉強した？', 'other'],
  ['あれ、髪切った？', 'other'],
  ['去年一緒に行ったとこだよね？', 'other'],
  ['ここどこの国？', 'other'],
  // Korean
  ['이 가방 어디 제품이에요?', 'purchase_intent'],
  ['립 컬러 몇호에요?', 'purchase_intent'],
  ['가격 알 수 있을까요?', 'purchase_intent'],
  ['배송 얼마나 걸려요?', 'purchase_intent'],
  ['저 건성인데 써도 될까요?', 'purchase_intent'],
  ['사이즈 추천 부탁드려요', 'purchase_intent'],
  ['재입고 언제 되나요?', 'purchase_intent'],
  ['구매 링크 있나요?', 'purchase_intent'],
  ['이거 두개 주문할게요', 'purchase_intent'],
  ['카메라 뭐 쓰세요?', 'purchase_intent'],
  ['원피스 정보 부탁드려요', 'purchase_intent'],
  ['너무 예뻐요! 어디서 샀어요?', 'purchase_intent'],
  ['신발 어디꺼에요?? 너무 예뻐요', 'purchase_intent'],
  ['렌즈 제품명 알려주세요', 'purchase_intent'],
  ['해외 배송 가능한가요?', 'purchase_intent'],
  ['이거 얼마에 사셨어요?', 'purchase_intent'],
  ['민감성 피부도 괜찮을까요?', 'purchase_intent'],
  ['다른 색상도 있나요?', 'purchase_intent'],
  ['주문 어떻게 해요?', 'purchase_intent'],
  ['매장에서도 파나요?', 'purchase_intent'],
  ['몇 사이즈 입으셨어요?', 'purchase_intent'],
  ['예약 가능할까요?', 'purchase_intent'],
  ['이 컵 어디서 구매하셨어요?', 'purchase_intent'],
  ['가격대가 어떻게 되나요?', 'purchase_intent'],
  ['혹시 택배도 되나요?', 'purchase_intent'],
  ['색깔 다른 것도 있어요?', 'purchase_intent'],
  ['몇 개 남았어요?', 'purchase_intent'],
  ['세트로도 판매하세요?', 'purchase_intent'],
  ['이 립 무슨 색이에요?', 'purchase_intent'],
  ['저도 하나 주문하고 싶어요!', 'purchase_intent'],
  ['아기 옷 사이즈 어떻게 되나요?', 'purchase_intent'],
  ['쿠션 정보 좀 주세요', 'purchase_intent'],
  ['아기 내복 어디 브랜드인가요?', 'purchase_intent'],
  ['턱받이 판매하시나요?', 'purchase_intent'],
  ['공구 언제 또 하세요?', 'purchase_intent'],
  ['매트 사이즈 몇이에요?', 'purchase_intent'],
  ['택배비 포함인가요?', 'purchase_intent'],
  ['카톡으로 주문 가능할까요?', 'purchase_intent'],
  ['이 책 제목 알 수 있을까요?', 'purchase_intent'],
  ['유모차 모델명 궁금해요!', 'purchase_intent'],
  ['너무 귀여워요ㅠㅠ', 'low_quality'],
  ['대박👍', 'low_quality'],
  ['예쁘다', 'low_quality'],
  ['ㅋㅋㅋㅋㅋ', 'low_quality'],
  ['짱짱', 'low_quality'],
  ['사진 감성 최고', 'low_quality'],
  ['멋져요!', 'low_quality'],
  ['우와아', 'low_quality'],
  ['잘 보고 갑니다~', 'low_quality'],
  ['와 진짜 예쁘다', 'low_quality'],
  ['귀엽당ㅎㅎ', 'low_quality'],
  ['분위기 너무 좋아요', 'low_quality'],
  ['멋있다!!', 'low_quality'],
  ['최고에요', 'low_quality'],
  ['ㅎㅎㅎ', 'low_quality'],
  ['넘 맛있겠다', 'low_quality'],
  ['잘생겼다', 'low_quality'],
  ['부러워요~', 'low_quality'],
  ['너무 이쁘다ㅠㅠ', 'low_quality'],
  ['굿굿', 'low_quality'],
  ['오 멋지네', 'low_quality'],
  ['짱이다', 'low_quality'],
  ['맛있겠다ㅎㅎ', 'low_quality'],
  ['귀요미❤️', 'low_quality'],
  ['대박이네요!', 'low_quality'],
  ['예뻐요😍', 'low_quality'],
  ['최고최고', 'low_quality'],
  ['헐 대박', 'low_quality'],
  ['아기가 너무 귀여워요❤️', 'low_quality'],
  ['천사네요', 'low_quality'],
  ['우와 대박 금손', 'low_quality'],
  ['심쿵ㅠㅠ', 'low_quality'],
  ['잘 키우셨네요', 'low_quality'],
  ['잘 어울려요', 'low_quality'],
  ['사이즈 딱 맞네요!', 'low_quality'],
  ['맞팔해요~', 'spam'],
  ['선팔하고 갑니다 맞팔 부탁드려요', 'spam'],
  ['재택부업 하루 10만원 가능! 프로필 링크 확인', 'spam'],
  ['피드 예쁘네요! 저희 쇼핑몰도 놀러오세요', 'spam'],
  ['체험단 모집중입니다 DM 주세요', 'spam'],
  ['소통해요~ 좋반', 'spam'],
  ['공구 오픈했어요! 프로필 링크 클릭', 'spam'],
  ['피부관리 무료체험 진행중이에요! 프로필 확인해주세요', 'spam'],
  ['하루 30분 투자로 월 300 수익 가능합니다 문의주세요', 'spam'],
  ['선팔 맞팔 환영', 'spam'],
  ['저희 매장 오픈 기념 할인 이벤트 중이에요~', 'spam'],
  ['인스타 팔로워 늘리고 싶으신 분 디엠주세요', 'spam'],
  ['재택으로 월 200 벌고 싶은 분 연락주세요', 'spam'],
  ['맞팔하실 분~', 'spam'],
  ['저희 카페에도 놀러오세요^^', 'spam'],
  ['공동구매 진행중입니다! 프로필 참고해주세요', 'spam'],
  ['팔로우 하고 갑니다 맞팔해요', 'spam'],
  ['아이 사진으로 돈 버는 방법 알려드려요~ 프로필 확인!', 'spam'],
  ['육아맘 부업 하실분 연락주세요', 'spam'],
  ['저희 스튜디오 돌스냅 이벤트 중이에요 놀러오세요', 'spam'],
  ['선팔합니다~ 맞팔해요', 'spam'],
  ['광고 문의 드려요! 디엠 확인 부탁드립니다', 'spam'],
  ['언제 한국 와?', 'other'],
  ['어디 여행 가요?', 'other'],
  ['밥 먹었어?', 'other'],
  ['이거 어떻게 만들었어요?', 'other'],
  ['헐 진짜 별로다', 'other'],
  ['너 요즘 뭐해?', 'other'],
  ['내일 시간 돼?', 'other'],
  ['몇 살이에요?', 'other'],
  ['아기 이름이 뭐예요?', 'other'],
  ['혹시 어디 사세요?', 'other'],
  ['이번주 토요일에 뭐해?', 'other'],
  ['어디 다녀왔어요?', 'other'],
  ['너 머리 잘랐네?', 'other'],
  ['아 짜증나', 'other'],
  ['누구랑 갔어?', 'other'],
  ['사진 누가 찍어줬어?', 'other'],
  ['애기 몇 개월이에요?', 'other'],
  ['요리 어떻게 하셨어요?', 'other'],
  ['감기 다 나았어?', 'other'],
  ['진짜 최악이다', 'other'],
  ['어제 잘 들어갔어?', 'other'],
  ['우리 언제 만나?', 'other'],
  ['왜 연락 안 해?', 'other'],
  ['진짜 별로네', 'other'],
  ['이 사람 누구예요?', 'other'],
  ['애기 벌써 이렇게 컸어요?', 'other'],
  ['주말에 뭐 했어?', 'other'],
  ['다음에 같이 가자', 'other'],
  ['애기 벌써 걷네?', 'other'],
  ['언니 이번주 시간 돼요?', 'other'],
  ['어린이집 보내요?', 'other'],
  ['신랑은 어디 갔어?', 'other'],
  ['감기 조심해요~', 'other'],
  ['왜 이렇게 말랐어', 'other'],
  ['어디서 찍었어요?', 'other'],
  ['제품 협찬받으셨어요?', 'other'],
  ['광고인가요?', 'other'],
  ['이 그릇 어디서 구매 가능할까요?', 'purchase_intent'],
  ['아이 신발 사이즈 몇 신겨요?', 'purchase_intent'],
  ['립 호수 알려주실 수 있나요?', 'purchase_intent'],
  ['가격이랑 구매 방법 알려주세요', 'purchase_intent'],
  ['택배 주문 되나요?', 'purchase_intent'],
  ['이 책상 정보 부탁드려요!', 'purchase_intent'],
  ['우리 아가 너무 귀엽다ㅎㅎ', 'low_quality'],
  ['와 색감 미쳤다', 'low_quality'],
  ['금손이시네요👏', 'low_quality'],
  ['ㅠㅠ 너무 예쁘잖아', 'low_quality'],
  ['사진 분위기 짱', 'low_quality'],
  ['저희 쇼핑몰 신상 입고되었어요~ 구경오세요!', 'spam'],
  ['인스타 마케팅 대행합니다. 팔로워 늘리기 문의는 디엠으로', 'spam'],
  ['맞팔 환영합니다 선팔 감사해요', 'spam'],
  ['다음주에 시간 괜찮아?', 'other'],
  ['언니 이거 먹고 살쪘지ㅋㅋ', 'other'],
  ['어디 아팠어?', 'other'],
  ['애들 학교는 잘 다녀요?', 'other'],
  // English
  ["Obsessed with this jacket, where's it from?", 'purchase_intent'],
  ['what lipstick are you wearing in this pic?', 'purchase_intent'],
  ['Is the dress true to size?', 'purchase_intent'],
  ['Does this come in black?', 'purchase_intent'],
  ['link to the sweater pls', 'purchase_intent'],
  ['Do you ship to Australia?', 'purchase_intent'],
  ['How much for the large print?', 'purchase_intent'],
  ['Is this still available?', 'purchase_intent'],
  ['which foundation shade do you use?', 'purchase_intent'],
  ['Would this work on oily skin?', 'purchase_intent'],
  ['I need those shoes in my life! who makes them?', 'purchase_intent'],
  ['what camera do you shoot with?', 'purchase_intent'],
  ['Can I book an appointment for next Saturday?', 'purchase_intent'],
  ['Where can I get this mug?', 'purchase_intent'],
  ['Omg I want one, how do I order', 'purchase_intent'],
  ["What's the name of the perfume?", 'purchase_intent'],
  ['where did u get ur glasses', 'purchase_intent'],
  ['That rug is perfect, where is it from??', 'purchase_intent'],
  ['Need this hoodie!! Drop the link 🙏', 'purchase_intent'],
  ['how much does shipping cost to the UK', 'purchase_intent'],
  ['Is there a discount code?', 'purchase_intent'],
  ["what's the brand of your sneakers?", 'purchase_intent'],
  ['would love to know where the lamp is from', 'purchase_intent'],
  ['Is it cruelty free?', 'purchase_intent'],
  ['where can i find this in stores', 'purchase_intent'],
  ['do they have it in a size 8?', 'purchase_intent'],
  ['Do you take custom orders?', 'purchase_intent'],
  ['what products do you use on your hair?', 'purchase_intent'],
  ["I'd love to buy a print, do you sell them?", 'purchase_intent'],
  ['does this case fit the iphone 6 plus?', 'purchase_intent'],
  ['will this work with a 220v outlet?', 'purchase_intent'],
  ['how long does the battery last?', 'purchase_intent'],
  ['Is this machine washable?', 'purchase_intent'],
  ['what size is the model wearing?', 'purchase_intent'],
  ['do u ship internationally??', 'purchase_intent'],
  ['I want to order 2, how do I pay?', 'purchase_intent'],
  ["Hi! Where's this top from? 😍", 'purchase_intent'],
  ['does it come with batteries?', 'purchase_intent'],
  ['is the strap adjustable?', 'purchase_intent'],
  ['can this be used outdoors?', 'purchase_intent'],
  ['Where do you get your prints made?', 'purchase_intent'],
  ['how much do you charge for a portrait?', 'purchase_intent'],
  ['Is this available in a queen size?', 'purchase_intent'],
  ['Still available?', 'purchase_intent'],
  ['Which app do you use for editing?', 'purchase_intent'],
  ['Stunning shot 😍', 'low_quality'],
  ['yesss queen', 'low_quality'],
  ['this is everything', 'low_quality'],
  ['goals!!', 'low_quality'],
  ['🔥🔥🔥', 'low_quality'],
  ['Love love love', 'low_quality'],
  ['So good', 'low_quality'],
  ['Beautiful colours', 'low_quality'],
  ['Wow just wow', 'low_quality'],
  ['cutest thing ever', 'low_quality'],
  ['xD', 'low_quality'],
  [':-)', 'low_quality'],
  ['(*^^*)', 'low_quality'],
  ['（´・ω・｀）', 'low_quality'],
  ['❤️❤️', 'low_quality'],
  ['absolutely gorgeous', 'low_quality'],
  ['This made my day 😂', 'low_quality'],
  ['Yummmm', 'low_quality'],
  ['Niceee', 'low_quality'],
  ['👏👏', 'low_quality'],
  ["You're glowing!", 'low_quality'],
  ['So proud of you!', 'low_quality'],
  ['love ur style', 'low_quality'],
  ['Amazing colours in this one', 'low_quality'],
  ['LOL', 'low_quality'],
  ['✨✨✨', 'low_quality'],
  ['👍👍👍', 'low_quality'],
  ['This song is my jam', 'low_quality'],
  ['PSY is a genius', 'low_quality'],
  ['so catchy!!', 'low_quality'],
  ['Absolutely love this video', 'low_quality'],
  ['❤️', 'low_quality'],
  ['beautiful shot!', 'low_quality'],
  ['Gorgeous!', 'low_quality'],
  ['ahh this is so cute', 'low_quality'],
  ['yum!!', 'low_quality'],
  ['👏👏👏', 'low_quality'],
  ['still a banger after all these years', 'low_quality'],
  ['2:45 is the best part', 'low_quality'],
  ['Pure talent', 'low_quality'],
  ['the beat drop tho', 'low_quality'],
  ['Beautiful family ❤️', 'low_quality'],
  ['Nice pics! Check out my profile for more', 'spam'],
  ['DM us to collab 💕', 'spam'],
  ['Want 10k followers? visit our site', 'spam'],
  ['Great content! Promote it on our page, DM for details', 'spam'],
  ["follow me and I'll follow back", 'spam'],
  ['I make $500 a day working from home, ask me how', 'spam'],
  ['sub to my channel pls', 'spam'],
  ['Earn money online: bit.ly/abc', 'spam'],
  ['Love your feed! Send us a DM to get featured 🌟', 'spam'],
  ['Want to become a brand ambassador? Message our page', 'spam'],
  ['🔥 Promote your page at @user 🔥', 'spam'],
  ["hey! we'd love to work with you, send us a DM", 'spam'],
  ['Check out the link in my bio for free followers', 'spam'],
  ['I can help you grow your account, DM me', 'spam'],
  ['Visit my page for daily giveaways 🎁', 'spam'],
  ['Buy Instagram followers cheap at www.example.net', 'spam'],
  ['Please check out my new song on my channel! Thanks!', 'spam'],
  ["Hey guys, I'm a 16 year old singer, please subscribe!", 'spam'],
  ['Make $3000 a month from home, visit my profile', 'spam'],
  ['Follow @user for daily fitness tips!', 'spam'],
  ['Go to my page and win a free gift card!', 'spam'],
  ["I'm an upcoming rapper, please give my music a chance on my channel", 'spam'],
  ['Who wants free iTunes gift cards? visit my page', 'spam'],
  ['Hey everyone, please like this comment so people see my cover', 'spam'],
  ['Where are you now?', 'other'],
  ['Miss you girl!', 'other'],
  ['Happy we got to hang out yesterday', 'other'],
  ['How did you make this cake?', 'other'],
  ["Who's the guy on the left?", 'other'],
  ['Are you going to the party tonight?', 'other'],
  ['This looks so photoshopped, not a fan', 'other'],
  ['What time is the show?', 'other'],
  ['@user remember this day?', 'other'],
  ['Cute! which city are you from?', 'other'],
  ["What's your dog's name?", 'other'],
  ['Is that your sister?', 'other'],
  ['lol what happened here', 'other'],
  ['This is so wrong', 'other'],
  ['Who took the photo?', 'other'],
  ['when is the baby due?', 'other'],
  ['omg I was there too! when did you go?', 'other'],
  ['Worst video ever', 'other'],
  ["I don't get it", 'other'],
  ["Call me when you're back", 'other'],
  ["Who's watching this in 2015?", 'other'],
  ['This song is so overrated', 'other'],
  ['Why is this so popular?', 'other'],
  ['omg is that your new car?', 'other'],
  ['What did he say at 2:30?', 'other'],
  ['how old is your son now?', 'other'],
  ["I can't believe it's been a year already", 'other'],
  ['Where was this taken?', 'other'],
  ['@user we should go here!', 'other'],
  ['Who else is here from TikTok?', 'other'],
  ['This comment section is a mess', 'other'],
  ['Is it just me or is the volume low?', 'other'],
  ["Can't believe he did that", 'other'],
  ['Did you get the link I sent you?', 'other'],
  ['Are you available this weekend?', 'other'],
  ['Where did you get married?', 'other'],
  ['How much do you weigh now?', 'other'],
  ['Can I come next time?', 'other'],
  ['Can we get a part 2?', 'other'],
  ['Where did you get the idea for this?', 'other'],
  ['do you have any tips for beginners?', 'other'],
  ['ｷﾀ━━━━(ﾟ∀ﾟ)━━━━!!', 'low_quality'],
  ['Is this dress available in petite?', 'purchase_intent'],
  ["Where'd you get the frames? They suit you so well", 'purchase_intent'],
  ['Do these run big or small?', 'purchase_intent'],
  ["what's the price on the blue one?", 'purchase_intent'],
  ["Any chance you'll restock the mugs?", 'purchase_intent'],
  ['Can you make one in pink?', 'purchase_intent'],
  ['Living for this look', 'low_quality'],
  ['so freaking cute', 'low_quality'],
  ['This is art', 'low_quality'],
  ['Love the vibe here', 'low_quality'],
  ['Incredible shot!!', 'low_quality'],
  ["Your pics are amazing! Let's collab, check our bio 💫", 'spam'],
  ['We sell followers, 1000 for $5, DM now', 'spam'],
  ['Subscribe to my YouTube for fitness tips!!', 'spam'],
  ['when are we going back??', 'other'],
  ['lol who let you do this', 'other'],
  ['is that your brother in the back?', 'other'],
  ['You look so tired in this one', 'other'],
  ['Not gonna lie this looks weird', 'other'],
];

// The harder cases the labelling rules call out, in our own words.
const EDGE_CASES: [string, IntentLabel][] = [
  // Compliment + purchase question.
  ['かわいい！！このニットどこで買えますか？', 'purchase_intent'],
  ['색감 예뻐요! 이 가방 어디 거예요?', 'purchase_intent'],
  ['Gorgeous!!! who makes that bag?', 'purchase_intent'],
  // Questions that are not about a product.
  ['Nice pic! where are you guys from?', 'other'],
  ['このケーキどうやって作ったんですか？', 'other'],
  ['사진 어떻게 찍으셨어요? 정보 좀', 'other'],
  ['혹시 대구 사셨어요?', 'other'],
  ['주문진 가시는 거예요?', 'other'],
  ['저 가수 이름이 어떻게 돼요?', 'other'],
  ['彼が自分で買ってきたんですか？', 'other'],
  // Spam that opens with a compliment or a question.
  ['Amazing shot! Check out my page for more 🔥', 'spam'],
  ['お洒落な投稿ですね！よければ私のページにも遊びに来てください🌸', 'spam'],
  ['피드 예뻐요! 혹시 부업 관심 있으세요? 문의주세요', 'spam'],
  ['What free followers? Go to www.example.com', 'spam'],
  // Order requests and bookings.
  ['３セットお願いします！', 'purchase_intent'],
  ['주문 가능한가요?', 'purchase_intent'],
  ['Can I book for Friday?', 'purchase_intent'],
  ['来週の土曜日、カットの空きはありますか？', 'purchase_intent'],
  // Full-width punctuation and half-width kana are normalised (NFKC).
  ['ｻｲｽﾞ感はどうですか？', 'purchase_intent'],
  ['ＷＨＥＲＥ ＤＩＤ ＹＯＵ ＧＥＴ ＩＴ？', 'purchase_intent'],
  ['가격　알려주세요！', 'purchase_intent'],
  // Mentions and hashtags.
  ['@user 이거 어디서 샀어?', 'purchase_intent'],
  ['@user remember this?', 'other'],
  ['@user', 'other'],
  ['#love #cute', 'low_quality'],
  ['#follow4follow #like4like #instagood', 'spam'],
  // Emoji, stickers, kaomoji and emoticons only.
  ['😍😍😍', 'low_quality'],
  ['👏🏽👏🏽', 'low_quality'],
  ['❤️', 'low_quality'],
  ['(*´∀｀*)', 'low_quality'],
  ['(｡・ω・｡)', 'low_quality'],
  ['ʕ•ᴥ•ʔ', 'low_quality'],
  ['^^', 'low_quality'],
  [':D', 'low_quality'],
  ['!!!', 'low_quality'],
  // Words that look like cues but are not: いくら丼 (salmon roe), 얼마나 (how), 大丈夫 (丈 as in length).
  ['いくら丼おいしそう', 'low_quality'],
  ['얼마나 맛있을까 ㅎㅎ', 'low_quality'],
  ['大丈夫？熱あるの？', 'other'],
  ['Where do you find the time?', 'other'],
  // Third blind round: each new cue with a near miss beside it.
  ['器の作家さん気になります', 'purchase_intent'],
  ['この絵の作家さんのファンです', 'other'],
  ['ステッカーって売ってないんですか？', 'purchase_intent'],
  ['近所のスーパーに売ってないんだよね', 'other'],
  ['このニット暖かいですか？', 'purchase_intent'],
  ['このマフラー暖かそう', 'low_quality'],
  ['いつ見ても癒される', 'low_quality'],
  ['いつ行ったの？', 'other'],
  ['よだれ出そう', 'low_quality'],
  ['懐かしい！昔よく一緒に行ったよね', 'other'],
  ['コラボしませんか？', 'spam'],
  ['〇〇さんとコラボしてほしい！', 'other'],
  ['うちの店のインスタも見てね', 'spam'],
  ['うちの子の投稿ありがとうございます！', 'other'],
  ['DMで送ったよ〜', 'other'],
  ['용량 궁금해요', 'purchase_intent'],
  ['분유 몇 ml 먹어요?', 'other'],
  ['아기 몇키로에요?', 'other'],
  ['유모차 대여 가능한가요?', 'purchase_intent'],
  ['도서관에서 대여한 책이야?', 'other'],
  ['예약은 어떻게 하나요?', 'purchase_intent'],
  ['이거 어떻게 만들어요?', 'other'],
  ['입고 언제 되나요?', 'purchase_intent'],
  ['옷 입고 언제 나가?', 'other'],
  ['ㅎㅎ 저두요', 'other'],
  ['바나나도 맛있겠다', 'low_quality'],
  ['노래 진짜 못하네', 'other'],
  ['말도 못하게 귀엽다', 'low_quality'],
  ['is this ok for toddlers?', 'purchase_intent'],
  ['is it safe for you to travel there?', 'other'],
  ['sweater details please', 'purchase_intent'],
  ['wedding details pls', 'other'],
  ['dying to know where you got that dress', 'purchase_intent'],
  ['could watch this all day', 'low_quality'],
  ['could you send me the recipe', 'other'],
  ['would love to know the brand of your sneakers', 'purchase_intent'],
  ['lol same', 'other'],
  ['omg me 😂', 'other'],
  ['what colors did you use for the sky', 'other'],
  ["i'll take two!", 'purchase_intent'],
  ["i'll take one of everything lol", 'low_quality'],
  ['Hey! Sent you a DM about a paid promo', 'spam'],
];

describe('classifyComment: own fixtures', () => {
  it.each(COMMENTS)('%s → %s', (text, label) => {
    expect(classifyComment(text).label).toBe(label);
  });
});

describe('classifyComment: rule edge cases', () => {
  it.each(EDGE_CASES)('%s → %s', (text, label) => {
    expect(classifyComment(text).label).toBe(label);
  });
});

// Near misses whose right label the rules leave open (chat or reaction), but
// which must not read as the cue beside them.
describe('classifyComment: near misses of purchase and spam cues', () => {
  it.each([
    ['i know where you got that from lol', 'purchase_intent'],
    ['sent you a dm!', 'spam'],
    ['it would mean a lot if you came to my party', 'spam'],
    ['当方も犬飼ってます', 'spam'],
    ['DMで送ります！', 'spam'],
  ] as [string, IntentLabel][])('%s is not %s', (text, label) => {
    expect(classifyComment(text).label).not.toBe(label);
  });
});

describe('classifyComment: result shape', () => {
  const texts = [...COMMENTS, ...EDGE_CASES].map(([text]) => text);

  it.each(texts)('%s has a score in [0, 1] and a reason', (text) => {
    const r = classifyComment(text);
    expect(INTENT_LABELS).toContain(r.label);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
    // The score sides with the label: at least 0.5 exactly when it is purchase intent.
    expect(r.score >= 0.5).toBe(r.label === 'purchase_intent');
    expect(r.reason.length).toBeGreaterThan(0);
    expect(r.reason.length).toBeLessThanOrEqual(60);
  });

  it.each([
    ['😍😍😍', 'emoji only'],
    ['(*´∀｀*)', 'kaomoji only'],
    ['pls check out my channel for covers', 'spam self-promo: check out my'],
    ['Such a great view 👍', 'praise: great'],
    ['So where are you guys from?', 'question about the person: where are you'],
    ['what is this?', 'non-product question'],
  ])('%s gives the reason "%s"', (text, reason) => {
    expect(classifyComment(text).reason).toBe(reason);
  });

  it('names the deciding cue for purchase intent', () => {
    expect(classifyComment('可愛い！どこで買えますか？').reason).toMatch(/^where to buy: どこで買/);
    expect(classifyComment('귀여워요 어디껀지 궁금해요').reason).toMatch(/^where to buy: 어디껀/);
  });

  it('is more confident with a stronger purchase question', () => {
    expect(classifyComment('Where did you get it? How much is it?').score).toBeGreaterThan(classifyComment('So cute!').score);
  });
});

describe('classifyComment: long and odd input', () => {
  // Timings are in `npm run eval:intent -- --bench` and `npm run bench`, not here.
  it('judges a very long comment on its start', () => {
    const long = 'どこで買えますか？' + 'とても素敵です。'.repeat(6000);
    const r = classifyComment(long);
    expect(r.label).toBe('purchase_intent');
    expect(r.reason).toMatch(/^where to buy: どこで買/);
    // Its end is not read: a spam link after the first 2,000 characters does not count.
    expect(classifyComment(long + ' check out my channel').label).toBe('purchase_intent');
  });

  it('does not split an emoji at the length cap', () => {
    const r = classifyComment('a'.repeat(1999) + '😍'.repeat(100));
    expect(INTENT_LABELS).toContain(r.label);
  });

  it.each(['   ', '\u200b', '\t\n', '?', '...'])('classifies %j without throwing', (text) => {
    expect(INTENT_LABELS).toContain(classifyComment(text).label);
  });

  it('gives the same answer for a comment however many times it is asked (no state leaks between calls)', () => {
    const texts = COMMENTS.map(([t]) => t);
    const first = texts.map((t) => classifyComment(t));
    const again = [...texts]
      .reverse()
      .map((t) => classifyComment(t))
      .reverse();
    expect(again).toEqual(first);
  });
});

describe('evaluate', () => {
  it('computes accuracy, per-label F1 and macro-F1', () => {
    const gold: IntentLabel[] = ['purchase_intent', 'purchase_intent', 'spam', 'other', 'low_quality'];
    const pred: IntentLabel[] = ['purchase_intent', 'other', 'spam', 'other', 'low_quality'];
    const ev = evaluate(gold, pred);
    expect(ev.accuracy).toBeCloseTo(0.8);
    expect(ev.perLabel.purchase_intent).toMatchObject({ precision: 1, recall: 0.5, support: 2, predicted: 1 });
    expect(ev.perLabel.other.precision).toBeCloseTo(0.5);
    expect(ev.macroF1).toBeCloseTo((2 / 3 + 1 + 1 + 2 / 3) / 4);
    expect(ev.confusion[0]).toEqual([1, 0, 0, 1]);
  });
});

// Fresh sets written for this repo (invented text, MIT like the rest), each
// blind to the cues when written and labelled by the dev set's COMMENTS.md
// rules, in the registers of the held-out data (personal Instagram posts,
// YouTube music videos, Amazon questions). Their scores before the cues were
// extended for their failure types are the estimates of held-out quality:
// - intent-fresh.tsv: 0.928 (ja 0.976, ko 0.924, en 0.888).
// - intent-fresh-2.tsv, another hand: more small-shop and parenting Korean
//   (공구, 몇개월, 품절, 쿠팡), doujin and salon Japanese, Amazon spec
//   questions, YouTube spam: 0.920 (0.914 as first labelled: two birthday
//   wishes were then relabelled low_quality, as the dev set labels おめでとう).
// - intent-fresh-3.tsv, aimed at the boundaries (indirect purchase questions,
//   non-product questions that look like them, short chat against reactions,
//   spam opening with a compliment): 0.912 (ja 0.879, ko 0.927, en 0.903); 15
//   rows that happened to match earlier fixtures were then reworded (0.909).
// Now they guard against regressions. [file, rows per language, label mix ja/ko/en (PI/LQ/SP/OT)]
// intent-referent.tsv is the table of questions decided by their referent (issue 14), below.
// [file, rows per language, label mix ja/ko/en (PI/LQ/SP/OT), macro-F1 floor measured overall, per language]
const FRESH_SETS: [string, number, [number[], number[], number[]], number, number][] = [
  [
    'intent-fresh.tsv',
    100,
    [
      [19, 47, 10, 24],
      [35, 35, 15, 15],
      [35, 35, 15, 15],
    ],
    1,
    1,
  ],
  [
    'intent-fresh-2.tsv',
    100,
    [
      [19, 48, 10, 23],
      [35, 35, 15, 15],
      [35, 36, 15, 14],
    ],
    0.997,
    0.992,
  ],
  [
    'intent-fresh-3.tsv',
    80,
    [
      [16, 36, 8, 20],
      [28, 28, 12, 12],
      [28, 28, 12, 12],
    ],
    1,
    1,
  ],
];
const LANGS = ['ja', 'ko', 'en'] as const;
const fixture = (file: string): URL => new URL(`./fixtures/${file}`, import.meta.url);
// The classifier's own output per fixture row when it was last accepted (`npm run eval:intent -- --fixtures --update`):
// a cue change that flips any row fails here by id, wins and losses alike, and the eval script lists them.
const EXPECTED = readExpected(fixture(FIXTURE_EXPECTED));

/** Rows whose label differs from the expected-labels file, as "id: expected → got | text". */
function flipped(file: string, rows: readonly DevRow[]): string[] {
  return rows.flatMap((r) => {
    const id = fixtureId(file, r.id);
    const got = classifyComment(r.text).label;
    return EXPECTED.get(id) === got ? [] : [`${id}: ${String(EXPECTED.get(id))} → ${got} | ${r.text}`];
  });
}

function macroF1ByLanguage(rows: readonly DevRow[]): { all: number; lang: Record<string, number> } {
  const pred = rows.map((r) => classifyComment(r.text).label);
  const lang: Record<string, number> = {};
  for (const l of new Set(rows.map((r) => r.lang))) {
    const idx = rows.flatMap((r, i) => (r.lang === l ? [i] : []));
    lang[l] = evaluate(
      idx.map((i) => rows[i]!.label),
      idx.map((i) => pred[i]!),
    ).macroF1;
  }
  return {
    all: evaluate(
      rows.map((r) => r.label),
      pred,
    ).macroF1,
    lang,
  };
}

describe.each(FRESH_SETS)('classifyComment on the fixture set %s', (file, perLanguage, mix, floor, langFloor) => {
  const rows = readDevSet(fixture(file));

  it('has its rows per language and label mix', () => {
    const count = (lang: string, label?: IntentLabel): number =>
      rows.filter((r) => r.lang === lang && (label === undefined || r.label === label)).length;
    LANGS.forEach((lang, i) => {
      expect(count(lang), lang).toBe(perLanguage);
      expect(
        INTENT_LABELS.map((l) => count(lang, l)),
        lang,
      ).toEqual(mix[i]);
    });
  });

  // One test per row, named by its id: a cue change fails once for every row it flips.
  it.each(rows.map((r) => [fixtureId(file, r.id), r.text, r] as const))('%s %s keeps its expected label', (_id, _text, row) => {
    expect(flipped(file, [row])).toEqual([]);
  });

  it(`reaches the measured macro-F1 (${floor} overall, ${langFloor} in each language)`, () => {
    const f1 = macroF1ByLanguage(rows);
    expect(f1.all).toBeGreaterThanOrEqual(floor - 1e-3);
    for (const lang of LANGS) expect(f1.lang[lang], lang).toBeGreaterThanOrEqual(langFloor - 1e-3);
  });
});

describe('the expected-labels file for the fixture sets', () => {
  it('has exactly one label per fixture row, and nothing else', () => {
    const ids = FIXTURE_SETS.flatMap((file) => readDevSet(fixture(file)).map((r) => fixtureId(file, r.id)));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...EXPECTED.keys()].sort()).toEqual([...ids].sort());
  });
});

// Questions decided by what they are about (issue 14): the product or the offer (an attribute, a variant, a fit
// or suitability, the link or the shop, an order or a booking) is purchase intent; the person, the place or the
// moment is `other`. Written for these tests, not taken from the dev data; it includes every example the issue
// quotes. test/fixtures/intent-referent.tsv: lang, text, label.
describe('questions decided by their referent', () => {
  const rows = readDevSet(fixture('intent-referent.tsv'));

  it.each(rows.map((r) => [r.lang, r.text, r.label] as const))('%s: %s → %s', (_lang, text, label) => {
    expect(classifyComment(text).label).toBe(label);
  });

  it('covers product and person questions in each language', () => {
    for (const lang of LANGS) {
      expect(rows.filter((r) => r.lang === lang && r.label === 'purchase_intent').length, lang).toBeGreaterThanOrEqual(20);
      expect(rows.filter((r) => r.lang === lang && r.label === 'other').length, lang).toBeGreaterThanOrEqual(20);
    }
  });

  it('includes every example quoted in the issue', () => {
    const texts = new Set(rows.map((r) => r.text));
    for (const t of ISSUE_EXAMPLES) expect(texts.has(t), t).toBe(true);
  });

  it.each([
    ['何ミリですか？', 'question about the product: 何ミリ'],
    ['A4入りますか？', 'question about the product: 入りますか'],
    ['リンク貼ってください', 'question about the product: リンク貼'],
    ['公式サイトのURL教えて', 'question about the product: url教え'],
    ['色味かわいい！何番ですか', 'question about the product: 色味'],
    ['かわいい！何番ですか', 'question about the product: 何番'],
    ['링크 좀 부탁드려요', 'question about the product: 링크좀부탁'],
    ['is it safe for kids?', 'purchase topic: safe for kids'],
    ['does it come in other colours?', 'size/fit/suits: come in other colours'],
    ['何歳ですか？', 'question about the person: 何歳'],
    ['아기 몇 살이에요?', 'question about the person: 몇살'],
    ['where do you live?', 'question about the person: where do you live'],
  ])('%s gives the reason "%s"', (text, reason) => {
    expect(classifyComment(text).reason).toBe(reason);
  });
});

const ISSUE_EXAMPLES = [
  'is it safe for kids?',
  'does it come in other colours?',
  '何ミリですか？',
  'A4入りますか？',
  '민감성 피부도 괜찮나요?',
  'リンク貼ってください',
  '링크 좀 부탁드려요',
  '公式サイトのURL教えて',
  '色味かわいい！何番ですか',
  '予約できますか',
  '2個お願いします',
];

// Written for these tests in the voices of the held-out sources (YouTube music videos, Instagram ja/ko/en):
// intent-spam.tsv, self-promotion with a few near misses; intent-reactions.tsv, reactions with uncommon praise
// words against short anecdotes, which are chat.
describe.each(['intent-spam.tsv', 'intent-reactions.tsv'])('the hand-written table %s', (file) => {
  it.each(readDevSet(fixture(file)).map((r) => [r.lang, r.text, r.label] as const))('%s: %s → %s', (_lang, text, label) => {
    expect(classifyComment(text).label).toBe(label);
  });
});

// Spam that opens with a compliment or a question is still spam: the promotion outweighs the praise.
describe('spam that opens with a compliment', () => {
  it.each([
    'Beautiful shot! I kindly invite you to my page to see my gallery',
    'love this! check my page for more',
    'so pretty!! we sell similar rings at 50% off, dm us',
    'Gorgeous colours 😍 help me get 1k followers please',
    'Cute pup! I will be happy to draw a portrait for you, message my page',
    '素敵な写真！私のページにも遊びに来てください',
    'かわいい〜！よかったら覗いてみてください✨',
    '美味しそう！副業で月5万稼げる方法はプロフから',
    '사진 너무 예뻐요~ 저희 매장에도 놀러오세요',
    '귀여워요ㅎㅎ 좋은 정보 드릴게요 프로필 링크 확인해주세요',
    '멋지네요! 저희 제품 체험단 모집중이에요',
  ])('%s → spam', (text) => {
    const x = explainComment(text);
    expect(x.label).toBe('spam');
    // The praise was seen and lost.
    expect(x.cues.some((c) => c.label === 'low_quality')).toBe(true);
    expect(x.totals.spam).toBeGreaterThan(x.totals.low_quality);
  });
});

describe('explainComment', () => {
  it('lists every cue that fired with its weight, and the totals', () => {
    const x = explainComment('可愛い！どこで買えますか？');
    expect(x).toMatchObject({ label: 'purchase_intent', reason: 'where to buy: どこで買', asks: true, requests: true });
    expect(x.cues).toEqual(
      expect.arrayContaining([
        { label: 'purchase_intent', weight: 4, cue: 'where to buy: どこで買' },
        { label: 'low_quality', weight: 1, cue: 'praise: 可愛' },
        { label: 'other', weight: 1.5, cue: 'non-product question' },
      ]),
    );
    expect(x.totals).toEqual({ purchase_intent: 4, low_quality: 1, spam: 0, other: 1.5 });
  });

  it('adds 0.25 per extra cue of a label, up to three', () => {
    // One cue (praise) however many praise words; a second cue (exclamation) adds 0.25 to the stronger one.
    expect(explainComment('this dress is gorgeous, stunning, beautiful, perfect and amazing').totals.low_quality).toBe(1);
    const x = explainComment('how cute is this?! so pretty');
    expect(x.label).toBe('low_quality');
    expect(x.totals.low_quality).toBe(2.25);
  });

  it.each([...COMMENTS, ...EDGE_CASES].slice(0, 200))('agrees with classifyComment on %s', (text) => {
    const x = explainComment(text);
    const r = classifyComment(text);
    expect({ label: x.label, score: x.score, reason: x.reason }).toEqual(r);
    // The winner has the highest total, and its reason is among the cues listed.
    if (x.cues.length > 0) {
      expect(Math.max(...Object.values(x.totals))).toBe(x.totals[x.label]);
      expect(x.cues.map((c) => c.cue)).toContain(x.reason);
    }
  });

  it('explains a comment with no words', () => {
    expect(explainComment('😍😍')).toMatchObject({
      label: 'low_quality',
      reason: 'emoji only',
      asks: false,
      cues: [{ label: 'low_quality', weight: 1, cue: 'emoji only' }],
    });
  });
});

// NFKC turns the Korean jamo ㅋ ㅎ ㅉ of a comment into conjoining jamo; the
// cue tables are normalised the same way, so cues written with them fire.
describe('classifyComment with Korean jamo in cues', () => {
  it.each([
    ['오 이쁜데ㅋㅋ', 'low_quality', 'exclamation'],
    ['낼 같이 먹자ㅎㅎ', 'other', 'chat'],
    ['연예인 수준 하고는 ㅉㅉ', 'other', 'negative'],
  ] as [string, IntentLabel, string][])('%s → %s (%s)', (text, label, reason) => {
    const r = classifyComment(text);
    expect(r.label).toBe(label);
    expect(r.reason.startsWith(reason)).toBe(true);
  });
});

// The shared dev sets live outside the repo (no redistribution licence). Their expected labels are committed as
// ids and labels only (test/fixtures/dev-expected.tsv), never the text.
const DEV_SETS = ['comments-dev.tsv', 'comments-dev-2.tsv'].map((f) => new URL(`../../shared/data/${f}`, import.meta.url));
const haveDevSets = DEV_SETS.every((u) => existsSync(fileURLToPath(u)));
if (!haveDevSets) console.warn('intent dev sets not found in ../shared/data: skipping the dev-set checks');

describe.skipIf(!haveDevSets)('classifyComment on the two dev sets together', () => {
  const rows = DEV_SETS.flatMap((u) => readDevSet(u));
  const pred = rows.map((r) => classifyComment(r.text).label);

  const expected = readExpected(fixture('dev-expected.tsv'));
  // One test per row, named by id only (the text stays out of the repo and out of CI logs).
  it.each(rows.map((r, i) => [r.id, i] as const))('%s keeps its expected label', (id, i) => {
    expect(pred[i]).toBe(expected.get(id));
  });

  it('meets the targets: macro-F1 ≥ 0.92, purchase_intent recall ≥ 0.90 at precision ≥ 0.95, every language ≥ 0.85', () => {
    const ev = evaluate(
      rows.map((r) => r.label),
      pred,
    );
    expect(ev.macroF1).toBeGreaterThanOrEqual(0.92);
    expect(ev.perLabel.purchase_intent.recall).toBeGreaterThanOrEqual(0.9);
    expect(ev.perLabel.purchase_intent.precision).toBeGreaterThanOrEqual(0.95);
    for (const [lang, f1] of Object.entries(macroF1ByLanguage(rows).lang)) expect(f1, lang).toBeGreaterThanOrEqual(0.85);
  });
});
