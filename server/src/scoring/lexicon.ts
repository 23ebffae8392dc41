/** Word lists the scorer reads: lower-case surface forms, compared before stemming. */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Function words: never key ideas on their own, and skipped when matching a phrase ("a", "the"). */
export const STOPWORDS = words(`
  a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each either else etc even ever every for from
  further had has have having he her here hers herself him himself his how i if in into is it its itself
  just let may me might more most must my myself nor of off on once only or other our ours ourselves out over
  own per same shall she should so some such than that the their theirs them themselves then there these they
  this those through to too under until up upon very via was we were what when where which while who whom
  whose why will with would yet you your yours yourself yourselves s t don didn doesn isn wasn weren won
  wouldn shouldn couldn can't won't don't didn't doesn't isn't wasn't weren't i'm i've i'd we're we've we'd
  it's that's there's they're let's one ones e g ie eg vs
`);

/**
 * Everyday words, and words every technical answer uses: they count for less when the scorer
 * picks the key ideas of a model answer (rarer words say more about the topic).
 */
export const COMMON_WORDS = words(`
  able across actually add added almost already always another anything around ask asked away back bad base
  based become best better big bit build built call called came case cases change changed check come comes
  common could day days deal different do done each easy end enough example fast few find first follow
  following get gets getting give given go goes going good great happen happens hard help high important
  instead keep kind know large last later least less like little long look lot low main make makes making
  many mean means much need needed needs new next no not now number often old one ones open order part
  people place point possible pretty problem problems put quite rather real really right run same say see
  set show side simple since small something sometimes start still sure take team thing things think time
  times today try turn two type understand use used useful user users uses using usually value way ways well
  whole work worked working works world write year years
  application applications app apps code component components data design information process service
  services software solution system systems technical technology tool tools approach level work
`);

/**
 * Tokens that negate what follows within a few words of the same clause ("we did not add a
 * cache", "without a cache", "no caching", "instead of Kafka", "we avoided a single point of failure").
 */
export const NEGATION_CUES = words(`
  not no never without none nor neither nobody nothing nowhere cannot instead rather avoid avoided avoids
  avoiding lack lacked lacking lacks skip skipped skipping
  don't didn't doesn't isn't wasn't weren't won't wouldn't shouldn't couldn't can't haven't hasn't hadn't aren't
  dont didnt doesnt isnt wasnt werent wont wouldnt shouldnt couldnt cant havent hasnt hadnt arent
`);

/**
 * Words after a term that reject it without a "not": "a queue is overkill", "retries are
 * unnecessary here". A rejection earns the term no credit, like a negation.
 */
export const REJECTIONS_AFTER = words(`
  overkill unnecessary needless pointless irrelevant superfluous redundant useless unneeded
`);
/** Verbs that, after "never", reject what comes just before: "column order never matters". */
export const NEVER_REJECTS = words(`matter matters helps help needed necessary`);
/** Verbs before "against" that reject what follows: "we decided against a queue". */
export const DECIDED_AGAINST = words(`decided decide decides argued argue voted vote chose choose went`);
/** Tokens after which a "not" negates the words just before it: "a cache was not needed". */
export const NEGATED_COPULAS = words(`
  is was were are be been isn't wasn't weren't aren't did didn't does doesn't
`);

/** Words that start a new clause, where a negation stops reaching ("no cache, but a CDN"). */
export const CLAUSE_BREAKERS = words(`but however although though whereas yet so then which because`);

/**
 * Everyday verbs: they join the ideas of a model answer rather than being ones ("a TTL expires
 * entries"), so they split key phrases. Words that are nouns in this domain too ("cache", "read",
 * "write", "block", "lock", "retry", "process") are not here.
 */
export const VERBS = words(`
  be is are was were been being have has had having do does did doing done make makes made making take
  takes took taken taking run runs ran running leave leaves left leaving perform performs performed
  performing suit suits suited prevent prevents prevented expire expires expired arrive arrives arrived give
  gives gave given pass passes passed skip skips skipped return returns returned fail fails failed use uses
  used using need needs needed update updates updated set sets get gets got put puts keep keeps kept send
  sends sent go goes went come comes came see sees saw show shows showed call calls called bound bounds
  bounding populate populates populated move moves moved split splits rise rises rose wait waits waited
  happen happens happened mean means meant allow allows allowed let lets help helps helped cause causes
  caused become becomes became want wants wanted try tries tried seem seems look looks find finds found
  turn turns start starts started stop stops stopped include includes included contain contains provide
  provides provided require requires required depend depends decide decides decided choose chooses chose
  avoid avoids avoided handle handles handled goes says said tell tells told know knows knew think thinks
  thought sit sits sat hit hits hammer hammers check checks checked deliver delivers delivered
`);

/** Filler words and phrases, counted in behavioral answers; "like" only where it is not a verb or comparison. */
export const FILLERS = ["basically", "like", "you know", "kind of", "sort of", "actually", "just", "literally", "i mean", "um", "uh"] as const;

/** Number words that count as a quantity when a unit follows ("three engineers", "two weeks"). */
export const NUMBER_WORDS = words(`
  one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred
  thousand million billion half dozen dozens hundreds thousands millions billions
`);

/**
 * Words the Porter stemmer joins to an unrelated word, given a stem of their own: "training"
 * is not a release "train", an "engineer" is not an "engine", an "experiment" is not
 * "experience", "staging" is not a "stage". (Porter2 keeps "general" and "community" apart the same way.)
 */
export const STEM_OVERRIDES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    training: "training trainings trained",
    engineer: "engineer engineers engineering engineered",
    experiment: "experiment experiments experimental experimented experimenting",
    staging: "staging",
    meeting: "meeting meetings",
    news: "news",
    general: "general generally",
    community: "community communities",
    timing: "timing timings",
    marketing: "marketing",
  }).flatMap(([stem, forms]) => forms.split(" ").map((w) => [w, stem] as const)),
);
