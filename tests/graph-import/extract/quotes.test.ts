/**
 * Quotation rules: every direct quotation with its speaker, however the article attributes it.
 */
import { claims, extract } from '../../helpers/articles.js';

describe('quote attribution', () => {
  it('should not give a quotation to the speaker of the clause that follows it after "while"', () => {
    const result = extract(
      'Finnish President Juha Niemi said the question "will not go away simply because Oslo wishes it would", ' +
        'while Sweden’s foreign minister, Anna Lund, accused Norway of "running away from history".',
    );
    expect(claims(result, 'SAID')).toEqual([
      'Juha Niemi -> will not go away simply because Oslo wishes it would',
      'Anna Lund -> running away from history',
    ]);
  });

  it('should give what "they" said to each of the people named together before, or to "the two leaders"', () => {
    const together = extract(
      'Chilean President Ana Rojas and Peruvian President Luis Vega met in Lima. "This is the beginning," they said.',
    );
    expect(claims(together, 'SAID')).toEqual([
      'Ana Rojas -> This is the beginning',
      'Luis Vega -> This is the beginning',
    ]);
    const twoLeaders = extract(
      'Chilean President Ana Rojas spoke first. Peruvian President Luis Vega followed. The two leaders later held a news conference. "We agree," they said.',
    );
    expect(claims(twoLeaders, 'SAID')).toEqual(['Ana Rojas -> We agree', 'Luis Vega -> We agree']);
    // With nobody named together, "they" means no one in particular.
    expect(claims(extract('Chilean President Ana Rojas spoke. "We agree," they said.'), 'SAID')).toEqual([]);
  });

  it('should attribute a quote to a surname alone right after it, but not to a body speaking in a statement', () => {
    expect(claims(extract('"We are ready," Okafor says.'), 'SAID')).toEqual(['Okafor -> We are ready']);
    expect(claims(extract('"We are ready," Gazprom said in a statement.'), 'SAID')).toEqual([]);
    expect(claims(extract('"We are ready," NATO said.'), 'SAID')).toEqual(['NATO -> We are ready']);
  });

  it("should attribute a quote past the speaker's age or office, but not to one whose spokesperson spoke", () => {
    const known = 'Peruvian President Luis Vega arrived on Monday.';
    expect(claims(extract(`${known} "We will not bow," Vega, 64, said.`), 'SAID')).toEqual([
      'Luis Vega -> We will not bow',
    ]);
    expect(claims(extract(`${known} "Talks went well," Vega's office said in a statement.`), 'SAID')).toEqual([
      'Luis Vega -> Talks went well',
    ]);
    expect(claims(extract(`${known} "Talks went well," Vega's spokesperson told reporters.`), 'SAID')).toEqual([]);
    expect(claims(extract(`${known} "We wait," Vega, who chairs the bloc, said.`), 'SAID')).toEqual([
      'Luis Vega -> We wait',
    ]);
  });

  it("should attribute a spokesperson's quote to the body they speak for, one ministry however it is written", () => {
    const result = extract(
      'Chile\'s foreign ministry said it "rejects the accusations entirely". "The talks were productive," a spokesperson for the Chilean foreign ministry said.',
    );
    expect(claims(result, 'SAID')).toEqual([
      "Chile's Foreign Ministry -> rejects the accusations entirely",
      "Chile's Foreign Ministry -> The talks were productive",
    ]);
  });

  it('should attribute "said Conference President X", the event noun part of the title', () => {
    const result = extract('"The door is open," said Conference President Tomas Varga.');
    expect(claims(result, 'SAID')).toEqual(['Tomas Varga -> The door is open']);
    expect(result.entities.filter((entity) => entity.type === 'Event')).toEqual([]);
  });

  it('should attribute a quote followed by "X said"', () => {
    const result = extract('"We will rebuild every bridge," Chilean President Ana Rojas said on Monday.');
    expect(claims(result, 'SAID')).toEqual(['Ana Rojas -> We will rebuild every bridge']);
  });

  it('should attribute a quote to a body whose members speak for it, a title before them included', () => {
    const result = extract('"The sea lanes stay open," the Mercosur chief diplomats said in a joint statement.');
    expect(claims(result, 'SAID')).toEqual(['Mercosur -> The sea lanes stay open']);
  });

  it('should attribute quoted words after "appealed to ... to" and "referencing" to the subject', () => {
    expect(
      claims(
        extract(
          'Chilean President Ana Rojas appealed to Peru to “bring the rebels to their senses”, but nothing came.',
        ),
        'SAID',
      ),
    ).toEqual(['Ana Rojas -> bring the rebels to their senses']);
    expect(
      claims(
        extract(
          'Chilean President Ana Rojas lashed out at Peru, referencing the “crimes of the regime” in her speech.',
        ),
        'SAID',
      ),
    ).toEqual(['Ana Rojas -> crimes of the regime']);
  });

  it('should attribute words quoted after a second participle to the main clause, not a possessive in it', () => {
    const result = extract(
      "Chile denounced Peru's move to suspend the treaty, calling it unlawful and warning that any diversion " +
        'would be treated as an “act of war.”',
    );
    expect(claims(result, 'SAID')).toEqual(['Chile -> act of war']);
  });

  it('should attribute a quote followed by "its foreign minister X said"', () => {
    const result = extract('"Chile stays committed to the talks," its foreign minister Pablo Soto said at the summit.');
    expect(claims(result, 'SAID')).toEqual(['Pablo Soto -> Chile stays committed to the talks']);
  });

  it('should attribute a quote followed by "said X" with the verb first', () => {
    const result = extract('Finance Minister Omar Haddad spoke briefly. "The budget is balanced," said Haddad.');
    expect(claims(result, 'SAID')).toEqual(['Omar Haddad -> The budget is balanced']);
  });

  it('should attribute a quote to the person named after "said a spokesman,"', () => {
    const result = extract(
      '‘We urge both sides to return to the table at once,’ said a Chilean foreign ministry spokesman, Rafael Soto.',
    );
    expect(claims(result, 'SAID')).toEqual(['Rafael Soto -> We urge both sides to return to the table at once']);
  });

  it('should attribute quoted fragments woven into a clause to the speaker named at its end', () => {
    const result = extract(
      'Norwegian Prime Minister Ingrid Dahl spoke on Monday.\n\n' +
        '“We welcome the promise to open every port” and to “check each cargo” in future, Ms Dahl said.',
    );
    expect(claims(result, 'SAID')).toEqual([
      'Ingrid Dahl -> We welcome the promise to open every port',
      'Ingrid Dahl -> check each cargo',
    ]);
  });

  it("should read a quotation typed with mixed marks, over several sentences, as the speaker's", () => {
    const result = extract(
      'Irish Prime Minister Niamh Kelly spoke in Cork.\n\n' +
        '“Our coast is our country," Kelly said. "These are not idle words. The harbour will stay open. It always has.”',
    );
    expect(claims(result, 'SAID')).toEqual([
      'Niamh Kelly -> Our coast is our country',
      'Niamh Kelly -> These are not idle words. The harbour will stay open. It always has',
    ]);
  });

  it('should attribute a quote to a name written family name first and shortened to its first word', () => {
    const result = extract('South Korean President Kim Min-jun arrived.\n\n"The region must stay open," Kim said.');
    expect(claims(result, 'SAID')).toEqual(['Kim Min-jun -> The region must stay open']);
  });

  it('should attribute a quote followed by "according to X"', () => {
    const result = extract(
      'Bulgarian Prime Minister Nikolai Dimov arrived.\n\n"There is no alternative," according to Dimov.',
    );
    expect(claims(result, 'SAID')).toEqual(['Nikolai Dimov -> There is no alternative']);
  });

  it('should attribute a quote introduced by "X said:"', () => {
    const result = extract('Kenyan President Daniel Mwangi said: "Our ports are open to every partner."');
    expect(claims(result, 'SAID')).toEqual(['Daniel Mwangi -> Our ports are open to every partner']);
  });

  it('should attribute a partial quote inside "X told Y that ..."', () => {
    const result = extract(
      'Brazilian President Lucas Moreira told Reuters that the deal would bring "jobs for a generation" to the north.',
    );
    expect(claims(result, 'SAID')).toEqual(['Lucas Moreira -> jobs for a generation']);
  });

  it('should resolve "he said" to the subject of the sentence before', () => {
    const result = extract(
      'Japanese Prime Minister Kenji Sato met South Korean President Min-jun Park in Seoul. Sato announced a new trade office. "This is a new chapter," he said.',
    );
    expect(claims(result, 'SAID')).toEqual(['Kenji Sato -> This is a new chapter']);
  });

  it('should not take a person named inside a leading "when asked" clause as the pronoun', () => {
    const result = extract(
      'Irish Taoiseach Conor Walsh spoke after the meeting. When asked whether Prime Minister Jan de Vries was right, he said: "We disagree on the numbers, not the goal."',
    );
    expect(claims(result, 'SAID')).toEqual(['Conor Walsh -> We disagree on the numbers, not the goal']);
  });

  it('should resolve a description such as "the prime minister" to the person holding that role', () => {
    const result = extract(
      'Dutch Prime Minister Jan de Vries opened the talks. The prime minister said the plan was "fair to every member".',
    );
    expect(claims(result, 'SAID')).toEqual(['Jan de Vries -> fair to every member']);
  });

  it('should give "her counterpart, X" the title of the person before, and resolve "the minister" to it', () => {
    const result = extract(
      'Peruvian Fisheries Minister Rosa Vilca and her Ecuadorian counterpart, Diego Mora, met in Lima.\n\n' +
        'Mora said the fleets would share data. "This ends a long quarrel," the minister said.',
    );
    expect(claims(result, 'HOLDS_ROLE').sort()).toEqual(['Diego Mora -> Ecuador', 'Rosa Vilca -> Peru']);
    expect(
      result.relations
        .filter((relation) => relation.type === 'HOLDS_ROLE')
        .map((relation) => relation.properties?.role),
    ).toEqual(['fisheries minister', 'fisheries minister']);
    expect(claims(result, 'SAID')).toEqual(['Diego Mora -> This ends a long quarrel']);
  });

  it('should attribute a quote after "declined to comment but said" to who declined', () => {
    const result = extract('Chilean Ambassador Rosa Ibarra declined to comment but said Santiago was "ready to talk."');
    expect(claims(result, 'SAID')).toEqual(['Rosa Ibarra -> ready to talk']);
  });

  it('should attribute a quote after ", who said" to the person before', () => {
    const result = extract(
      'The plan was welcomed by Nato Secretary General Mark Rutte, who said allies were "ready to do more".',
    );
    expect(claims(result, 'SAID')).toEqual(['Mark Rutte -> ready to do more']);
  });

  it('should attribute a quote after a participle to the subject of the sentence', () => {
    const result = extract(
      'Argentine President Sofia Paz criticised the lenders, accusing them of "punishing the poor".',
    );
    expect(claims(result, 'SAID')).toEqual(['Sofia Paz -> punishing the poor']);
  });

  it("should attribute a quotation to a nation's ministry, government or embassy named after it", () => {
    const result = extract(
      'Turkey condemned the raid.\n\n"This attack on aid workers cannot go unpunished," the Turkish foreign ministry said.\n\n' +
        '"We reject these claims and call for calm," the Chinese embassy said.\n\n' +
        '"Our troops will stay until the vote," the Malian government said.',
    );
    expect(claims(result, 'SAID').sort()).toEqual([
      'China -> We reject these claims and call for calm',
      'Mali -> Our troops will stay until the vote',
      "Türkiye's Foreign Ministry -> This attack on aid workers cannot go unpunished",
    ]);
  });

  it('should attribute a quotation to the person named in the description of the speaker after it', () => {
    const result = extract(
      '"We are in an era of rebuilding," the European Commission president, Greta Lindqvist, told reporters.',
    );
    expect(claims(result, 'SAID')).toEqual(['Greta Lindqvist -> We are in an era of rebuilding']);
  });

  it('should attribute a quotation to "the ministry" named before, and to none when no ministry was', () => {
    const named = extract(
      'The Chilean foreign ministry condemned the raid. "This cannot go unpunished," the ministry said in a statement.',
    );
    expect(claims(named, 'SAID')).toEqual(["Chile's Foreign Ministry -> This cannot go unpunished"]);
    const none = extract('Chile condemned the raid. "This cannot go unpunished," the ministry said.');
    expect(claims(none, 'SAID')).toEqual([]);
  });

  it('should attribute a quotation past a participle between the speaker and the verb', () => {
    const result = extract(
      'Foreign Minister Ana Rojas arrived in Lima. "We will not sign this deal," Rojas, speaking at the airport, told ' +
        'reporters.',
    );
    expect(claims(result, 'SAID')).toEqual(['Ana Rojas -> We will not sign this deal']);
  });

  it('should attribute a quotation in reported speech to the source the sentence opens with', () => {
    const result = extract(
      'According to Poland\'s prime minister, Jan Nowak, the continent "has no more time to lose".',
    );
    expect(claims(result, 'SAID')).toEqual(['Jan Nowak -> has no more time to lose']);
  });

  it('should not take a quoted name for a statement', () => {
    const result = extract('German Chancellor Karl Weber called for a "coalition of the able" to guard the pipeline.');
    expect(claims(result, 'SAID')).toEqual([]);
  });

  it('should merge the same quote reported by two outlets into one statement with two pieces of evidence', () => {
    const result = extract(
      '"We will defend every inch of our coast," Greek Prime Minister Nikos Pappas said.',
      '"We will defend every inch of the coast," Pappas said on Sunday.',
    );
    const said = result.relations.filter((relation) => relation.type === 'SAID');
    expect(said).toHaveLength(1);
    expect(said[0]!.evidence).toHaveLength(2);
    expect(result.entities.filter((entity) => entity.type === 'Statement')).toHaveLength(1);
  });
});
