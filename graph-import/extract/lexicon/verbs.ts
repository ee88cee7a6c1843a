/**
 * verbs: the verbs news uses to report speech, pledges, opposition, attendance and meetings.
 */

/** Verbs of reported speech, in the forms news writes them. */
export const SPEECH_VERBS = new Set(
  (
    'said says say saying told tells telling added adds adding declared declares stated states asserted asserts concluded ' +
    'responded replied noted notes warned warns warning insisted insists argued argues stressed stresses stressing emphasised ' +
    'emphasized emphasising emphasizing affirmed affirms reaffirmed explained explains claimed claims announced announces ' +
    'accused accuses accusing urged urges urging wrote writes tweeted posted remarked observed acknowledged admitted conceded ' +
    'promised vowed vows called calls describing described suggested suggests cautioned continued echoed recalled asked ' +
    'answered commented confirmed confirms predicted proclaimed reiterated reiterates maintained maintains pledged ' +
    'announcing declaring insisting arguing telling noting adding branded branding dismissed hailed praised praising ' +
    'demanded demands demanding blasted slammed criticised criticized lamented boasted quipped joked mused whispered ' +
    'shouted exclaimed agreed counters countered contended charged alleged calling labelling labeling labelled labeled ' +
    'disclosed discloses revealed reveals expressed expresses expressing denouncing denounced denounces appealed appeals ' +
    'appealing pleaded pleads implored referencing referenced'
  ).split(/\s+/),
);

/** Verbs that mark a pledge or a commitment of resources. */
export const STRONG_PLEDGE_VERBS = new Set(
  (
    'pledged pledges pledging pledge promised promises promising promise committed commits committing commit vowed ' +
    'earmarked earmark allocated allocate donated donate'
  ).split(' '),
);

/** Verbs that mark a pledge only when what follows is money or material support. */
export const WEAK_PLEDGE_VERBS = new Set(
  (
    'announced announces announce announcing unveiled unveil unveils unveiling offered offers offering offer match matches matched provide provides providing provided supply supplies supplying supplied ' +
    'send sends sending sent give gives giving gave deliver delivers delivered approved approves granted ' +
    'funded financed contribute contributes contributed contributing extend extends extended extending deploy deploys deployed invest invests investing invested ' +
    'disburse disburses disbursed disbursing lend lends lent lending'
  ).split(' '),
);

/** Nouns of material support that make a weak pledge verb a pledge ("announced new military aid"). */
export const SUPPORT_NOUNS =
  /\b(?:aid|assistance|weapons?|arms|missiles?|drones?|troops|soldiers|forces|peacekeep\w*|funding|funds?|loans?|finance|financing|grants?|equipment|tanks?|jets?|aircraft|warships?|frigates?|helicopters|patrol\s+(?:boats|vessels)|ammunition|shells|artillery|air[- ]defen[cs]e|packages?|support|contracts?|money|billions?|millions?|investment|sanctions|boots|guards|personnel|police|officers|experts|engineers|medics|doctors|vaccines|doses|generators|fuel|food|grain|wheat|rice|medicines?|medical\s+supplies|tents|shelters?|blankets|relief|tonnes|tons)\b/i;

/** Phrases of willingness that make a pledge ("signalled willingness to", "offered to"). */
export const WILLINGNESS =
  /\b(?:signall?ed|indicated|expressed|showed|shown)\s+(?:their\s+|its\s+|a\s+)?(?:willingness|readiness)\s+to\b|\b(?:offered|agreed|pledged|promised|vowed|committed)\s+to\b|\bready\s+to\s+(?:send|provide|contribute|deploy|lend|give|fund|finance|supply)\b/i;

/** Verbs of opposition: the actor on their left opposes what follows. */
export const OPPOSE_VERBS = new Set(
  (
    'opposed opposes opposing oppose rejected rejects rejecting reject rebuffed rebuffs rebuff vetoed vetoes veto condemned ' +
    'condemns condemning condemn refused refuses refusing refuse denounced denounces denouncing dismissed dismisses ' +
    'dismissing resisted resists blocked blocks blocking spurned spurns decried decries ruled objected objects ' +
    'criticised criticized criticises criticizes slammed blasted boycotted boycotts boycotting boycott scrap scraps ' +
    'sanctioned scrapped scrapping cancelled canceled cancelling canceling cancels suspended suspends suspending chided chides ' +
    'rebuked rebukes lambasted lambasts censured censures deplored deplores slams blasts decried vetoing threatened ' +
    'threatens threatening attacked attacks attacking regretted regrets protested protests'
  ).split(' '),
);

/** Phrases that oppose ("remains opposed to", "expressed disapproval of", "objected to"). */
export const OPPOSE_PHRASES =
  /\b(?:(?:remains?|is|are|was|were|stays?)\s+(?:firmly\s+|strongly\s+|staunchly\s+)?opposed\s+to|(?:expressed|voiced|signall?ed|registered|reiterated|restated|stepped\s+up|intensified|hardened|renewed)\s+[“"]?(?:its\s+|his\s+|her\s+|their\s+|strong\s+)?(?:[a-z-]+\s+(?:and\s+)?){0,3}?(?:disapproval|opposition|objections?|condemnation|rejection)[”"]?\s+(?:of|to|at)|objected\s+to|pulled\s+out\s+of|withdr(?:ew|awn|aws|awing)\s+from|(?:froze|frozen|freezes|suspended|suspends|cut|severed|severs|broke\s+off|breaks\s+off)\s+(?:(?:diplomatic|all|its|their|trade|military)\s+)*(?:talks|ties|relations|contacts?|cooperation)\s+with|(?:is|are|was|were|remains?|stays?)\s+(?:firmly\s+|strongly\s+|still\s+)?against\s+(?=(?:the|a|an|any|this|that|its|their|such)\b)|ruled\s+out|warned\s+against|(?:took|takes|taking|take)\s+issue\s+with|spoke\s+out\s+against|pushed\s+back\s+(?:on|against)|said\s+no\s+to|voted\s+against|(?:hit|lashed|lashes|lash|hits|lashing|hitting)\s+(?:out|back)\s+(?:at|against)|lodg(?:ed|es|ing|e)\s+(?:a\s+)?(?:(?:stern|solemn|strong|formal|diplomatic|official)\s+)*(?:protests?|representations|complaints?)\s+(?:with|to|against)|(?:took|takes|taking|take)\s+(?:a\s+)?(?:veiled\s+|thinly[- ]veiled\s+|sharp\s+|fresh\s+|parting\s+)?(?:swipe|dig|jab|potshot|aim)s?\s+at|came\s+out\s+against|(?:argued|campaigned|railed)\s+against|(?:made|voiced|levell?ed|issued)\s+(?:sharp\s+|strong\s+|harsh\s+|scathing\s+)?criticisms?\s+of|(?:maintain|keep|use|exercis|wield|threaten|cast)\w*\s+(?:to\s+use\s+)?(?:his|her|its|their|a)\s+veto\s+(?:on|over|against|of)|(?:impos(?:ed|es|ing|e)|announc(?:ed|es|ing|e)|slapp(?:ed|ing)|slaps?|unveil(?:ed|s|ing)?|rais(?:ed|es|ing|e)|hik(?:ed|es|ing|e)|increas(?:ed|es|ing|e)|doubl(?:ed|es|ing|e))\s+(?:(?:a|an|its|their|new|fresh|further|additional|higher|steep|punitive|retaliatory|reciprocal|sweeping|\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%))\s+){0,4}(?:tariffs?|sanctions|duties|levies|an?\s+embargo)\s+(?:of\s+(?:up\s+to\s+|as\s+much\s+as\s+)?\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%)\s+)?(?:on|against)|(?:won['’]t|will\s+not|would\s+not|cannot|can['’]t|does\s+not|do\s+not)\s+accept|(?:announced|directed|ordered|demanded|called\s+for)\s+(?:the\s+)?(?:cancellation|scrapping|suspension|withdrawal)\s+of|(?:expressed|voiced|raised|expressing|voicing)\s+[‘'“"]?(?:its\s+|their\s+|his\s+|her\s+)?(?:serious\s+|deep\s+|grave\s+|strong\s+|growing\s+)?(?:concerns?|alarm|outrage|indignation|reservations)\s+(?:about|over|at|regarding)|urg(?:ed|es|ing)\s+(?:[^.,;]{0,60}?\s+)?to\s+(?:reject|oppose|block|veto|boycott|vote\s+against)|walked\s+out\s+of|(?:quit|quits|quitting|abandoned|abandons)\s+(?=(?:the\s+)?(?:[\w-]+\s+){0,2}(?:negotiations|talks|summit|meeting|conference|deal|agreement|treaty|accord|pact|coalition|alliance)\b)|(?:announc|order|decre)\w*\s+(?:the\s+)?imposition\s+of\s+(?:(?:a|an|new|fresh|further|additional|higher|steep|punitive|retaliatory|reciprocal|sweeping|\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%))\s+){0,4}(?:tariffs?|sanctions|duties|levies|an?\s+embargo)\s+(?:on|against)|(?:will|would|shall|do|does|did)\s*(?:not|n['’]t)\s+(?:bow|bend|yield|cave|submit|give\s+in)\s+to|(?:won['’]t|refus\w+\s+to)\s+(?:bow|bend|yield|cave|submit|give\s+in)\s+to|(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:critic|opponent|foe)\s+of|stayed\s+away\s+from|refused\s+to\s+(?:endorse|sign(?:\s+off\s+on|\s+up\s+to)?|back|support|attend|join|recogni[sz]e|accept|approve|ratify)|declined\s+to\s+(?:endorse|sign(?:\s+off\s+on|\s+up\s+to)?|back|support|join|recogni[sz]e|accept|approve|ratify)|(?:cannot|can['’]t|could\s+not|couldn['’]t|will\s+not|won['’]t|would\s+not|wouldn['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t|did\s+not|didn['’]t)\s+(?:endorse|sign|back|support|accept|recognise|recognize)\s+(?=the|this|that|these|those|a|an|any|its|their|further|new|more|additional|such)\b)\b/i;

/** Verbs by which an actor takes part in an event named right after them. */
export const ATTEND_VERBS = new Set(
  (
    'attended attends attending hosted hosts hosting host chaired chairs chairing joined joins joining addressed addresses ' +
    'convened convenes convening called opened opens organised organized organises organizes led leads attend ' +
    'co-hosted co-hosts co-hosting co-host co-chaired co-chairs co-chairing presided presides presiding ' +
    'participated participates participating mediated mediates mediating ' +
    // Who arrives at or leaves an event was there: "arrived at the summit", "left the summit early".
    'arrived arrives arriving left leaves leaving'
  ).split(' '),
);

/** Verbs of meeting: the actor met the one named after. */
export const MEET_VERBS = new Set('met meets meeting meet hosted welcomed received greeted visited'.split(' '));

/** Words that, alone, are not sentence subjects worth a mention (sentence-initial capitals). */
export const FUNCTION_WORDS = new Set(
  (
    'The A An And But Or If When While Although Though As At In On Of For To From By With Without After Before During Since ' +
    'Until This That These Those It Its He She They We I You Our Their His Her My Your Mr Mrs Ms Meanwhile However ' +
    'Speaking Asked Following Earlier Later Amid Amidst Among Under Over Despite Additionally Also Yet So Then There Here ' +
    'Not No Yes Some Many Most Several Various Both Each Every All Any Such What Which Who Whom Whose Where Why How ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Today Tomorrow Yesterday Now Still Once Read More Share Tweet'
  ).split(/\s+/),
);

/** Verbs whose subject is a person, after a name: "X met", "X has warned", "X later told". */
export const PERSON_VERBS = new Set(
  (
    'met meets visited arrived attended addressed hosted chaired led signed pledged promised rejected condemned denounced ' +
    'criticised criticized defended welcomed praised thanked opposed vetoed blocked declined resigned travelled traveled ' +
    'flew spoke insisted vowed urged expressed signalled signaled reacted recalled hailed slammed dismissed contested ' +
    'won lost faces faced delivered gave handed posed ' +
    // Headlines tell in the present: "X condemns", "X vows".
    'condemns rejects slams vows urges meets visits signs pledges promises denounces criticises criticizes defends ' +
    'welcomes praises opposes vetoes declines resigns insists hails dismisses'
  ).split(' '),
);
/** Words between a subject and its verb: "X has warned", "X later met". */
export const AUXILIARIES = new Set(
  'has had have also later then again is was would could had not previously recently'.split(' '),
);
