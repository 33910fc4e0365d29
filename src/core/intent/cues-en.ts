// English cues. Matched on the lower-cased, NFKC-normalised text with word
// boundaries; stretched spellings ("sooo cuuute") are allowed by + quantifiers.

import { cue, type Cue } from './cue';

const r = String.raw;

// Things people ask about on a post: clothes, cosmetics, homeware, small goods.
const THINGS = 'dress|top|shirt|tee|sweater|hoodie|jacket|coat|jeans|pants|skirt|shorts|leggings|bikini|swimsuit|shoes|sneakers|boots|sandals|heels|bag|purse|backpack|hat|cap|glasses|sunglasses|watch|earrings|necklace|ring|bracelet|nails|polish|lipstick|lip|gloss|foundation|concealer|mascara|eyeshadow|palette|blush|highlighter|perfume|fragrance|cologne|serum|cream|moisturi[sz]er|cleanser|sunscreen|shampoo|mug|cup|plate|bowl|rug|lamp|chair|table|sofa|couch|pillow|blanket|curtains|frame|print|poster|case|outfit|suit|wig|unit|extensions|product|filter|preset|app|camera|lens|headphones|earphones|earbuds|speaker|laptop|keyboard|bike|stroller|pram|crib|collar|leash|harness|desk|shelf|vase|planter|candle|pencils|markers|sketchbook|tumbler|apron|scarf|socks|pajamas|onesie|bedding|wallpaper';

export const EN_CUES: readonly Cue[] = [
  // ---- spam: links, self-promotion, DM/collab offers, money and follower selling
  cue('en', 'spam', 5, 'spam link', [
    r`https?://`,
    r`\bwww ?\.`,
    // "site.com" or a spaced-out "site . com", but not "the mall. store was shut".
    r`\w(?:\.| \. ?)(?:com|net|org|biz|ly|io|co\.kr|co\.jp)\b`,
    r`\blinktr\.ee\b`,
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
    r`\bif (?:you|u|y'all|you guys) (?:could |would )?(?:check(?:ed)?|visit(?:ed)?|follow(?:ed)?|sub(?:bed|scribed)?|subscribe|gave) (?:it|me|us|them|my|our|mine)\b`,
    r`\b(?:sub|subscribe|like) (?:to )?each other\b`,
    r`\bmessage (?:our|my) (?:page|account)\b`,
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
    r`\bgiveaway\b`, r`\bpromo(?:te|tion)? (?:your|my|our)\b`,
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
    r`\bhow much (?:is|are|r|was|were|does|do|did|would|will|for|to|\$|it|they|these|those|this|that|per|each)\b(?! (?:you|u|he|she|they|i|we) (?:weigh|lift|bench|run|sleep|earn|make|work|train|love|miss|know|care|eat|drink|practice|study|sleep)\b)`,
    r`\bhow much ?\?`,
    r`\bhow much$`,
  ]),
  cue('en', 'purchase_intent', 4, 'order/ship', [
    r`\b(?:can|could|may) (?:i|we) (?:order|buy|purchase|pre-?order|reserve|book|get one|get it|get this|get these)\b`,
    r`\bhow (?:do|can|could|would) (?:i|we|one) (?:order|buy|purchase|pre-?order|book|get one)\b`,
    r`\b(?:want|wanna|would like|i'd like|like) to (?:order|buy|purchase|pre-?order|book)\b`,
    r`\bi(?:'ll| will|'d| would) (?:like to |love to )?(?:order|buy) (?:one|two|\d|it|this|these|them|a)\b`,
    r`\b(?:do|does|will|would|can|could) (?:you|u|ya|y'all|you guys|this|it|they|these) (?:still )?(?:sell|ship|deliver|take orders)\b`,
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
  cue('en', 'purchase_intent', 3, 'purchase topic', [
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
    r`\b(?:is|are|does|do|did|will|would) (?:the|this|these|those|that) (?:(?!your|ur|my|her|his)[\w']+ )?(?:${THINGS})s?\b`,
    r`^(?:what|which|wat) (?:[\w']+ )?(?:${THINGS})s? (?:is|are) (?:it|this|that|these|those|they)\b`,
    r`\blink (?:to|for) (?:the|this|that|these|those|your|ur|it|them)\b`,
    r`\b(?:dry|oily|sensitive|combination|acne-prone) (?:skin|hair)\b`,
    r`\b(?:good|suitable|safe) for (?:dry|oily|sensitive|combination|acne|curly|thin|thick|fine|my)\b`,
    // "is this safe for a 6 month old?", "ok for toddlers?" (not "safe for you to travel").
    r`\b(?:safe|ok|okay|good|suitable|appropriate|recommended) for (?:a |an |my |the )?(?:bab(?:y|ies)|kids?|child(?:ren)?|toddlers?|newborns?|infants?|pregnan\w*|dogs?|pupp(?:y|ies)|cats?|kittens?|pets?|\d+ ?(?:-| )?(?:months?|mos?|years?|yrs?|weeks?)(?:[- ]olds?)?)\b`,
    r`\bdo (?:you|u) (?:still )?(?:have|carry|stock) (?:this|these|it|them|any|more|the|one|other)\b(?!.*\b(?:recipe|time|boyfriend|girlfriend|kids|children|tips|plans|snapchat|pets?)\b)`,
  ], { gated: true }),

  // ---- other: how-to questions and complaints
  // Asking whether the post is sponsored is about the post, not a purchase.
  cue('en', 'other', 3.5, 'sponsorship question', [r`\bis (?:this|it|that) (?:an? )?(?:ad|advert|sponsored|paid|promo)\b`, r`\b(?:sponsored|paid partnership) ?\?`]),
  cue('en', 'other', 3.5, 'how-to question', [
    r`\bhow (?:did|do|does|can|could|would) (?:you|u|i|one|she|he|they|we) (?:make|made|cook|bake|do|did|draw|paint|edit|shoot|film|take|get (?:it|this|that|your|her|his|such|so)|achieve|style|grow|train|learn|manage|stay|keep)\b`,
    r`\bhow to (?:make|cook|bake|draw|do)\b`,
    r`\brecipe`,
    r`\btutorial`,
  ]),
  cue('en', 'other', 2.5, 'negative', [
    r`\b(?:hate|hated|hates|annoying|boring|worst|ugly|fake|gross|sucks?|stupid|terrible|awful|disgusting|cringe|overrated|insult|insulting|trash|garbage|lame|horrible|pathetic|creepy|dumb|idiot|wtf|shit|crap|waste|meh|unfollow|disappointed|disappointing)\b`,
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

  // ---- low quality: generic praise and reactions
  cue('en', 'low_quality', 1, 'praise', [
    // Stems: "beaut" covers beauty, beautiful, beauts.
    r`\b(?:beaut|gorg|adorab|amaz|awe+som|stunn|fantas|incredib|brillian|wonderf|congrat|inspir|delici|obsess|favou?rit|perfec|lovel|breathtak|magnific|elegan|charm|handsom|pretti|cutes|cuten|fluff|superb|fabulo|spectac|marvel|exquisit|dreamy|iconic)\w*`,
    // Whole words, stretched spellings allowed: "sooo cuuute", "cooool", "loooove".
    r`\b(?:lo+ve?s?|lu+v|loving|cu+te+|cutie|pre+t+y+|gre+a+t|ni+ce+|co+o+l+|dope|fire|lit|epic|wo+w+|omg|ho+t+|sexy|fab|best|sick|fine|killin|slay(?:ing|ed)?|goals|yu+m+(?:y)?|tasty|go+d|bravo|excellent|sweet|insane|legend(?:ary)?|queen|king|(?:ha){2,}|lo+l|lmao|ye+s+|mood|fave?|yay|damn|bomb|gem|glow(?:ing)?|classy|chic|lovely|gorgeous|beautiful|awesome|amazing|wicked|rad|sharp|stylish|clean|crisp|vibes?|aesthetic|flawless|colou?rs|lighting|composition|shot|pic|pics|photo|song|video|track|view|beat|chorus|vocals|voice|melody|music|tune|jam|banger|masterpiece|classic|talent(?:ed)?|look(?:s|ing)? (?:good|great|amazing|fab|lovely))\b`,
    r`\b(?:killing it|nailed it|on point|well done|keep it up|happy birthday|need this|want this|is everything|like (?:it|this|that|these)|so good|living for|here for (?:it|this))\b`,
    r`\b(?:could|can|would|i'?d) (?:watch|listen to|look at|stare at|eat)\b[^.!?]{0,20}\b(?:all day|forever|for hours|on repeat|every day|everyday)\b|\bon repeat\b`,
    r`\bcan'?t get enough\b|\b(?:made my day|made me (?:smile|laugh)|can'?t stop (?:laughing|watching|listening)|i'?m (?:dead|dying|crying|screaming)|so proud|proud of (?:you|u)|hilarious|funny)\b`,
  ]),
  // Exclamations shaped like questions: "how cute is this?!".
  cue('en', 'low_quality', 2, 'exclamation', [
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
  ].join('|'),
  'u',
);
/** A request ("please", "let me know"): purchase topics count there too. */
export const EN_REQUEST = /\b(?:please|pls|plz|kindly|let me know|tell me|info|details?|deets|(?:love|like|need|want|wanna|dying|have|got) to know|curious|wondering|i wonder)\b/u;
