/**
 * catalogue: every extraction rule, by the id that each relation's evidence carries (`evidence.rule`), with the
 * relation it claims, what it reads, and an example of our own that it reads. `npm run eval` reports precision per
 * rule id; `tests/graph-import/extract/rules.test.ts` checks that each rule reads its example.
 *
 * The rules themselves live beside this file by concern: quotes, attendance and presence, pledges, opposition,
 * meetings and roles.
 */
import type { PropertyValue, RelationType } from '../../../graph-model/index.js';
import type { Ref } from '../refs.js';

export interface RuleSpec {
  relation: RelationType;
  /** What the rule reads, in a reporter's words. */
  reads: string;
  /** A short text of our own from which the rule claims a relation. */
  example: string;
}

export const RULES = {
  // Quotations: SAID, from a person or body to the statement.
  'quote.said-after': {
    relation: 'SAID',
    reads: '"...," X said',
    example: '"We will rebuild the bridges," Maria Lindqvist said.',
  },
  'quote.said-after-inverted': {
    relation: 'SAID',
    reads: '"...," said X',
    example: '"The harbour stays open to every ship," said Tomas Varga.',
  },
  'quote.said-at-end': {
    relation: 'SAID',
    reads: '“...” and to “...” the rest of the clause, X said.',
    example:
      'Welcoming the offer, “We take the promise of open ports seriously” and will “watch every cargo” from now on, Tomas Varga said.',
  },
  'quote.said-after-members': {
    relation: 'SAID',
    reads: '"...," the Body foreign ministers said',
    example: '"Our ports will stay open," the NATO foreign ministers said.',
  },
  'quote.according-to-after': {
    relation: 'SAID',
    reads: '"...", according to X',
    example: '"The talks are over for now", according to Elena Petrova.',
  },
  'quote.according-to': {
    relation: 'SAID',
    reads: 'according to X, "..."',
    example: 'According to Elena Petrova, "the talks are over for now".',
  },
  'quote.speaker-label': {
    relation: 'SAID',
    reads: 'a transcript\'s label: PRESIDENT X: "..."',
    example: 'PRESIDENT ANNA KOVAC: "We thank our partners for coming."',
  },
  'quote.said-before': {
    relation: 'SAID',
    reads: 'X said: "..."',
    example: 'Maria Lindqvist said: "We will rebuild the bridges."',
  },
  'quote.said-before-shared': {
    relation: 'SAID',
    reads: 'X declined to comment but said "..."',
    example: 'Tomas Varga declined to give figures but said the region was "ready for the harvest".',
  },
  'quote.said-before-inverted': {
    relation: 'SAID',
    reads: 'said X: "..."',
    example: 'Said Tomas Varga: "The harbour stays open to every ship."',
  },
  'quote.said-participle': {
    relation: 'SAID',
    reads: 'X denounced the move, calling it "..."',
    example: 'Maria Lindqvist denounced the levy, calling it "a tax on bread".',
  },
  'quote.statement-said': {
    relation: 'SAID',
    reads: '"...," the statement read, after a sentence naming who issued it',
    example:
      'The Foreign Ministry of Norway issued a statement on Friday. "We welcome the agreement on fishing rights," the statement read.',
  },
  'quote.continued': {
    relation: 'SAID',
    reads: 'a quotation that is the whole sentence, after one of a known speaker',
    example: '"We will rebuild the bridges," Maria Lindqvist said. "Nobody will be left behind in the valley."',
  },

  // Attendance: ATTENDED, from a person, nation or body to an event.
  'attended.list': {
    relation: 'ATTENDED',
    reads: 'Countries at the summit included A, B and C',
    example: 'Countries at the Lisbon summit included France, Spain and Portugal.',
  },
  'attended.including': {
    relation: 'ATTENDED',
    reads: 'a summit attended by / hosted by / including A and B',
    example: 'The Baltic Sea Summit, hosted by Estonia, ended on Tuesday.',
  },
  'attended.body-of-event': {
    relation: 'ATTENDED',
    reads: 'the Body summit: the body whose summit it is',
    example: 'Leaders gathered for the NATO summit in Vilnius.',
  },
  'attended.verb': {
    relation: 'ATTENDED',
    reads: 'X attended / hosted / chaired / addressed the summit',
    example: 'Prime Minister Maria Lindqvist attended the Baltic Sea Summit.',
  },
  'attended.spoke-at': {
    relation: 'ATTENDED',
    reads: 'X said after the summit; speaking at the conference, X said',
    example: 'Speaking at the Baltic Sea Summit, Maria Lindqvist said the region needed new ferries.',
  },
  'attended.acted-at': {
    relation: 'ATTENDED',
    reads: 'X pledged / signed / announced ... at the conference',
    example: 'Norway signed the ferry agreement at the Baltic Sea Conference.',
  },
  'attended.told': {
    relation: 'ATTENDED',
    reads: 'X told / addressed / briefed the summit',
    example: 'Maria Lindqvist told the Baltic Sea Summit that ferries would run again.',
  },
  'attended.met-at': {
    relation: 'ATTENDED',
    reads: 'X met Y on the sidelines of / at the summit: both were there',
    example: 'Maria Lindqvist met Tomas Varga on the sidelines of the Baltic Sea Summit.',
  },
  'attended.closing-verb': {
    relation: 'ATTENDED',
    reads: "A and B also attended. (the article's event)",
    example: 'Leaders opened the Baltic Sea Summit in Tallinn on Monday. Japan and Canada also attended.',
  },
  'attended.told-delegates': {
    relation: 'ATTENDED',
    reads: "..., X told delegates (the article's event)",
    example: 'The Baltic Sea Summit opened in Tallinn on Monday. "The sea joins us," Maria Lindqvist told delegates.',
  },
  'attended.opening-remarks': {
    relation: 'ATTENDED',
    reads: "X said in her opening remarks (the article's event)",
    example:
      'The Andean summit opened in Lima on Monday. "We start today," Chilean President Ana Rojas said in her opening remarks.',
  },
  'attended.between': {
    relation: 'ATTENDED',
    reads: 'talks between A and B',
    example: 'Talks between Chilean President Ana Rojas and Peruvian President Luis Vega broke down on Monday.',
  },
  'attended.met-for': {
    relation: 'ATTENDED',
    reads: 'A and B met in Geneva for talks',
    example: 'Chilean and Peruvian delegations met in Geneva on Friday for their first direct talks.',
  },
  'attended.welcomed-participants': {
    relation: 'ATTENDED',
    reads: "X welcomed leaders / delegates (the article's event)",
    example: 'The Andean summit opened in Lima on Monday. President Maria Lindqvist welcomed leaders to the palace.',
  },
  'attended.body-voted': {
    relation: 'ATTENDED',
    reads: 'the Security Council adopted / failed to adopt ... (its sitting)',
    example: 'The Security Council on Monday failed to adopt a draft resolution on the Andean border crisis.',
  },
  'attended.welcomed': {
    relation: 'ATTENDED',
    reads: "After receiving a red carpet welcome, X ...; X was accorded a ceremonial welcome (the article's event)",
    example:
      'The Andean summit opened in Lima on Monday. After receiving a red carpet welcome, President Maria Lindqvist praised the host.',
  },
  'attended.among-those-at': {
    relation: 'ATTENDED',
    reads: 'A and B were among the leaders at the meeting',
    example:
      'The Andean summit opened in Lima. President Maria Lindqvist and President Tomas Varga were among the leaders at the summit.',
  },
  'attended.members-listed': {
    relation: 'ATTENDED',
    reads: "The ministers of the X group - A, B and C - expressed ... in Place (the article's meeting)",
    example:
      'The foreign ministers of the Andean group - Chile, Peru and Bolivia - voiced concern in Lima on Monday. The meeting ended late.',
  },
  'attended.remotely': {
    relation: 'ATTENDED',
    reads: 'X joined by video link / addressed the summit virtually',
    example: 'The Andean summit opened in Lima on Monday. President Maria Lindqvist joined by video link from Oslo.',
  },
  'attended.represented-someone': {
    relation: 'ATTENDED',
    reads: "X represented President Y (the article's event)",
    example:
      'The Andean summit opened in Lima on Monday. Foreign Minister Maria Lindqvist represented President Tomas Varga.',
  },
  'attended.hosting-counterparts': {
    relation: 'ATTENDED',
    reads: 'X hosting counterparts from A, B and C',
    example:
      'The Andean summit opened in Lima, with President Maria Lindqvist hosting counterparts from Peru and Chile.',
  },
  'attended.who-attended': {
    relation: 'ATTENDED',
    reads: "X, who is attending as an observer, ... (the article's event)",
    example:
      'The Andean summit opened in Lima on Monday. Foreign Minister Maria Lindqvist, who is attending as an observer, praised the host.',
  },
  'attended.ceremony': {
    relation: 'ATTENDED',
    reads: "X, who also attended the signing; A and B were present at the signing ceremony (the article's event)",
    example:
      'Talks between Chile and Peru were held in Lima on Monday. Bolivian envoy Luis Arce, who also attended the signing, called it a first step.',
  },
  'attended.gathered': {
    relation: 'ATTENDED',
    reads: 'ministers from A, B and C met in a place',
    example: 'Defence ministers from Finland, Sweden and Norway met in Oslo on Monday.',
  },
  'attended.among': {
    relation: 'ATTENDED',
    reads: "Among those attending were A and B. (the article's event)",
    example: 'The Baltic Sea Summit opened in Tallinn. Among those attending were Maria Lindqvist and Tomas Varga.',
  },
  'attended.arrived': {
    relation: 'ATTENDED',
    reads: "Leaders, including A and B, arrived in / descended on the city (the article's event)",
    example:
      'The Pacific Rim Summit opened in Valdor. The leaders of twelve nations, including Kenyan President Amos Kiprop and Chilean President Rosa Ibarra, arrived in Valdor on Thursday.',
  },
  'attended.met': {
    relation: 'ATTENDED',
    reads: 'X met Y: both sides attend that meeting',
    example: 'Prime Minister Maria Lindqvist met President Tomas Varga in Oslo.',
  },
  'attended.met-counterparts': {
    relation: 'ATTENDED',
    reads: 'X met their counterparts',
    example: 'Finland and Norway met their counterparts in Oslo on Monday.',
  },
  'attended.passive': {
    relation: 'ATTENDED',
    reads: 'the summit was attended / opened / chaired by A and B',
    example: 'The Baltic Sea Summit opened in Tallinn. The final declaration was signed by Finland, Sweden and Norway.',
  },
  'attended.gave-speech': {
    relation: 'ATTENDED',
    reads: "X gave / delivered a speech (at the article's event)",
    example: 'The Baltic Sea Summit opened in Tallinn. Maria Lindqvist delivered the opening speech.',
  },
  'attended.handover': {
    relation: 'ATTENDED',
    reads: 'X handed the chairmanship to Y',
    example: 'The Baltic Sea Summit closed in Tallinn. Maria Lindqvist handed the chairmanship to Tomas Varga.',
  },
  'attended.sent': {
    relation: 'ATTENDED',
    reads: 'X sent (its) envoy Y (to the talks): Y attended, and X through Y',
    example:
      'Talks on the river dam opened in Cairo on Monday. Ethiopia sent its water minister, Abebe Tadesse, to the talks.',
  },
  'attended.arrival': {
    relation: 'ATTENDED',
    reads: 'A and B arrived (together / in <where the event is>) — not "arrived back in" elsewhere',
    example: 'The Andean summit opened in Quito on Monday. President Ana Rojas arrived in Quito on Sunday evening.',
  },
  'attended.sent-delegation': {
    relation: 'ATTENDED',
    reads: 'A, B and C sent delegations to the summit',
    example: 'The Andean summit opened in Quito on Monday. Chile, Peru and Bolivia sent delegations to the summit.',
  },
  'attended.host-apposition': {
    relation: 'ATTENDED',
    reads: "X, the summit's host, welcomed ...",
    example: "The Andean summit opened in Quito on Monday. Marco Paz, the summit's host, welcomed the leaders.",
  },
  'attended.received-delegation': {
    relation: 'ATTENDED',
    reads: 'X received a delegation of envoys from A, B and C',
    example:
      'Talks opened in Quito on Monday. President Marco Paz received a delegation of envoys from Chile, Peru and Bolivia.',
  },
  'attended.led-delegation': {
    relation: 'ATTENDED',
    reads: 'the delegation, led by X, ...',
    example:
      'Talks opened in Quito on Monday. The Chilean delegation, led by Foreign Minister Ana Rojas, briefed the host.',
  },
  'attended.remarks-from': {
    relation: 'ATTENDED',
    reads: 'speeches from A and B',
    example: 'The Baltic Sea Summit opened in Tallinn with speeches from Maria Lindqvist and Tomas Varga.',
  },
  'attended.along-with': {
    relation: 'ATTENDED',
    reads: 'X co-hosted the conference along with Y',
    example: 'Norway is co-hosting the Baltic Sea Conference along with Finland.',
  },
  'attended.leading-participle': {
    relation: 'ATTENDED',
    reads: 'Chairing the meeting, X said',
    example: 'The Baltic Sea Summit opened in Tallinn. Chairing the first session, Maria Lindqvist called for calm.',
  },
  'attended.host': {
    relation: 'ATTENDED',
    reads: 'beside their host, X',
    example:
      'The Baltic Sea Summit opened in Tallinn. The leaders stood beside their host, Prime Minister Maria Lindqvist.',
  },
  'attended.among-them': {
    relation: 'ATTENDED',
    reads: "Among them were A and B. (the article's event)",
    example: 'Twenty leaders came to the Baltic Sea Summit. Among them were Maria Lindqvist and Tomas Varga.',
  },
  'attended.involving': {
    relation: 'ATTENDED',
    reads: 'a meeting involving A and B',
    example: 'A meeting in Oslo involving Finland and Norway ended without a deal.',
  },
  'attended.participation': {
    relation: 'ATTENDED',
    reads: 'with the participation of A and B',
    example: 'The Baltic Sea Summit opened in Tallinn with the participation of Finland and Norway.',
  },
  'attended.family-photo': {
    relation: 'ATTENDED',
    reads: 'A and B pose for the family photo',
    example: 'The Baltic Sea Summit opened in Tallinn. Maria Lindqvist and Tomas Varga posed for the family photo.',
  },
  'attended.standing-beside': {
    relation: 'ATTENDED',
    reads: 'X stood between A and B',
    example:
      'The Andean summit opened in Lima. The host took his place in the back row, standing between Chilean President Ana Rojas and Peruvian Prime Minister Luis Vega.',
  },
  'attended.brokered': {
    relation: 'ATTENDED',
    reads: 'X brokered a truce between A and B',
    example: 'The Oslo talks ended on Friday. Norway brokered a truce between Armenia and Azerbaijan.',
  },
  'attended.audience': {
    relation: 'ATTENDED',
    reads: 'with the leaders of A and B in the audience',
    example:
      'The Baltic Sea Summit opened in Tallinn. Maria Lindqvist spoke first, with the leaders of Finland and Norway in the audience.',
  },

  // Pledges: PLEDGED, from the giver to the recipient or what was pledged.
  'pledged.verb': {
    relation: 'PLEDGED',
    reads: 'X pledged / promised / committed ...',
    example: 'Norway pledged $200 million for new ferries.',
  },
  'pledged.support': {
    relation: 'PLEDGED',
    reads: 'X announced / sent / offered aid, money or troops',
    example: 'Finland announced new military aid for Estonia.',
  },
  'pledged.willingness': {
    relation: 'PLEDGED',
    reads: 'X is ready / willing to send ...',
    example: 'Finland is ready to send engineers to rebuild the bridges.',
  },
  'pledged.raised-to': {
    relation: 'PLEDGED',
    reads: 'X would double / raise its contribution to $N',
    example: 'Norway said it would double its contribution to the flood fund to $80 million.',
  },
  'pledged.nominal': {
    relation: 'PLEDGED',
    reads: "X's pledge of $N / pledges included $N from X",
    example: 'Donors met in Lima. Pledges included $40 million from Chile and $25 million from Peru.',
  },
  'pledged.led-with': {
    relation: 'PLEDGED',
    reads: 'A led with $X, followed by B with $Y',
    example: 'Donors met in Lima. Chile led with $400 million, followed by Peru with $250 million.',
  },
  'pledged.elided-list': {
    relation: 'PLEDGED',
    reads: 'A pledged $4bn, B $2bn and C $1bn',
    example: 'Norway pledged $200 million, Finland $150 million and Sweden $90 million.',
  },
  'pledged.past-total': {
    relation: 'PLEDGED',
    reads: 'the $8bn in aid X has given since 2022',
    example: 'The new grant adds to the $8 billion in assistance Norway has provided since 2022.',
  },
  'pledged.continued': {
    relation: 'PLEDGED',
    reads: 'a pledge, then "This comes on top of a £2bn loan"',
    example: 'Norway pledged $200 million for new ferries. This comes on top of a $50 million loan.',
  },

  // Opposition: OPPOSED, from the opponent to whom or what they opposed.
  'opposed.verb': {
    relation: 'OPPOSED',
    reads: 'X rejected / condemned / vetoed ...',
    example: 'Hungary rejected the fishing quota.',
  },
  'opposed.verb.passive': {
    relation: 'OPPOSED',
    reads: 'the plan was rejected by X',
    example: 'The fishing quota was rejected by Hungary.',
  },
  'opposed.veto-cast': {
    relation: 'OPPOSED',
    reads: 'the draft failed after X cast a veto',
    example: 'A draft resolution on the Andes failed in the council after Chile cast a veto.',
  },
  'opposed.voted-no': {
    relation: 'OPPOSED',
    reads: 'the resolution passed; A and B voted no / were among those that voted against / with A voting against',
    example: 'The assembly passed a resolution on fishing rights. Chile and Peru were among the states that voted no.',
  },
  'opposed.drew-criticism': {
    relation: 'OPPOSED',
    reads: 'the plan drew sharp criticism / faced opposition from A and B',
    example: 'The fishing plan drew sharp criticism from Chile and Peru.',
  },
  'opposed.diplomatic-protest': {
    relation: 'OPPOSED',
    reads: "X recalled its ambassador from Y / expelled Y's diplomats / summoned Y's ambassador",
    example: 'Chile summoned the Peruvian ambassador on Monday.',
  },
  'opposed.walked-out': {
    relation: 'OPPOSED',
    reads: 'X walked out / staged a walkout (of the event the sentence is at)',
    example: 'Fishing talks opened in Reykjavik on Monday. The Danish delegation walked out on the second day.',
  },
  'opposed.all-but': {
    relation: 'OPPOSED',
    reads: 'A text backed by all ... except X / all members except X backed the text',
    example:
      'A statement backed by all the Nordic leaders – except Finnish President Aarne Virtanen – was published on Friday.',
  },
  'opposed.phrase': {
    relation: 'OPPOSED',
    reads: 'X voted against / objected to / walked out of ...',
    example: 'Hungary voted against the fishing quota.',
  },
  'opposed.phrase.passive': {
    relation: 'OPPOSED',
    reads: 'the plan was voted against / objected to by X',
    example: 'The fishing quota was voted against by Hungary.',
  },
  'opposed.accused': {
    relation: 'OPPOSED',
    reads: 'X accused Y of ...',
    example: 'Finland accused Russia of jamming flights over the Baltic.',
  },
  'opposed.accused.passive': {
    relation: 'OPPOSED',
    reads: 'Y was accused by X of ...',
    example: 'The ministry was accused by Finland of jamming flights over the Baltic.',
  },
  'opposed.nominal-move': {
    relation: 'OPPOSED',
    reads: "X's move to suspend the treaty",
    example: "Critics warned about Hungary's move to suspend the fishing treaty.",
  },
  'pledged.announcement-made': {
    relation: 'PLEDGED',
    reads: 'the announcement X made to expand / double / send ...',
    example: 'This builds on the announcement President Maria Lindqvist made in Riga to double the Swedish battalion.',
  },
  'pledged.commitment-of': {
    relation: 'PLEDGED',
    reads: "X's commitment to ... (a pledge told as the owner's noun)",
    example: "The envoy welcomed the Chilean government's commitment to halt illegal logging in the south.",
  },
  'pledged.received-from': {
    relation: 'PLEDGED',
    reads: 'Y will receive $N from X (X pledged to Y)',
    example: 'Moldova will receive $300 million from the World Bank under the new programme.',
  },
  'opposed.vote-tally': {
    relation: 'OPPOSED',
    reads: 'a tally that names who voted against: "12 in favour to 2 against (A, B)"',
    example: 'The draft resolution received 11 votes in favour to 2 against (Peru and Chile), with one abstention.',
  },
  'opposed.objected': {
    relation: 'OPPOSED',
    reads: 'X voiced objections (to what the sentence before proposed or named)',
    example: 'Chile tabled a plan for a fishing ban. Peru and Bolivia have voiced objections.',
  },
  'opposed.urged-to-stop': {
    relation: 'OPPOSED',
    reads: 'X called on / urged Y to stop, halt, withdraw ...',
    example: 'Chile called on Peru to stop its patrols in the disputed waters.',
  },
  'opposed.said-it-was': {
    relation: 'OPPOSED',
    reads: 'X said the deal was "unacceptable" / a mistake',
    example: 'Prime Minister Maria Lindqvist told lawmakers the fishing deal was unacceptable in its current form.',
  },
  'opposed.called-it': {
    relation: 'OPPOSED',
    reads: 'X called the decision a disgrace',
    example: 'Maria Lindqvist called the new levy a disgrace.',
  },

  // Meetings: MET, between two people.
  'met.verb': {
    relation: 'MET',
    reads: 'X met (with) Y',
    example: 'Prime Minister Maria Lindqvist met President Tomas Varga in Oslo.',
  },
  'met.meeting-with': {
    relation: 'MET',
    reads: 'X held a meeting / talks with Y',
    example: 'Prime Minister Maria Lindqvist held talks with President Tomas Varga in Oslo.',
  },
  'met.call': {
    relation: 'MET',
    reads: 'X held a (phone) call with Y; A and B spoke by phone (a meeting, no event attended)',
    example: 'Prime Minister Maria Lindqvist spoke by phone with President Tomas Varga on Monday.',
  },
  'met.called-on': {
    relation: 'MET',
    reads: 'X called on Y (a courtesy call, not an appeal "to ...")',
    example: 'Trade Minister Maria Lindqvist called on President Tomas Varga in Oslo on Monday.',
  },
  'met.together': {
    relation: 'MET',
    reads: 'A and B held talks / met',
    example: 'Prime Minister Maria Lindqvist and President Tomas Varga met in Oslo on Monday.',
  },

  // Roles: HOLDS_ROLE, from a titled person to the nation or organisation of the title.
  'role.title': {
    relation: 'HOLDS_ROLE',
    reads: 'Norwegian Prime Minister X',
    example: 'Norwegian Prime Minister Maria Lindqvist arrived in Oslo.',
  },
  'member.list': {
    relation: 'MEMBER_OF',
    reads: 'NATO members A and B / EU member states such as A',
    example: 'NATO members Estonia and Latvia asked for more air defence.',
  },
  'member.apposition': {
    relation: 'MEMBER_OF',
    reads: 'A, a NATO member, ... / A, a member of the WTO, ...',
    example: 'Finland, a NATO member, hosted the drills.',
  },
  'member.is': {
    relation: 'MEMBER_OF',
    reads: 'A is a member of B / A joined B',
    example: 'Sweden joined NATO in 2024 after two years of talks.',
  },
} as const satisfies Record<string, RuleSpec>;

/** The id of an extraction rule: the key of `RULES`, carried by each relation's evidence. */
export type RuleId = keyof typeof RULES;

/** What a rule claims: a relation without its evidence, which the article's reader adds. */
export interface RuleClaim {
  source: Ref;
  target: Ref;
  properties: Record<string, PropertyValue>;
  rule: RuleId;
}

/** What a rule claims between two actors, or an actor and an event, with no properties. */
export type Link = [source: Ref, target: Ref, rule: RuleId];
