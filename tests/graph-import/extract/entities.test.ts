/**
 * Entity rules: nations by every name, organisations, people, and one node per real entity.
 */
import { claims, entityNames, extract } from '../../helpers/articles.js';

describe('people named after a title', () => {
  it('should read a full name after "led by" as a person, and the surname with its particle alone later', () => {
    const result = extract(
      'The rebel side was led by Abdulqader al-Murtada. "We will not bend," al-Murtada told reporters.',
    );
    expect(entityNames(result, 'Leader')).toEqual(['Abdulqader al-Murtada']);
    expect(claims(result, 'SAID')).toEqual(['Abdulqader al-Murtada -> We will not bend']);
  });

  it('should read a name with a particle joined by a hyphen, and its surname alone without the particle', () => {
    const result = extract(
      'President Ahmed al-Sharaa told the conference roads came first. "We need roads," Sharaa said.',
    );
    expect(entityNames(result, 'Leader')).toEqual(['Ahmed al-Sharaa']);
    expect(claims(result, 'SAID')).toEqual(['Ahmed al-Sharaa -> We need roads']);
  });

  it('should read a name between commas after a title whose complement names no nation or body', () => {
    const result = extract("China's special envoy to the Pacific, Wang Jun, said the talks went well.");
    expect(entityNames(result, 'Leader')).toEqual(['Wang Jun']);
    expect(claims(result, 'HOLDS_ROLE')).toEqual(['Wang Jun -> China']);
  });

  it('should read a title with its portfolio after "for" or "of", and the name after the portfolio', () => {
    const result = extract(
      'Commissioner for Crisis Management Liesbet Vranckx arrived first. Minister of State for Africa Lord Penhallow ' +
        'followed. Minister of Foreign Affairs and Cooperation Awa Ndoye spoke. Speaker of the House Tom Garrity left.',
    );
    expect(entityNames(result, 'Leader').sort()).toEqual(['Awa Ndoye', 'Liesbet Vranckx', 'Penhallow', 'Tom Garrity']);
    const roles = Object.fromEntries(
      result.entities.map((entity) => [entity.name, (entity.properties as { role?: string }).role]),
    );
    expect(roles).toMatchObject({
      'Liesbet Vranckx': 'commissioner for crisis management',
      Penhallow: 'minister of state for africa',
      'Awa Ndoye': 'foreign minister',
      'Tom Garrity': 'speaker of the house',
    });
  });

  it('should read the body a title is of, not as its portfolio, and the full name after it', () => {
    const result = extract(
      'President of the European Commission Greta Lindqvist and a spokeswoman for the European Union, Mira Holt, spoke.',
    );
    expect(entityNames(result, 'Leader').sort()).toEqual(['Greta Lindqvist', 'Mira Holt']);
    expect(claims(result, 'HOLDS_ROLE').sort()).toEqual([
      'Greta Lindqvist -> European Commission',
      'Mira Holt -> European Union',
    ]);
  });
});

describe('people named where only a person stands', () => {
  it('should read a full name before ", who", before "\'s chief of staff" and after "accused ... of" as a person', () => {
    const result = extract(
      "Marek Zielinski's chief of staff, Ondrej Kral, said the plan would fail. The plan drew a rebuke from Anna " +
        'Kowalczyk, who accused Tomas Brenner of stalling.',
    );
    expect(entityNames(result, 'Leader').sort()).toEqual([
      'Anna Kowalczyk',
      'Marek Zielinski',
      'Ondrej Kral',
      'Tomas Brenner',
    ]);
  });

  it('should not read a body or a place that has a government as a person', () => {
    const result = extract(
      "Shares in Castellane Group, which makes ships, fell. New Arcadia's government, which is new, said nothing.",
    );
    expect(entityNames(result, 'Leader')).toEqual([]);
  });

  it('should read an honorific after the comma of a title, and a nation after an honorific name', () => {
    const result = extract(
      'The Minister for Foreign Affairs, Hon. Kofi Mensah, was present. The envoys were H.E. Mr Lars Holm of Denmark ' +
        'and H.E. Ms Awa Sarr of Senegal.',
    );
    const people = Object.fromEntries(
      result.entities
        .filter((entity) => entity.type === 'Leader')
        .map((entity) => [entity.name, (entity.properties as { nation?: string }).nation]),
    );
    expect(people).toEqual({ 'Kofi Mensah': null, 'Lars Holm': 'Denmark', 'Awa Sarr': 'Senegal' });
  });
});

describe('nations', () => {
  it('should recognise names, short forms, demonyms and seats of government as one nation', () => {
    const result = extract('The U.S. and America are one country. Washington said American forces would stay.');
    expect(entityNames(result, 'Nation')).toEqual(['United States']);
    expect(result.entities.find((entity) => entity.type === 'Nation')!.aliases).toEqual(
      expect.arrayContaining(['U.S.', 'America', 'Washington']),
    );
  });

  it('should read an executive office named by its building as an organisation of its own', () => {
    const result = extract(
      'Washington said the forces would stay, and the White House added that the Pentagon agreed.',
    );
    expect(entityNames(result, 'Nation')).toEqual(['United States']);
    expect(entityNames(result, 'Organisation')).toEqual(['White House', 'Pentagon']);
  });

  it('should read Brussels as the European Union when it acts, and keep it as the place of a summit', () => {
    const result = extract(
      'Brussels rejected the tariff plan on Monday.\n\nBelgian Prime Minister Lode Peeters opened a summit in Brussels.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['European Union -> the tariff plan']);
    expect(entityNames(result, 'Event')).toEqual(['Brussels summit']);
  });

  it('should read "the States" as the United States only after its article', () => {
    expect(entityNames(extract('She lived in the States for years.'), 'Nation')).toEqual(['United States']);
    expect(entityNames(extract('The Pacific Island States met in Suva.'), 'Nation')).toEqual([]);
  });

  it('should not take the pronoun "us" for the United States', () => {
    expect(entityNames(extract('"Give us time," the mayor said.'), 'Nation')).toEqual([]);
  });
});

describe('organisations', () => {
  it('should read a movement or militia named by a capitalised word before its noun', () => {
    const result = extract('Talks between the government and the Zarani movement began. The Kesh militia withdrew.');
    expect(entityNames(result, 'Organisation')).toEqual(['Zarani movement', 'Kesh militia']);
  });

  it('should read a body named by a head noun with its complement after "of", a nation before it included', () => {
    expect(entityNames(extract('The US Chamber of Commerce warned of job losses.'), 'Organisation')).toEqual([
      'US Chamber of Commerce',
    ]);
    expect(entityNames(extract('The Nordic Federation of Trade Unions called a strike.'), 'Organisation')).toEqual([
      'Nordic Federation of Trade Unions',
    ]);
    // A head noun alone, with no name before it, names nothing.
    expect(entityNames(extract('The chamber of deputies met. A Chamber of horrors opened.'), 'Organisation')).toEqual(
      [],
    );
  });

  it("should read a company described after a nation's possessive, or named after its description", () => {
    const result = extract(
      "He feared that Andigas, Chile's gas monopoly, would sue. The Belgian financial institution, Eurovault, holds " +
        'the assets. Chile, the host nation, said nothing.',
    );
    expect(entityNames(result, 'Organisation')).toEqual(['Andigas', 'Eurovault']);
  });

  it('should not read the name of a text as a body, though it holds a body noun', () => {
    const result = extract('They reviewed the EU-Chile Association Agreement. The Atlantic Council said nothing.');
    expect(entityNames(result, 'Organisation')).toEqual(['Atlantic Council']);
  });

  it("should read a nation's ministry named by its field, in lower case too, as that nation's own", () => {
    const result = extract(
      "Amir Qadir, spokesperson for Chile's foreign ministry, said the clause was void. The Peruvian foreign ministry " +
        'disagreed, and the health ministry stayed silent.',
    );
    expect(entityNames(result, 'Organisation')).toEqual(["Chile's Foreign Ministry", "Peru's Foreign Ministry"]);
    expect(entityNames(result, 'Nation')).toEqual(['Chile', 'Peru']);
  });

  it('should read a party named with "party" in lower case as the party, one name however it is written', () => {
    const result = extract(
      "The opposition National People's Power party criticised the deal. The National People's Power Party said more.",
    );
    expect(entityNames(result, 'Organisation')).toEqual(["National People's Power Party"]);
    expect(claims(result, 'OPPOSED')).toEqual(["National People's Power Party -> the deal"]);
    expect(entityNames(extract('A party was held in Lima.'), 'Organisation')).toEqual([]);
  });

  it('should read a body named with a nation inside it, and a body named with "and" after its article', () => {
    const result = extract(
      "The Economic Community of Central African States met. The African Union's Peace and Security Council " +
        'suspended Gabon. The Bank of England and the European Central Bank kept rates.',
    );
    expect(entityNames(result, 'Organisation').sort()).toEqual([
      'African Union',
      'Economic Community of Central African States',
      'European Central Bank',
      'Peace and Security Council',
    ]);
    expect(entityNames(result, 'Nation')).toEqual(['Gabon']);
  });

  it("should read a body's board acting as the body", () => {
    const result = extract("The International Monetary Fund's executive board approved a $3 billion loan for Peru.");
    expect(claims(result, 'PLEDGED')).toEqual(['International Monetary Fund -> Peru']);
  });

  it('should find alliances, institutions, a company named by apposition and a coalition', () => {
    const result = extract(
      'The European Commission and Nato backed the plan. The drones come from Skyforge, an Anglo-Dutch defence firm. Ministers formed a "coalition of the determined".',
    );
    expect(entityNames(result, 'Organisation').sort()).toEqual([
      'Coalition of the determined',
      'European Commission',
      'NATO',
      'Skyforge',
    ]);
  });
});

describe('people', () => {
  it('should read a monarch by title as the king named before, and the nation after a title in apposition', () => {
    const result = extract(
      'King Hamad of Jordan arrived on Monday. The Jordanian monarch rejected any attempt to move the talks. ' +
        'Ana Vega, the President of Chile, met him.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Hamad -> any attempt to move the talks']);
    expect(claims(result, 'HOLDS_ROLE')).toContain('Ana Vega -> Chile');
  });

  it('should know a name written family name first by its hyphenated given name, and the family name alone after it', () => {
    const result = extract(
      'South Korean President Han Seo-yeon met Japanese Prime Minister Mori Daichi in Busan. ' +
        'Han, who hosted the talks, said the meeting "opens a new chapter" for both countries.',
    );
    expect(entityNames(result, 'Leader')).toEqual(expect.arrayContaining(['Han Seo-yeon', 'Mori Daichi']));
    expect(entityNames(result, 'Leader')).not.toContain('Han');
    expect(claims(result, 'SAID')).toEqual(['Han Seo-yeon -> opens a new chapter']);
  });

  it('should read a first name used alone in a list with a person as the one person of the article who has it', () => {
    const result = extract(
      'The Andean summit opened in Lima on Monday. Malaysian Prime Minister Rahim Osman gave a speech. A joint ' +
        'declaration was signed by Chilean President Ana Rojas and Rahim.',
    );
    expect(entityNames(result, 'Leader')).toEqual(['Rahim Osman', 'Ana Rojas']);
    const rahim = result.entities.find((entity) => entity.name === 'Rahim Osman')!;
    const attended = result.relations.find((relation) => relation.type === 'ATTENDED' && relation.source === rahim.id)!;
    expect(attended.evidence.map((item) => item.rule)).toEqual(['attended.gave-speech', 'attended.passive']);
  });

  it('should read "Ms van der Berg" as the surname of the Anna van der Berg named before, one person', () => {
    const result = extract(
      'Anna van der Berg, the president of the Arctic Council, opened the talks. Ms van der Berg also promised that ' +
        'Chile would send 200 engineers.',
    );
    expect(entityNames(result, 'Leader')).toEqual(['Anna van der Berg']);
    expect(claims(result, 'PLEDGED')).toEqual(['Anna van der Berg -> that Chile would send 200 engineers']);
  });

  it('should drop titles and honorifics and link surnames and first names to the full name', () => {
    const result = extract(
      'Prime Minister Sir Alan Hughes arrived on Monday. Hughes said little. Later Sir Alan met reporters.',
    );
    expect(entityNames(result, 'Leader')).toEqual(['Alan Hughes']);
  });

  it('should keep name particles', () => {
    const result = extract('European Commission President Anna van der Berg said the rules were "clear".');
    expect(entityNames(result, 'Leader')).toEqual(['Anna van der Berg']);
  });

  it('should merge a one-letter slip of a surname next to the same role', () => {
    const result = extract(
      'Chilean Finance Minister Pedro Alvarado spoke first.',
      'Chilean Finance Minister Pedro Alvarodo spoke again.',
    );
    expect(entityNames(result, 'Leader')).toHaveLength(1);
    expect(result.entities.find((entity) => entity.type === 'Leader')!.aliases).toHaveLength(1);
  });

  it('should not merge two people who share a surname but not a first name', () => {
    const result = extract('US Senator Mary Collins spoke. Irish Foreign Minister Liam Collins replied.');
    expect(entityNames(result, 'Leader').sort()).toEqual(['Liam Collins', 'Mary Collins']);
  });

  it('should find a person introduced in one article when another names them bare', () => {
    const result = extract('Ghanaian President Kofi Mensah arrived.', 'The summit, including Kofi Mensah, ended late.');
    expect(entityNames(result, 'Leader')).toEqual(['Kofi Mensah']);
  });

  it('should find a person named bare in one article and introduced with a title only in a later one', () => {
    const result = extract('The summit, including Kofi Mensah, ended late.', 'Ghanaian President Kofi Mensah arrived.');
    expect(entityNames(result, 'Leader')).toEqual(['Kofi Mensah']);
    expect(claims(result, 'ATTENDED').map((line) => line.split(' -> ')[0])).toEqual(['Kofi Mensah']);
  });

  it('should keep a short paragraph that only uses a word of boilerplate, and drop the boilerplate', () => {
    const result = extract(
      'Peruvian Foreign Minister Luis Soto said the fleets would share their catch data.\nSign up for our newsletter.\nComments',
    );
    expect(entityNames(result, 'Leader')).toEqual(['Luis Soto']);
    expect(JSON.stringify(result)).not.toMatch(/newsletter|Comments/);
  });

  it('should find a full name between commas after its title, with the nation or body before the title', () => {
    const result = extract(
      "Turkey's foreign minister, Selin Aydin, spoke first. The United Nations Secretary-General, Ana Costa, urged restraint.\n\n" +
        'A spokeswoman for the European Union, Clara Voss, said the bloc would help. Its chief executive, Johan Berg, agreed.',
    );
    expect(entityNames(result, 'Leader').sort()).toEqual(['Ana Costa', 'Clara Voss', 'Johan Berg', 'Selin Aydin']);
    expect(claims(result, 'HOLDS_ROLE').sort()).toEqual([
      'Ana Costa -> United Nations',
      'Clara Voss -> European Union',
      // "Its" is the bloc named just before.
      'Johan Berg -> European Union',
      'Selin Aydin -> Türkiye',
    ]);
  });

  it('should read a ministry in a title: "China\'s foreign ministry spokesperson, X,"', () => {
    const result = extract("Peru's foreign ministry spokesperson, Lucia Paredes, said the border would stay open.");
    expect(claims(result, 'HOLDS_ROLE')).toEqual(['Lucia Paredes -> Peru']);
  });

  it('should find a full name between commas after its title at the end of a sentence', () => {
    const result = extract('The king was represented at the talks by his foreign minister, Karim Bennani.');
    expect(entityNames(result, 'Leader')).toEqual(['Karim Bennani']);
  });

  it('should read a longer name ending in "Commission" as itself, and a chairperson as a title', () => {
    const result = extract(
      'The Baltic Fisheries Commission said catches fell. The African Union chairperson, Amara Keita, said talks would go on.',
    );
    expect(entityNames(result, 'Organisation').sort()).toEqual(['African Union', 'Baltic Fisheries Commission']);
    expect(claims(result, 'HOLDS_ROLE')).toEqual(['Amara Keita -> African Union']);
  });

  it("should not take an English word among a country's other spellings for the country", () => {
    const result = extract('SUVA (Island Times) - Fijian officials said Dominique Laval would lead the mission.');
    expect(entityNames(result, 'Nation')).toEqual(['Fiji']);
  });

  it('should find a full name between commas after "ambassador to" a body, with the nation before the title', () => {
    const result = extract('The Chilean ambassador to the UN, Rosa Ibarra, told reporters the vote was close.');
    expect(entityNames(result, 'Leader')).toEqual(['Rosa Ibarra']);
    expect(claims(result, 'HOLDS_ROLE')).toEqual(['Rosa Ibarra -> Chile']);
  });

  it('should read the nation written after a titled name ("Prime Minister X of Canada") as the nation of the office', () => {
    const result = extract(
      'Prime Minister Sophie Martin of Canada hosted a meeting of foreign ministers in Ottawa on Tuesday.',
    );
    expect(claims(result, 'HOLDS_ROLE')).toEqual(['Sophie Martin -> Canada']);
    expect(claims(result, 'ATTENDED')).toEqual(['Sophie Martin -> Ottawa meeting']);
  });

  it('should not take the name of a paper after "the" for a person with the title that follows', () => {
    const result = extract(
      'Japanese Prime Minister Hiroshi Sato arrived.\n\nSpeaking to the Daily Courier, the Japanese leader said: "This is only the beginning."',
    );
    expect(entityNames(result, 'Leader')).toEqual(['Hiroshi Sato']);
    expect(claims(result, 'SAID')).toEqual(['Hiroshi Sato -> This is only the beginning']);
  });

  it('should take a word the article uses alone for a person, acting and capitalised inside sentences, for a person', () => {
    const result = extract(
      'The regional summit opened on Friday with the Valdorian leader in the front row.\n\n' +
        'Okonkwo addressed the summit at noon. Delegates applauded when Okonkwo said the region needed calm.\n\n' +
        '"We have waited long enough," Okonkwo said.',
    );
    expect(entityNames(result, 'Leader')).toEqual(['Okonkwo']);
    expect(claims(result, 'SAID')).toContain('Okonkwo -> We have waited long enough');
  });

  it("should take one word after a nation's possessive for a person when a person's verb follows, as headlines write", () => {
    const result = extract("Ghana's Okri condemns the blockade.\n\nGhana's Treasury said revenue fell.");
    expect(entityNames(result, 'Leader')).toEqual(['Okri']);
    expect(claims(result, 'OPPOSED')).toEqual(['Okri -> the blockade']);
  });

  it('should not take a place, a company or a word seen once for a person named alone', () => {
    const result = extract(
      'Talks moved to Brindlemoor on Monday. Brindlemoor said little. Officials in Brindlemoor met again.\n\n' +
        'Castellane Group announced a new plant. Analysts said Castellane Group was ready. Castellane said it would hire.\n\n' +
        'Vintry said the plan was sound.',
    );
    expect(entityNames(result, 'Leader')).toEqual([]);
  });

  it('should never extract boilerplate', () => {
    const result = extract(
      'Share Tweet\nPolish President Jan Kowal spoke.\nRead more: Nato Secretary General visits\nPrevious Post Next Post',
    );
    expect(entityNames(result, 'Leader')).toEqual(['Jan Kowal']);
    expect(entityNames(result, 'Organisation')).toEqual([]);
  });
});

describe("a nation's own institutions", () => {
  it('should keep the nation in the name of a nation’s ministry or forces, so one nation’s is not every nation’s', () => {
    const result = extract(
      'The Togolese Foreign Ministry protested on Monday. The Malian Armed Forces withdrew from the border.',
    );
    expect(entityNames(result, 'Organisation').sort()).toEqual(['Malian Armed Forces', "Togo's Foreign Ministry"]);
    expect(entityNames(result, 'Nation').sort()).toEqual(['Mali', 'Togo']);
  });
});
