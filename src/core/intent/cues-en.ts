// English cues. Matched on the lower-cased, NFKC-normalised text with word
// boundaries; stretched spellings ("sooo cuuute") are allowed by + quantifiers.

import { cue, type Cue } from './cue';

const r = String.raw;

// Things people ask about on a post: clothes, cosmetics, homeware, small goods.
const THINGS =
  'dress|top|shirt|tee|sweater|hoodie|jacket|coat|jeans|pants|skirt|shorts|leggings|bikini|swimsuit|shoes|sneakers|boots|sandals|heels|bag|purse|backpack|hat|cap|glasses|sunglasses|watch|earrings|necklace|ring|bracelet|nails|polish|lipstick|lip|gloss|foundation|concealer|mascara|eyeshadow|palette|blush|highlighter|perfume|fragrance|cologne|serum|cream|moisturi[sz]er|cleanser|sunscreen|shampoo|mug|cup|plate|bowl|rug|lamp|chair|table|sofa|couch|pillow|blanket|curtains|frame|print|poster|case|outfit|suit|wig|unit|extensions|product|filter|preset|app|camera|lens|headphones|earphones|earbuds|speaker|laptop|keyboard|bike|stroller|pram|crib|collar|leash|harness|desk|shelf|vase|planter|candle|pencils|markers|sketchbook|tumbler|apron|scarf|socks|pajamas|onesie|bedding|wallpaper';

export const EN_CUES: readonly Cue[] = [
  // ---- spam: links, self-promotion, DM/collab offers, money and follower selling
  cue('en', 'spam', 5, 'spam link', [
    r`https?://`,
    r`\bwww ?\.`,
    // "site.com" or a spaced-out "site . com", but not "the mall. store was shut".
    r`\w(?:\.| \. ?)(?:com|net|org|biz|ly|io|co\.kr|co\.jp)\b`,
    r`\blinktr\.ee\b`,
    // A spelled-out domain: "site123 c0m", "site dot com".
    r`\bc0m\b|\b\w+ dot com\b`,
    r`\b(?:sites?|apps?|ways?|places?) (?:i'?ve seen |ive seen )?(?:for|to get) (?:more |free |real )?(?:followers|likes|subscribers|subs|views)\b`,
  ]),
  cue('en', 'spam', 5, 'spam self-promo', [
    r`\bcheck (?:out )?(?:my|our)\b`,
    r`\b(?:visit|see|view|watch|listen to|go to|stop by) (?:my|our) (?:page|channel|profile|bio|account|feed|videos?|music|songs?|website|site|shop|store|blog|ig|insta|instagram|youtube|soundcloud)\b`,
    r`\b(?:my|our) (?:channel|youtube|soundcloud|website|online (?:shop|store)|etsy)\b`,
    r`\blink in (?:my |our |the )?bio\b`,
    r`\bin (?:my|our) bio\b`,
    r`\bsubscrib`,
    r`\bsubs? ?(?:4|for) ?sub`,
    r`\b(?:follow|like|shout ?out) ?(?:4|for) ?(?:follow|like|shout ?out)\b`,
    r`\b(?:f4f|l4l|s4s)\b`,
    r`\bfollow (?:me|us|back|my|our)\b`,
    r`\bfollow @`,
    r`\bfollow ?back\b`,
    r`\bfollow each other\b|\bmutual follow`,
    r`\bi'?ll (?:do the )?same\b`,
    r`\b(?:please|pls|plz) (?:like|share|subscribe|visit|watch|listen|follow)\b`,
    r`\bthumbs? (?:this )?up so\b`,
    // "would mean the world if you checked it out", "anyone wanna sub to each other".
    r`\bif (?:you|u|y'all|you guys) (?:could |would )?(?:check(?:ed)?|visit(?:ed)?|follow(?:ed)?|sub(?:bed|scribed)?|subscribe|gave|listen(?:ed)? to|watch(?:ed)?|like[sd]?|share[sd]?) (?:it|me|us|them|my|our|mine)\b`,
    // One's own work pushed on someone else's post: "my new song", "on her channel", "use code SUMMER".
    r`\bmy (?:new|first|latest|recent|own) (?:song|video|track|single|album|mixtape|ep|cover|channel|music|beat|rap|vlog|blog|podcast)s?\b`,
    r`\bon (?:my|her|his|our) (?:channel|page|profile|youtube|soundcloud|ig|insta|instagram|blog|website)\b`,
    r`\buse(?<!\b(?:can|could|did|do) (?:i|we|you|u) use) (?:my |our |the )?(?:promo |discount )?code\b|\b\d+ ?% off\b`,
    r`\b(?:sub|subscribe|like) (?:to )?each other\b`,
    r`\bmessage (?:our|my) (?:page|account)\b`,
    // "you are warmly invited to my page", "come see my gallery".
    r`\b(?:invite|welcome) (?:you|u|all|everyone)\b[^.!?]{0,30}\b(?:my|our) (?:page|gallery|profile|account|feed|channel|shop|store|blog|site)\b`,
    r`\b(?:to|at|on|visit) (?:my|our) (?:gallery|page|profile)\b(?! (?:too|lol|haha))`,
    r`\b(?:help me|help us) (?:get|reach|hit|to get) (?:\d+k?|more|some)? ?(?:subs|subscribers|followers|likes|views)\b`,
    r`\b(?:would you like|want|wanna|chance) to win\b`,
    // A maker offering work: "I will be happy to create one for you".
    r`\bi(?:'ll| will| would| can| could)(?: be (?:happy|glad) to| gladly)? (?:create|make|draw|paint|design|customi[sz]e) (?:one |it |this |that |them |a [\w-]+ (?:[\w-]+ )?)?for (?:you|u|your)\b`,
    r`\bhomepage\b`,
    r`\blooking for (?:models|ambassadors|influencers|brand reps|creators|promoters|reps)\b`,
    // Reciprocal offers: "like my recent post and I'll like yours", "I'll follow back".
    r`\b(?:i'?ll|i will|and i) (?:like|follow|sub(?:scribe)?(?: to)?|comment on) (?:yours|back|you back|your (?:posts?|pics?|page|channel))\b`,
    r`(?:^|\b(?:please|pls|plz|go|and|pic|post|video)[!.,]* )(?:like|comment on) (?:my|our) (?:recent |latest |new |last )?(?:posts?|pics?|photos?|videos?|comments?)\b`,
  ]),
  cue('en', 'spam', 5, 'spam DM/collab', [
    r`\b(?:dm|pm|message|inbox|whatsapp) (?:me|us)\b(?! (?:the )?(?:price|pricing|link)\b)`,
    r`\bsend (?:me|us) an? (?:dm|message)\b`,
    r`\bcheck (?:your )?(?:dms?|inbox)\b`,
    r`\bdm (?:for|to)\b`,
    r`\bcollab`,
    r`\bget featured\b`,
    r`\bfeature (?:you|your)\b`,
    r`\bambassador`,
    r`\bbrand rep\b`,
  ]),
  cue('en', 'spam', 5, 'spam money/followers', [
    r`\bgift ?cards?\b`,
    r`\bpay ?pal\b`,
    r`\b(?:make|earn|making|earning) (?:\$|money|cash|extra|\d)`,
    r`\bneed (?:money|cash)\b`,
    r`\bfree (?:money|followers|likes|iphone|gifts?|stuff|robux|v-?bucks|cash)\b`,
    r`\b(?:gain|get|buy|grow|boost|increase|sell|selling) (?:more |real |\d+k? )?(?:followers|likes|subscribers|views)\b`,
    r`\bdm (?:now|today|asap)\b`,
    r`\bfollowers? (?:for sale|cheap)\b`,
    r`\b(?:cheap|real|instant|guaranteed) (?:followers|likes|subscribers|views)\b`,
    r`\b(?:want|need) (?:more |real |free )?(?:followers|likes|subscribers|views)\b`,
    r`\bwork from home\b`,
    r`\b(?:bitcoin|crypto|forex|cash ?app|onlyfans)\b`,
    r`\bclick (?:here|the link|my|on my)\b`,
  ]),
  cue('en', 'spam', 2.5, 'spam hint', [
    r`\b(?:i|we) (?:make|produce|upload|post|create|record) (?:beats|music|videos|covers|songs|raps?|vlogs|content)\b`,
    r`\b(?:you|u) (?:also |might |may |too )?(?:would )?(?:want|wanna|like|would like) to (?:order|buy|try|get) (?:a|an|one|some|our|my)\b`,
    r`\bgiveaway\b`,
    r`\bpromo(?:te|tion)? (?:your|my|our)\b`,
    r`\bpaid (?:promo|promotion|partnership|collab|post)\b|\b(?:business|partnership) opportunit`,
    r`\b(?:started|opened|launched|created) (?:my|our|a) (?:own |new |small )?(?:[\w']+ )?(?:page|account|channel|shop|store|blog|business|brand)\b`,
  ]),

  // ---- purchase intent: explicit asks
  cue('en', 'purchase_intent', 4, 'where to buy', [
    // "where do you find the time" is not shopping.
    r`\bwhere(?: (?:did|do|can|could|would|should|does)|'d) (?:you|u|ya|i|we|one|she|he|they) (?:get|got|buy|bought|purchase|order|find|found|cop|shop)\b(?! (?:the |your |that |such |so )?(?:time|motivation|energy|inspiration|strength|courage|patience|ideas?|married|engaged|inspired|tattooed|lost|stuck)\b)`,
    r`\bwhere (?:to|can i|can we|could i) (?:buy|get|order|purchase|find)\b`,
    // No auxiliary: "dying to know where you got that dress", "tell me where u got the couch".
    r`(?<!\b(?:i|we) (?:know|knew|remember|bet|guess|see|saw) |\bthat'?s |\bthis is )\bwhere (?:you|u|ya|she|he|they) (?:got|get|bought|buy|found|ordered)\b(?! (?:the |your |that |such |so )?(?:time|motivation|energy|inspiration|strength|courage|patience|ideas?|married|engaged|inspired|tattooed|lost|stuck)\b)`,
    // "where is this lamp from", but not "where are you from".
    r`\bwhere(?: is| are|'?s| was| were| r) (?!(?:you|u|ya|he|she|y'all|you guys|ur family|your family|your parents)\b)(?:[\w']+ ){0,4}?from\b`,
    r`\bwhere (?:the|this|that|these|those|your|ur|her|his) (?!(?:family|parents|mom|dad|mum|friends?|boyfriend|girlfriend|husband|wife|kids)\b)(?:[\w']+ ){1,2}?(?:is|are|was|were) from\b`,
    r`\bwhere(?:'?s| is) (?:your|the|this|that) (?:salon|shop|store|studio|boutique|clinic|bakery|spa|barber)`,
    r`\bwho (?:makes|made|designed|designs|sells) (?:it|them|this|that|these|those|your|the|her|his)\b`,
    r`\bwho makes\b`,
    // "need that mug, where from": a product named, then a bare "where from".
    // Anchored on "where", then looks back for the product: cheap on comments without it.
    r`\bwhere (?:from|to (?:get|buy))\b(?<=\b(?:${THINGS})s?\b[^?]{0,40}\bwhere (?:from|to (?:get|buy)))`,
  ]),
  cue('en', 'purchase_intent', 4, 'product asked', [
    r`\b(?:what|which|wat)(?:'?s| is| are)? (?:the |this |that |your |her |his )?brand\b`,
    r`\bbrand (?:name|please|pls|\?)`,
    r`\b(?:what|which|wat)(?:'?s| is| are)? (?:[\w']+ ){0,2}?(?:brand|shade|size|app|camera|lens|filter|preset|lipstick|foundation|mascara|perfume|polish)s?\b`,
    // Not "what colors did you use for the sky", a painting question.
    r`\b(?:what|which) (?!colou?rs?\b)(?:[\w']+ ){0,3}?(?:do|did|are|r) (?:you|u) (?:use|using|wear|wearing)\b`,
    r`\b(?:app|camera|lens|filter|preset)s? (?:did|do|are) (?:you|u) (?:use|using)\b`,
  ]),
  // "What's the name of the perfume?", not of the dog or the song.
  cue('en', 'purchase_intent', 4, 'product asked', [
    r`\bname of (?:the|this|that|these|those|your|her|his|ur) (?:[\w']+ )?(?:${THINGS}|colou?r|shade|scent|paint|pattern|fabric|flavou?r)s?\b`,
    // "rug details pls", "deets on the bag?".
    r`\b(?:${THINGS})s? (?:details?|deets|info|source)\b`,
    r`\b(?:details?|deets|info|source) (?:on|for|of|about) (?:the |this |that |these |those |your |ur |her |his )?(?:[\w']+ )?(?:${THINGS})s?\b`,
    r`\b(?:what|which) (?:[\w']+ ){0,2}?(?:${THINGS})s? (?:is|are) (?:it|this|that|these|those|they)\b`,
  ]),
  cue('en', 'purchase_intent', 4, 'price', [
    // Not "how much do you weigh / love me".
    r`\bhow much (?:is|are|r|was|were|does|do|did|would|will|for|to|\$|it|they|these|those|this|that|per|each)\b(?![^?.!]{0,30}\bweigh)(?! (?:you|u|he|she|they|i|we) (?:weigh|lift|bench|run|sleep|earn|make|work|train|love|miss|know|care|eat|drink|practice|study|sleep)\b)`,
    r`\bhow much ?\?`,
    r`\bhow much$`,
  ]),
  cue('en', 'purchase_intent', 4, 'order/ship', [
    r`\b(?:can|could|may) (?:i|we) (?:order|buy|purchase|pre-?order|reserve|book|get one|get it|get this|get these)\b`,
    r`\bhow (?:do|can|could|would) (?:i|we|one) (?:order|buy|purchase|pre-?order|book|get one)\b`,
    // The commenter wants to buy, not "you might want to order one too…", a seller's pitch.
    r`\b(?:want|wanna|would like|i'd like|like)(?<!\b(?:you|u|y'all|you guys) (?:also |might |may |too )?(?:would )?(?:want|wanna|would like|i'd like|like)) to (?:order|buy|purchase|pre-?order|book)\b`,
    r`\bi(?:'ll| will|'d| would) (?:like to |love to )?(?:order|buy) (?:one|two|\d|it|this|these|them|a)\b`,
    // Not "why do they sell hats at a pharmacy?", which asks a reason.
    r`\b(?:do|does|will|would|can|could)(?<!\bwhy \w+) (?:you|u|ya|y'all|you guys|this|it|they|these) (?:still )?(?:sell|ship|deliver|take orders)\b`,
    r`\bship(?:s|ping|ped)? (?:to|internationally|worldwide|overseas|outside)\b`,
    r`\bfor (?:sale|purchase)\b`,
    r`\b(?:is|are) (?:it|this|these|they|that|those|any|there any|the \w+)(?: \w+)?(?: still)? (?:available|in stock|sold out|on sale)\b`,
    r`\bavailable (?:for|to) (?:purchase|buy|order|pre-?order)\b`,
    // "are replacement heads available" (not "are you available tonight").
    r`^(?:is|are) (?!(?:you|u|he|she|they|we|i|ya|y'all)\b)(?:[\w']+ ){1,3}?(?:available|in stock|sold separately)\b`,
    r`\b(?:available|sold|sell) (?:online|in stores?|in (?:the )?(?:us|uk|usa|canada|australia|japan|korea|europe|asia))\b`,
    r`\b(?:back in stock|restock)`,
    r`\bonline (?:store|shop)\b`,
    r`\b(?:have|got|run|own) an? (?:etsy |online |web ?|physical )?(?:shop|store|website)\b`,
    r`\bpre-?order`,
    r`\bbulk order|\b(?:get|place|make) an? (?:\w+ )?order\b`,
    r`\bi'?ll take (?:one|two|three|four|\d+|a dozen|both)\b(?! of (?:every|each|them all|all|you))`,
    // A custom piece: "can you make one with my dog's name?", "could u do this in blue".
    r`\b(?:can|could|would|will|do) (?:you|u) (?:make|do|customi[sz]e|personali[sz]e) (?:one|these|this|them|it|a custom|custom|some) (?:with|for|in|but)\b`,
    r`\btake (?:custom |special |bulk |wholesale )?orders\b`,
    r`\b(?:drop|send|share|post) (?:me |us )?(?:the |a )?link\b`,
    r`\blink ?(?:please|pls|plz|\?)`,
    // A custom order: "can u make me one".
    r`\b(?:can|could|would|will) (?:you|u) make (?:me|us) (?:one|another|some|these|this|a custom)\b|\bmake (?:me|us) one\b`,
    // "DM me the price" is a buyer; "DM me for details" is a seller (spam above).
    r`\b(?:dm|pm|message|inbox) me (?:the )?(?:price|pricing|link)\b`,
  ]),
  cue('en', 'purchase_intent', 4, 'size/fit/suits', [
    r`\bsiz(?:e|ed) (?:up|down)\b`,
    r`\bcan (?:it|this|these|they|you) (?:be )?(?:used|washed|worn|shipped|returned|customi[sz]ed|personali[sz]ed|engraved)\b`,
    r`\b(?:will|would|does|do|did|should|could|can) (?:[\w']+ ){0,4}?fit\b`,
    r`\btrue to size\b`,
    r`\bruns? (?:small|big|large|true)\b`,
    r`\bcomes? in (?:a |other |different |more |any )?(?:\w+ )?(?:sizes?|colou?rs?|shades?|xl|xs|black|white)\b`,
    r`\b(?:will|would|does|do|can|could) (?:it|this|these|that|they)(?: really| actually| also)? (?:help|work)\b`,
  ]),
  // ---- purchase intent: topics that count inside a question or request
  cue(
    'en',
    'purchase_intent',
    3,
    'purchase topic',
    [
      r`\bpric(?:e|es|ed|ing)\b`,
      r`\bship(?:s|ping|ped)?\b`,
      r`\bdeliver(?:y|s)?\b`,
      r`\b(?:sizes?|sizing|xs|[2-5]?xl)\b`,
      r`\bshades?\b`,
      r`\bcolou?r (?:name|code|number)\b`,
      r`\bhow many (?:ounces|oz|ml|milliliters|liters|litres|gallons|grams|inches|watts|pieces|pcs|capsules|servings|pairs|count)\b`,
      r`\b(?:the|a|size|in) (?:small|medium|large|petite)\b(?! (?:world|town|dog|part|amount|number|group|family|city|way))`,
      r`\b(?:other|more|different|new) (?:colou?rs|colou?rways|sizes|shades|prints|patterns|styles|flavou?rs|scents)\b`,
      r`\bbrand\b`,
      r`\b(?:app|camera|lens|preset)\b`,
      r`\b(?:in stock|sold out)\b|^(?:still )?available\b`,
      r`\b(?:booking|appointment|reservation)s?\b`,
      r`\b(?:material|fabric|ingredients?|cruelty[- ]free|vegan|waterproof|fragrance[- ]free|non[- ]toxic|spf|scent(?:ed)?|long[- ]lasting|washable)\b`,
      r`\b(?:discount|promo|coupon|affiliate) codes?\b`,
      r`\bcustom (?:orders?|made|sizes?|sizing)\b|\bcommissions?\b`,
      r`\bin (?:black|white|pink|red|blue|green|yellow|purple|grey|gray|navy|beige|brown|gold|silver|other colou?rs?|a bigger size|a smaller size)\b`,
      r`\bhow long (?:does|do|will|would) (?:it|this|these|they|the \w+) (?:last|take to (?:ship|arrive|deliver))\b`,
      r`\b(?:does|do|will|is|are) (?:it|this|these|they|the \w+) (?:come with|include|contain|compatible|work with)\b`,
      r`\bbatter(?:y|ies)\b`,
      // Parts and specs, the Amazon-question register: "how long is the cord", "does this work with 220v".
      r`\b(?:cords?|cables?|chargers?|charging|plugs?|adapters?|usb|bluetooth|remote control|bulbs?|voltage|volts?|\d{2,3} ?v|watts?|wattage|mah|dimensions|capacity|straps?|lids?|blades?|refills?|replacements?|attachments?|accessor(?:y|ies)|instructions|mattress|(?:queen|king|twin|full)[- ]size|car seat)\b`,
      r`\b(?:bpa|gluten|latex|lead|paraben|sulfate|nut|dairy|dye|scent|toxin)[- ]free\b`,
      r`\b(?:hardwood|carpet(?:ed)?|tile|laminate|vinyl) (?:floors?|flooring)\b|\bon (?:carpet|hardwood|tile|laminate)\b`,
      // Using the product, not the picture: "can you use this on a gas stove", not "can i use this pic".
      r`\bcan (?:you|u|i|we) use (?:this|it|these|them|the \w+) (?:on|for|with|in|as|to|without|while|during|after|if)\b(?<!\b(?:pic|photo|picture|image|song|video|idea|quote|edit|sound)s? \w+)`,
      // Where it is sold: "is this on amazon", "did you get it at target".
      r`(?:\b(?:it|this|these|them|that|those|they|one|ones)(?: \w+)? (?:on|at|in)|\bfrom) (?:amazon|target|walmart|costco|ikea|zara|h&m|forever ?21|urban outfitters|sephora|ulta|primark|asos|nordstrom|macy'?s|tj ?maxx|homegoods|uniqlo|aliexpress)\b`,
      r`\b(?:adjustable|removable|detachable|durable|sturdy|stretchy|breathable|comfortable|lightweight|dishwasher|microwave|outdoors?|indoors?|assembly|warranty|refund|returns?)\b`,
      r`\b(?:itchy|see[- ]through|sheer|washable|machine wash|hand ?wash|for washing|in the wash|shrinks?|fades?)\b`,
      r`\b(?:etsy|depop|ebay|shopify)\b`,
      r`\bcosts?\b|\bto (?:order|buy|purchase|pre-?order)\b`,
      r`\b(?:real |genuine |faux |vegan )?(?:leather|suede|cotton|linen|wool|cashmere|silk|polyester|velvet|denim)\b|\bhand ?made\b`,
      // A question about a named product: "is the sweater itchy", "what headphones are those".
      r`\b(?:is|are|does|do|did|will|would) (?:the|this|these|those|that) (?:(?!your|ur|my|her|his)[\w']+ ){0,2}(?:${THINGS})s?\b`,
      r`^(?:what|which|wat) (?:[\w']+ )?(?:${THINGS})s? (?:is|are) (?:it|this|that|these|those|they)\b`,
      r`\blink (?:to|for) (?:the|this|that|these|those|your|ur|it|them)\b`,
      r`\b(?:dry|oily|sensitive|combination|acne-prone) (?:skin|hair)\b`,
      r`\b(?:good|suitable|safe) for (?:dry|oily|sensitive|combination|acne|curly|thin|thick|fine|my)\b`,
      // "is this safe for a 6 month old?", "ok for toddlers?" (not "safe for you to travel").
      r`\b(?:safe|ok|okay|good|suitable|appropriate|recommended) for (?:a |an |my |the )?(?:bab(?:y|ies)|kids?|child(?:ren)?|toddlers?|newborns?|infants?|pregnan\w*|dogs?|pupp(?:y|ies)|cats?|kittens?|pets?|\d+ ?(?:-| )?(?:months?|mos?|years?|yrs?|weeks?)(?:[- ]olds?)?)\b`,
      r`\bdo (?:you|u) (?:still )?(?:have|carry|stock) (?:this|these|it|them|any|more|the|one|other)\b(?!.*\b(?:recipe|time|boyfriend|girlfriend|kids|children|tips|plans|snapchat|pets?|dreams?|projects?|goals?|advice|ideas?|hobbies|siblings|questions?)\b)`,
    ],
    { gated: true },
  ),

  // ---- questions decided by their referent: the product or offer, or the person, place or moment
  cue(
    'en',
    'purchase_intent',
    3,
    'question about the product',
    [
      // What the thing does or comes in: "does it come in other colours?", "how do these hold up in snow?".
      r`\b(?:does|do|will|would|can|could|did) (?:it|this|that|these|those|they|the \w+|this \w+|that \w+) (?:also |still |really |actually |even )?(?:come in|come with|hold up|cover|stain|fade|shrink|stretch|peel|leak|last|protect|fit|include|need|require|charge|fold|stick|smell|run (?:small|big|large|true))\b`,
      r`\bhow (?:do|does|did|will|would|well do|well does) (?:it|this|that|these|those|they|the \w+) (?:hold up|last|wash|fit|wear|run|compare|smell|work)\b`,
      // Suitability: "is it safe for kids?", "safe to use daily?", "is this helmet for a child?", "big enough for her?".
      r`\bsafe (?:to|for)\b(?! (?:say|assume|travel|go|drive|walk|fly|swim|hike|visit|live|stay|leave|come|be|you|u|me|us|them)\b)`,
      r`\b(?:is|are|it|this|these|those|meant|made|designed|intended|suitable|good) (?:[\w']+ ){0,2}?for an? (?:adult|child|kid|baby|toddler|teen|man|woman|boy|girl)s?\b`,
      r`\b(?:useful|suitable|appropriate|ok|okay|safe|big enough|small enough|too (?:big|small|heavy|tight|loose)) for (?:him|her|them|my|a|an)\b`,
      // Variants and shades: "do you have a mini version?", "is the navy closer to black?".
      r`\b(?:versions?|editions?|variants?|colou?rways?)\b`,
      r`\b(?:is|are) (?:it|this|that|the \w+) (?:more of a|closer to|a true|lighter|darker|more (?:blue|green|pink|red|grey|gray|purple|brown|orange))\b`,
      r`\b(?:is|are) the (?:gr[ae]y|black|white|blue|navy|red|pink|green|beige|brown|purple|yellow|orange|gold|silver|nude|tan|cream|ivory|rose|teal|olive)\b`,
      // The tool it was made with: "what did you film this with?".
      r`\bwhat (?:did|do|does) (?:you|u|she|he|they) (?:shoot|film|take|record|edit|draw|paint|print|cut|curl)\b[^?.!]{0,25}\bwith\b`,
      r`\bwhat (?:editing )?(?:apps?|tools?|software|programs?|phone|brushes?|pens?|paints?|markers?) (?:do|did|are|r) (?:you|u)\b`,
      r`\b(?:warranty|guarantee|return policy)\b`,
      r`\bwhat(?:'s| is| are) the (?:size|sizes|material|length|width|height|depth|capacity|wattage|voltage|difference|shelf life|finish)\b`,
      r`\bwhat age (?:is|are|range) (?:it|this|these|they|the)\b|\brecommended for\b`,
      // Care, not cooking ("can you bake it in the oven?" is a recipe question).
      r`\b(?:dryer|washer|washing machine)\b|\b(?:oven|stove|freezer|induction)[- ](?:safe|proof|compatible)\b`,
      // A product named, then a bare "details?" or "source?": "omg the rug!! details?".
      r`\b(?:details|deets|source|info|link)\s*\?(?<=\b(?:${THINGS})s?\b.{0,40}(?:details|deets|source|info|link)\s*\?)`,
      r`\b(?:kids?|adults?|mens?|men's|womens?|women's|toddlers?|baby|dog|pet) (?:sizes?|versions?)\b`,
      // Services sold with it and other sizes: "do you do gift wrapping?", "can i get it engraved?", "is there a smaller one?".
      r`\b(?:gift ?wrap(?:ped|ping)?|engrav(?:e|ed|ing)|personali[sz]ation|monogram\w*)\b`,
      r`\b(?:smaller|bigger|larger|cheaper|longer|shorter|wider|lighter|darker) (?:one|ones|size|version|model)s?\b`,
      // The shop: "will these be in your shop?".
      r`\b(?:in|on|at|from) (?:your|ur) (?:shop|store|website|site|etsy|online store)\b|\b(?:in|on|at|from) the (?:website|site|online (?:store|shop))\b`,
    ],
    { gated: true },
  ),
  // A demonstrative or a measure asked about: "is this 100% cotton?", "could a 4 year old ride this?",
  // "she is 95 cm, will it fit?". Weaker than a person word ("is this your dog?").
  cue(
    'en',
    'purchase_intent',
    2.2,
    'question about the product',
    [
      // Not "that": "is that Mia from school?" points at a person as often as at a thing.
      r`(?:^|[.!?,] ?)(?:is|are|was|does|do|will|would|can|could) (?:this|it|these|those)\b(?! (?:still |also |really |even |actually |just )?(?:you|u|your|ur|my|his|her|their|our|a joke|real|true|legit|photoshop\w*|edited|in|at|near|where|when|here|there|today|tomorrow|tonight|now|ok|okay|alright|me|just|him|them|us|cold|hot|warm|raining|snowing|sunny|windy|far|close|going|gonna|happening|over|weird|from (?:last|this|that|yesterday|today|the other|back|when)|(?:the |a |an )?(?:new |old |same )?(?:house|home|place|apartment|flat|room|beach|city|town|village|park|hotel|restaurant|cafe|bar|view|lake|mountain|island|church|school|wedding|party|trip|baby|boy|girl|guy|man|woman|family|dog|cat|puppy|kitten|song|movie|film|show|episode|game|one you)|the same)\b)`,
      // A measure or property: the product's unless a baby, a pet or a place is named (below) (not "how tall are you", "how cold is it there"): "how loud is it?", "how thick is the mat?".
      r`\bhow (?:big|small|heavy|light|loud|quiet|thick|thin|long|wide|tall|deep|bright|warm|soft|hard|durable|sturdy|comfortable|strong|sharp|stretchy|waterproof|noisy|heavy duty) (?:is|are|was|were) (?:it|this|these|those|they|the (?!weather|water|sea|city|traffic|line|wait|drive|flight|trip|bab(?:y|ies)|newborn|puppy|kitten|dog|cat|hike|trail|pool|ride|lake|waterfall|mountain|beach|marathon|race|room|tower|building|wave|river|climb|walk|queue)\w+)\b(?![^?]*\b(?:there|here|outside|today|tonight)\b)`,
      r`\b(?:weight(?! limit)|dimensions?|measurements?|thickness|diameter|age range|recommended age)\b(?<!\b(?:your|ur|his|her|my) [\w ]+)`,
      r`\b\d+(?:[.,]\d+)?(?: \d\/\d)? ?(?:cm|mm|kg|lbs?|oz|ml|inch(?:es)?|"|ft|years? olds?|year-olds?|months? olds?|month-olds?)(?![a-z])`,
    ],
    { gated: true },
  ),
  // The person, the place or the moment: "how old is your son?", "where do you live?", "what are you doing?".
  cue(
    'en',
    'other',
    2.5,
    'question about the person',
    [
      r`\bhow old\b`,
      r`\b(?:did|do) (?:you|u) (?:make|paint|draw|bake|knit|sew|build|shoot|take|cook|design|write|do) (?:this|it|these|that|those|them )?(?:all )?(?:by )?yourself\b`,
      r`\b(?:safe|ok|okay|fun|easy|hard|crowded|busy|expensive|cheap) (?:for (?:you|u|me|us|them|a \w+) )?to (?:swim|hike|visit|walk|go|travel|live|stay|park|camp|get there)\b`,
      r`\bwhere (?:do|did) (?:you|u) (?:live|stay|grow up|go to|study|work)\b`,
      r`\bwhere (?:are|r|were) (?:you|u|y'all|you guys)\b`,
      r`\bwhat (?:are|r|were) (?:you|u|y'all|you guys) (?:doing|up to)\b`,
      r`\b(?:are|r) (?:you|u) (?:ok|okay|alright|coming|going|there|home|back|married|single|free|busy|still)\b`,
      r`\bwhen (?:are|r|do|did|will) (?:you|u)\b`,
      r`\bwhen (?:was|is|were) (?:this|that|it)\b`,
      r`\b(?:last|this past) (?:summer|winter|spring|fall|autumn|year|week|night|weekend|month)\b`,
      r`\bhow (?:are|r|was|is|were) (?:you|u|ur|your)\b`,
      r`\bwhat(?:'s| is) (?:he|she|his|her|its|their|the baby'?s?|the dog'?s?|your (?:dog|cat|baby|son|daughter|puppy)'?s?) (?:called|name)\b`,
      r`\bhow much (?:did|does|do) (?:[\w']+ ){0,2}weigh\b`,
      r`\bdo (?:you|u) (?:have|want) (?:any )?(?:kids|children|siblings|pets|a boyfriend|a girlfriend|plans|dreams|goals|projects|time)\b`,
    ],
    { gated: true },
  ),

  // ---- other: how-to questions and complaints
  // Asking whether the post is sponsored is about the post, not a purchase.
  cue('en', 'other', 3.5, 'sponsorship question', [
    r`\bis (?:this|it|that) (?:an? )?(?:ad|advert|sponsored|paid|promo)\b`,
    r`\b(?:sponsored|paid partnership) ?\?`,
  ]),
  cue('en', 'other', 3.5, 'how-to question', [
    r`\bhow (?:did|do|does|can|could|would) (?:you|u|i|one|she|he|they|we) (?:make|made|cook|bake|do|did|draw|paint|edit|shoot|film|take|get (?:it|this|that|your|her|his|such|so)|achieve|style|grow|train|learn|manage|stay|keep)\b`,
    r`\bhow to (?:make|cook|bake|draw|do)\b`,
    r`\brecipe`,
    r`\btutorial`,
  ]),
  cue('en', 'other', 2.5, 'negative', [
    r`\b(?:hate|hated|hates|annoying|boring|worst|ugly|fake|gross|sucks?|stupid|terrible|awful|disgusting|cringe|overrated|insult|insulting|trash|garbage|lame|horrible|pathetic|creepy|dumb|idiot|wtf|shit|crap|waste|meh|unfollow|disappointed|disappointing)\b`,
    r`\bbad\b(?<!\bnot (?:that |so |too |half )?bad)(?! ?ass)`,
    r`\bnot (?:a fan|good|great|cute|nice|pretty|funny|impressed|my (?:style|thing|taste|cup of tea)|for me)\b`,
    r`\b(?:don'?t|do not|didn'?t) (?:like|love|care|get it|understand)\b`,
  ]),

  // Talk between friends: plans, missing someone, well-wishes.
  cue('en', 'other', 1.8, 'chat', [
    r`\b(?:miss|missed) (?:you|u|ya|this|her|him|them)\b`,
    r`\bsee (?:you|u|ya) (?:soon|there|tomorrow|tonight|later|next)\b`,
    r`\b(?:call|text) me\b`,
    r`\b(?:hang out|hung out|catch up|long time no see|how are (?:you|u)|how have you been|get well|feel better|say hi|tell (?:him|her|them|your))\b`,
    r`\blet'?s (?:meet|hang|go|grab|get|do|catch)\b`,
    r`\bhope (?:you|u)(?:'re| are)? (?:ok|okay|well|doing|feeling|having)\b`,
    r`\bremember (?:this|when|that)\b`,
    // "lol same", "omg me", "me too": the commenter talks about themselves, not the post.
    r`^[^a-z]*(?:(?:lol|lmao|lmfao|omg|omfg|ha(?:ha)+|ok|okay|literally|honestly|oh|ugh|girl|bro|dude|wait|yes|yep)[^a-z]+)*(?:same|me|us|me too|same here|me af)(?:[^a-z]+(?:lol|lmao|lmfao|omg|ha(?:ha)+|af|tho|fr|too|honestly|literally))*[^a-z]*$`,
    r`^(?:(?:lol|lmao|omg|ha(?:ha)+|literally|honestly)[^a-z]+)*(?:me|us|literally (?:me|us)|this is (?:me|us)) (?:and|&|with|when|every|after|trying|at)\b`,
    r`\b(?:same here|me too|literally (?:me|us)|(?:this|that)(?: i|'?)s (?:so |literally )?(?:me|us)|twinning)\b`,
  ]),

  // An anecdote anchored in time or place: just above a bare short statement, below any praise.
  cue('en', 'other', 0.9, 'chat', [
    r`\b(?:yesterday|today|last (?:night|week|year|summer|month)|this morning|tonight)\b`,
    r`\b(?:went|been|was) there\b`,
  ]),

  // ---- low quality: generic praise and reactions
  cue('en', 'low_quality', 1, 'praise', [
    // Stems: "beaut" covers beauty, beautiful, beauts.
    r`\b(?:beaut|gorg|adorab|amaz|awe+som|stunn|fantas|incredib|brillian|wonderf|congrat|inspir|delici|obsess|favou?rit|perfec|lovel|breathtak|magnific|elegan|charm|handsom|pretti|cutes|cuten|fluff|superb|fabulo|spectac|marvel|exquisit|dreamy|iconic)\w*`,
    // Whole words, stretched spellings allowed: "sooo cuuute", "cooool", "loooove".
    r`\b(?:lo+ve?s?|lu+v|loving|cu+te+|cutie|pre+t+y+|gre+a+t|ni+ce+|co+o+l+|dope|fire|lit|epic|wo+w+|omg|ho+t+|sexy|fab|best|sick|fine|killin|slay(?:ing|ed)?|goals|yu+m+(?:y)?|tasty|go+d|bravo|excellent|sweet|insane|legend(?:ary)?|queen|king|(?:ha){2,}|lo+l|lmao|ye+s+|mood|fave?|yay|damn|bomb|gem|glow(?:ing)?|classy|chic|lovely|gorgeous|beautiful|awesome|amazing|wicked|rad|sharp|stylish|clean|crisp|vibes?|aesthetic|flawless|colou?rs|lighting|composition|shot|pic|pics|photo|song|video|track|view|beat|chorus|vocals|voice|melody|music|tune|jam|banger|masterpiece|classic|talent(?:ed)?|magic(?:al)?|nostalgi\w*|shine|shining|(?:wo)+w*o*w|art|artist|goosebumps|chills|heaven(?:ly)?|peaceful|heartbeat|unreal|look(?:s|ing)? (?:good|great|amazing|fab|lovely))\b`,
    r`\b(?:killing it|nailed it|on point|well done|keep it up|happy birthday|need this|want this|is everything|like (?:it|this|that|these)|so good|living for|here for (?:it|this))\b`,
    r`\b(?:could|can|would|i'?d) (?:watch|listen to|look at|stare at|eat)\b[^.!?]{0,20}\b(?:all day|forever|for hours|on repeat|every day|everyday)\b|\bon repeat\b`,
    r`\bhappy for (?:you|u|both|them)\b|\bcan'?t wait\b|\bmade me (?:so |very )?(?:happy|smile|cry)\b|\bcan'?t get enough\b|\b(?:made my day|made me (?:smile|laugh)|can'?t stop (?:laughing|watching|listening)|i'?m (?:dead|dying|crying|screaming)|so proud|proud of (?:you|u)|hilarious|funny)\b`,
  ]),
  // Exclamations shaped like questions: "how cute is this?!".
  cue('en', 'low_quality', 2, 'exclamation', [
    // "what a vibe", "what an angel": an exclamation when nothing is asked.
    r`^what an? [\w' ]{1,30}[!.]*$`,
    r`^(?:how|what a) (?:cute|pretty|beautiful|adorable|amazing|cool|sweet|lovely|gorgeous|awesome|nice|great)\b`,
    r`\bisn'?t (?:it|this|that|she|he) (?:so )?(?:cute|pretty|beautiful|adorable|amazing|cool|sweet|lovely|gorgeous|awesome)\b`,
    r`\b(?:could|can|would) (?:you|u|this|it|he|she|they|this \w+) (?:be|get|look) any (?:cuter|prettier|better|cooler|sweeter|more \w+)\b`,
  ]),
];

/** A question without "?": a sentence opening with a question word, or a question word and its verb. */
export const EN_QUESTION = new RegExp(
  [
    r`¿`,
    // A sentence opening with a question word, perhaps after "lol", "omg", "wait"... (not "can't stop").
    // A yes/no opener needs its subject: "could you…", not "could watch this all day" or "do it!".
    r`(?:^|[.!,] ?)(?:(?:lol|lmao|omg|haha|wait|ok|okay|so|but|and|hey|hi|girl|bro|dude) )?(?:(?:what|wat|whats|where|wheres|who|whos|whom|whose|which|how|hows|when|why|any|anyone)\b(?!'t\b)|(?:(?:does|did|can|could|would|will|is|are|should|may) (?:it|this|that|there)\b|(?:do|does|did|can|could|would|will|is|are|should|may) (?:you|u|ya|y'all|i|we|they|he|she|these|those|the|your|ur|his|her|my|our|their|its|any|anyone|anybody|anything|someone|somebody|something|everyone|everybody|all|both|some|one|people|a|an|[a-z]+'s)\b))`,
    // "lol what happened here": a question word and its verb anywhere, no "?" needed.
    r`\b(?:what|where|who|when|why|how) (?:is|are|was|were|did|do|does|happened|'s|r|can|could|would|will)\b`,
    r`\bhow (?:much|many|old|long|big|tall) (?:is|are|was|were|did|do|does)\b|\b(?:what|who|where)'s\b`,
  ].join('|'),
  'u',
);
/** A request ("please", "let me know"): purchase topics count there too. */
export const EN_REQUEST =
  /\b(?:please|pls|plz|kindly|let me know|tell me|info|details?|deets|(?:love|like|need|want|wanna|dying|have|got) to know|curious|wondering|i wonder)\b/u;
