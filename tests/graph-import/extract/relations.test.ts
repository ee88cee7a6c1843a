/**
 * Attendance, pledge, opposition and meeting rules, on our own sentences.
 */
import { article, claims, entityNames, extract } from '../../helpers/articles.js';

describe('attendance', () => {
  it('should read arriving at and leaving an event as having attended it', () => {
    const result = extract(
      'The Andean summit opened in Lima on Monday. Chilean President Ana Rojas left the summit early, and Bolivian President Luis Arce arrived at the summit late.',
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual(['Ana Rojas -> Lima summit', 'Luis Arce -> Lima summit']);
  });

  it('should make every country of "countries at the summit included" an attendee', () => {
    const result = extract('Countries at the summit included Chile, Peru, Colombia and the Dominican Republic.');
    expect(claims(result, 'ATTENDED').map((line) => line.split(' -> ')[0])).toEqual([
      'Chile',
      'Peru',
      'Colombia',
      'Dominican Republic',
    ]);
  });

  it('should make the people after "a summit of leaders including" attendees', () => {
    const result = extract(
      'The talks followed a summit of 12 leaders, including Mexican President Elena Ruiz, in Lima.',
    );
    expect(claims(result, 'ATTENDED').map((line) => line.split(' -> ')[0])).toEqual(['Elena Ruiz']);
  });

  it('should make a host and someone speaking after the summit attendees', () => {
    const result = extract(
      'Canadian Prime Minister Paul Leblanc hosted the summit in Ottawa. Italian Prime Minister Marco Bellini said after the summit that he was pleased.',
    );
    expect(
      claims(result, 'ATTENDED')
        .map((line) => line.split(' -> ')[0])
        .sort(),
    ).toEqual(['Marco Bellini', 'Paul Leblanc']);
  });
});

describe('the body whose meeting it is', () => {
  it('should read "a meeting of the council" as the meeting of the council named before, and no other body', () => {
    const council = extract(
      'Peru vetoed a UN Security Council resolution. Chairing a meeting of the council in New York, Foreign Minister ' +
        'Rosa Quispe called the veto a disgrace.',
    );
    expect(claims(council, 'ATTENDED').sort()).toEqual([
      'Rosa Quispe -> New York meeting',
      'UN Security Council -> New York meeting',
    ]);
    const none = extract('The World Bank pledged $1bn. Chairing a meeting of the council in Lima, Rosa Quispe spoke.');
    expect(claims(none, 'ATTENDED')).toEqual(['Rosa Quispe -> Lima meeting']);
  });
});

describe('one gathering under several names', () => {
  it('should read "the Doha meeting" as the talks the article told of in Doha', () => {
    const result = extract(
      'Regional leaders gathered in Doha for emergency talks. Speaking at the opening of the Doha meeting, Foreign ' +
        'Minister Rosa Quispe urged calm.',
    );
    expect(entityNames(result, 'Event')).toEqual(['Doha talks']);
    expect(claims(result, 'ATTENDED')).toEqual(['Rosa Quispe -> Doha talks']);
  });
});

describe('presence told in passing', () => {
  it('should read "X, who is attending as a partner," and "told reporters on the sidelines of the meeting"', () => {
    const result = extract(
      "The Andean summit opened in Lima on Tuesday. Brazil's Foreign Minister Rosa Quispe, who is attending as a " +
        'dialogue partner, announced $40 million for roads. "We have few options," President Hugo Salas told ' +
        'reporters on the sidelines of the meeting.',
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual(['Hugo Salas -> Lima summit', 'Rosa Quispe -> Lima summit']);
  });

  it('should not read a leader who sent someone in his place as present, nor anything in a dateline as acting', () => {
    const result = extract(
      "CUSCO, Peru (AP) — Leaders of Andean nations opened their annual summit in Cusco on Tuesday. Chile's President " +
        'Hugo Salas skipped the summit and sent Foreign Minister Rosa Quispe in his place.',
    );
    expect(claims(result, 'ATTENDED')).toEqual(['Rosa Quispe -> Cusco summit']);
  });

  it('should not read "who attended" where the article has no event', () => {
    expect(claims(extract('Rosa Quispe, who attended, said little.'), 'ATTENDED')).toEqual([]);
  });
});

describe('a summit as wire copy tells it', () => {
  const summit = 'Leaders of the Andean Community opened their summit in Lima on Sunday';

  it('should read the host with counterparts from nations, a stand-in, a video link and an opening speech', () => {
    const result = extract(
      `${summit}, with President Rosa Quispe hosting counterparts from Chile and Bolivia. Foreign Minister Hugo Salas ` +
        'represented President Tomas Varga, who stayed home. President Ana Rojas joined by video link. In his opening ' +
        'speech, Prime Minister Luis Vega called for unity.',
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Ana Rojas -> Lima summit',
      'Andean Community -> Lima summit',
      'Bolivia -> Lima summit',
      'Chile -> Lima summit',
      'Hugo Salas -> Lima summit',
      'Luis Vega -> Lima summit',
      'Rosa Quispe -> Lima summit',
    ]);
  });

  it('should read the nations whose leaders posed for the family photo', () => {
    const result = extract(
      `${summit}. President Rosa Quispe and the leaders of Chile and Bolivia posed for the family photo.`,
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Andean Community -> Lima summit',
      'Bolivia -> Lima summit',
      'Chile -> Lima summit',
      'Rosa Quispe -> Lima summit',
    ]);
  });

  it("should read the summit's declaration as the words of the body whose summit it is, one verb at a time", () => {
    const result = extract(
      `${summit}. The summit's final declaration condemned the strikes on Bolivia and criticised the tariffs. ` +
        'The G20 declaration rejected the quota.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Andean Community -> the strikes on Bolivia', 'G20 -> the quota']);
  });

  it('should not read "a group of emerging economies" or a phrase inside a quotation as a body', () => {
    const result = extract(
      'Leaders of the BRICS group of emerging economies met. "The world cannot be run by a club of the rich," Rosa ' +
        'Quispe said.',
    );
    expect(entityNames(result, 'Organisation')).toEqual(['BRICS']);
  });
});

describe('talks and summits as live blogs and wire copy tell them', () => {
  it('should read delegations named by their demonyms that met for talks, and a presidential aide who led one', () => {
    const result = extract(
      'Chilean and Peruvian delegations met in Geneva on Friday for their first direct talks. The Chilean delegation ' +
        "was headed by Defence Minister Ana Rojas, while Peru's team was led by presidential aide Luis Vega.",
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Ana Rojas -> Geneva talks',
      'Chile -> Geneva talks',
      'Luis Vega -> Geneva talks',
      'Peru -> Geneva talks',
    ]);
  });

  it('should read a leader who flew in or is in the city for the summit, listed among its participants or its chair', () => {
    const result = extract(
      'The Andean summit opened in Lima on Monday. President Ana Rojas flew to Lima for the summit. Among the ' +
        'participants were President Luis Vega and President Hugo Salas. Leaders including President Tomas Varga ' +
        'signed the declaration. President Rosa Quispe, the summit chair, opened proceedings. President Marta Lima ' +
        'will fly to Lima for the summit.',
    );
    expect(
      claims(result, 'ATTENDED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual(['Ana Rojas', 'Hugo Salas', 'Luis Vega', 'Rosa Quispe', 'Tomas Varga']);
  });

  it('should read a leader given a red carpet or ceremonial welcome as arrived at the event', () => {
    const result = extract(
      "The Andean summit opened in Lima on Monday. After receiving a red carpet welcome, Chile's President Ana Rojas " +
        'praised the host. Prime Minister Luis Vega was accorded a ceremonial welcome at the palace.',
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual(['Ana Rojas -> Lima summit', 'Luis Vega -> Lima summit']);
  });

  it('should not read one who did not take part in the talks, nor one who met someone, as met for them', () => {
    const result = extract(
      'Chile and Peru met in Geneva for talks. Foreign Minister Ana Rojas, who was in Geneva for a WHO meeting, did ' +
        'not take part in the talks. Later, President Luis Vega met Rosa Quispe for talks on trade.',
    );
    // She was in Geneva for the WHO's meeting, not at the talks.
    expect(claims(result, 'ATTENDED').filter((claim) => claim.startsWith('Ana Rojas'))).toEqual([
      'Ana Rojas -> WHO meeting',
    ]);
    expect(claims(result, 'ATTENDED')).not.toContain('World Health Organization -> Geneva talks');
  });

  it('should read the host who welcomed leaders and those among the last to arrive', () => {
    const result = extract(
      'The Andean summit opened in Lima on Tuesday. President Rosa Quispe has welcomed leaders to the palace. The ' +
        'Chilean president Ana Rojas and her Peruvian counterpart Luis Vega were among the last to arrive.',
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Ana Rojas -> Lima summit',
      'Luis Vega -> Lima summit',
      'Rosa Quispe -> Lima summit',
    ]);
  });
});

describe('a regional summit and a General Assembly vote', () => {
  it('should read a plural title before a list of leaders with their nations, and an address at the summit', () => {
    const result = extract(
      'The Andean summit opened in Lima on Sunday. It was attended by Presidents Ana Rojas of Chile, Luis Vega of ' +
        "Peru and Hugo Salas of Bolivia. In his address, the bloc's chairman, President Tomas Varga of Ecuador, " +
        'warned of a long crisis.',
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Ana Rojas -> Lima summit',
      'Hugo Salas -> Lima summit',
      'Luis Vega -> Lima summit',
      'Tomas Varga -> Lima summit',
    ]);
    expect(claims(result, 'HOLDS_ROLE')).toContain('Ana Rojas -> Chile');
  });

  it('should read the countries among those voting against, and a sum in a named currency or after its code', () => {
    const result = extract(
      'The assembly voted on a resolution on reefs. Chile, Peru and Fiji were among the countries voting against. ' +
        'Japan decided to extend aid of 6 million US dollars to Tonga, and Norway pledged NOK 200 million.',
    );
    expect(claims(result, 'OPPOSED').sort()).toEqual([
      'Chile -> a resolution on reefs',
      'Fiji -> a resolution on reefs',
      'Peru -> a resolution on reefs',
    ]);
    expect(claims(result, 'PLEDGED').sort()).toEqual(['Japan -> Tonga', 'Norway -> NOK 200 million']);
    const amounts = result.relations
      .filter((relation) => relation.type === 'PLEDGED')
      .map((relation) => `${relation.properties.amount} ${relation.properties.currency}`);
    expect(amounts.sort()).toEqual(['200 million NOK', '6 million USD']);
    expect(entityNames(result, 'Nation')).not.toContain('United States');
  });
});

describe('a sitting of a council told by its vote', () => {
  it('should read the council that voted as sitting, and who spoke before or after the vote or also spoke', () => {
    const result = extract(
      'The Security Council on Monday failed to adopt a draft resolution on the Andean border. Speaking after the ' +
        'vote, the representative of Chile, Ana Rojas, said her delegation was disappointed. Also speaking were the ' +
        'representatives of Peru and Bolivia.',
    );
    expect(entityNames(result, 'Event')).toEqual(['UN Security Council meeting']);
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Ana Rojas -> UN Security Council meeting',
      'Bolivia -> UN Security Council meeting',
      'Peru -> UN Security Council meeting',
      'UN Security Council -> UN Security Council meeting',
    ]);
  });

  it('should not make a sitting of a vote by a body that is no council or assembly', () => {
    const result = extract('The European Commission on Monday approved a plan for the Andean border.');
    expect(claims(result, 'ATTENDED')).toEqual([]);
  });
});

describe('readouts of governments', () => {
  it('should read a meeting with a leader named after the title of their office, and a surname that is a country', () => {
    const result = extract(
      'Prime Minister Shri Arvind Rao met the President of Chile, H.E. Mr. Tomas Varga, and the Prime Minister of ' +
        'Portugal, H.E. Mr. Luis Montenegro, in Lima.',
    );
    expect(entityNames(result, 'Leader').sort()).toEqual(['Arvind Rao', 'Luis Montenegro', 'Tomas Varga']);
    expect(claims(result, 'MET')).toContain('Arvind Rao -> Tomas Varga');
    expect(claims(result, 'HOLDS_ROLE').sort()).toEqual(['Luis Montenegro -> Portugal', 'Tomas Varga -> Chile']);
  });

  it('should read a telephone conversation as a call, and a readiness to host talks as no attendance', () => {
    const result = extract(
      "President Ana Rojas had a telephone conversation with President Luis Vega. Vega reaffirmed Ankara's " +
        'readiness to host new rounds of talks in Istanbul.',
    );
    expect(claims(result, 'MET')).toEqual(['Ana Rojas -> Luis Vega']);
    expect(claims(result, 'ATTENDED')).toEqual([]);
  });
});

describe('a ministerial meeting in a regional outlet', () => {
  it('should read a swipe at a nation, telling the summit, a dinner hosted, those among the leaders at it', () => {
    const result = extract(
      'Foreign Minister Ana Rojas took a veiled swipe at Peru, telling the Andean Community (CAN) summit that ' +
        'terrorism hurts trade. President Luis Vega hosted a dinner for the visiting heads of delegation. Premier ' +
        'Hugo Salas and Prime Minister Rosa Quispe were among the leaders at the meeting.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Ana Rojas -> Peru']);
    expect(
      claims(result, 'ATTENDED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual(['Ana Rojas', 'Andean Community', 'Hugo Salas', 'Luis Vega', 'Rosa Quispe']);
  });

  it('should read representations lodged with a nation as a protest, and a plural speaker as no inverted one', () => {
    const result = extract(
      "Chile lodged stern representations with Peru. In a joint statement, the four ministers said Bolivia's " +
        'actions were "the greatest challenge to the region".',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Chile -> Peru']);
    expect(claims(result, 'SAID')).toEqual([]);
  });

  it('should keep a summit owned by another body apart, and read a verb quoted after a nation', () => {
    const result = extract(
      'The SCO summit opened in Astana. Canada has boycotted the SAARC summit since 2016. Its spokesperson said ' +
        'Ottawa "rejects" India\'s remarks.',
    );
    expect(entityNames(result, 'Event').sort()).toEqual(['Astana summit', 'SAARC summit']);
    expect(claims(result, 'OPPOSED')).toContain("Canada -> India's remarks");
  });
});

describe('the two leaders', () => {
  it('should read "the two leaders" and "both leaders" as the two people named last', () => {
    const result = extract(
      'President Ana Rojas met Prime Minister Luis Vega in Lima. The two leaders condemned the launch by Peru. ' +
        'Bolivia closed the border, a move condemned by both leaders.',
    );
    expect(claims(result, 'OPPOSED').sort()).toEqual([
      'Ana Rojas -> Peru',
      'Ana Rojas -> a move',
      'Luis Vega -> Peru',
      'Luis Vega -> a move',
    ]);
  });

  it('should read no concern about a state of affairs as opposition, nor a willingness to do what gives nothing', () => {
    const result = extract(
      'President Ana Rojas met Prime Minister Luis Vega in Lima. Both leaders expressed concern over the situation in ' +
        'the Middle East. They agreed to coordinate their response, and Peru agreed to send 200 engineers.',
    );
    expect(claims(result, 'OPPOSED')).toEqual([]);
    expect(claims(result, 'PLEDGED')).toEqual(['Peru -> 200 engineers']);
  });
});

describe("mediators and a leader's office", () => {
  it('should read mediators of talks alongside another as taking part in them', () => {
    const result = extract(
      'Peace talks resumed in Doha. Qatar and Egypt, which have mediated the talks alongside the United States, said ' +
        'they would go on.',
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Egypt -> Doha talks',
      'Qatar -> Doha talks',
      'United States -> Doha talks',
    ]);
  });

  it('should read a leader\'s office acting for the leader, a vow to keep up pressure as no pledge, "the group"', () => {
    const result = extract(
      "Prime Minister Ari Levin's office accused Hamas of stalling and vowed to keep up military pressure. Senior " +
        'Hamas official Sami Nasser said the group would not accept any deal without a withdrawal.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Ari Levin -> Hamas', 'Hamas -> any deal without a withdrawal']);
    expect(claims(result, 'PLEDGED')).toEqual([]);
  });
});

describe('climate and trade talks as wires tell them', () => {
  it('should read a delegation named by a short name, a nation leading "other" nations, stepped-up opposition', () => {
    const result = extract(
      'The Saudi delegation objected to any mention of coal. Peru and other oil-producing nations blocked a proposal ' +
        'to phase out coal. France stepped up its opposition to a trade agreement with Mercosur.',
    );
    expect(claims(result, 'OPPOSED')).toEqual([
      'Saudi Arabia -> any mention of coal',
      'Peru -> a proposal to phase out coal',
      'France -> a trade agreement with Mercosur',
    ]);
  });

  it('should attend no summit dated next month, and read heads of bodies along with those who attended', () => {
    const result = extract(
      "Finance ministers met in Stresa on Friday. Japan's finance minister, Ken Sato, also attended the meeting, " +
        'along with the heads of the International Monetary Fund and the World Bank. President Rosa Quispe hoped to ' +
        'sign the deal at the Andean summit in Quito next month, and said Ottawa was ready to lend up to $2 billion.',
    );
    expect(claims(result, 'ATTENDED').map((claim) => claim.split(' -> ')[0])).toEqual([
      'Ken Sato',
      'International Monetary Fund',
      'World Bank',
    ]);
    expect(claims(result, 'PLEDGED')).toEqual(['Canada -> up to $2 billion']);
  });
});

describe("a body's members listed between dashes", () => {
  it('should read the members listed after "the ministers of the X group" acting in a place as at its meeting', () => {
    const result = extract(
      'The foreign ministers of the Andean group - Chile, Peru, Bolivia and Ecuador - voiced concern about the border ' +
        'in Lima on Monday. The meeting was attended by Foreign Minister Rosa Quispe.',
    );
    expect(
      claims(result, 'ATTENDED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual(['Bolivia', 'Chile', 'Ecuador', 'Peru', 'Rosa Quispe']);
  });

  it('should not read members listed with no place they acted in', () => {
    const result = extract(
      'The foreign ministers of the Andean group - Chile, Peru, Bolivia and Ecuador - voiced concern about the border.',
    );
    expect(claims(result, 'ATTENDED')).toEqual([]);
  });
});

describe('a climate conference named by its number', () => {
  it('should read "COP29" as the conference, named so, where one addresses delegates', () => {
    const result = extract(
      'Negotiators at COP29 in Baku worked through the night. An official with oil-producing group OPEC addressed ' +
        'delegates.',
    );
    expect(entityNames(result, 'Event')).toEqual(['COP29']);
    expect(claims(result, 'ATTENDED')).toEqual(['OPEC -> COP29']);
  });
});

describe("a body's summit across reports", () => {
  it('should read "attended the G7 summit" and make one summit of reports placing it in a region and in its country', () => {
    const result = extract(
      article('Leaders of the G7 opened their summit in Apulia on Thursday.', { date: '2024-06-13' }),
      article('President Ana Rojas attended the G7 summit in Italy on Thursday.', { date: '2024-06-14' }),
    );
    expect(entityNames(result, 'Event')).toEqual(['Apulia summit']);
    expect(claims(result, 'ATTENDED').sort()).toEqual(['Ana Rojas -> Apulia summit', 'G7 -> Apulia summit']);
  });
});

describe("the leaders' declaration and the next summit", () => {
  it("should read a declaration by the leaders as the words of the summit's body, and attend no next summit", () => {
    const result = extract(
      'Leaders of the Andean Community opened their summit in Lima on Thursday.\n\n"The border must stay open to ' +
        'trade and to families," a declaration by the leaders said. The matter was pushed to the next Andean summit.',
    );
    expect(claims(result, 'SAID')).toEqual(['Andean Community -> The border must stay open to trade and to families']);
    expect(claims(result, 'ATTENDED')).toEqual(['Andean Community -> Lima summit']);
  });

  it('should read "EU Council" as the European Council', () => {
    expect(entityNames(extract('Slovakia vetoed the plan at the EU Council on Thursday.'), 'Organisation')).toEqual([
      'European Council',
    ]);
  });
});

describe('a ceremony of the meeting', () => {
  it('should read those present at its signing ceremony as taking part in the meeting told before', () => {
    const result = extract(
      'Premier Lin Hao met President Rosa Quispe in Beijing. Foreign Minister Wu Bo and Trade Minister Hugo Salas ' +
        'were present at the signing ceremony.',
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Hugo Salas -> Beijing meeting',
      'Lin Hao -> Beijing meeting',
      'Rosa Quispe -> Beijing meeting',
      'Wu Bo -> Beijing meeting',
    ]);
  });

  it('should keep a scare quote inside what was criticised', () => {
    const result = extract(
      'Prime Minister Rosa Quispe criticised Chile\'s "coercive" trade measures against Peruvian farmers.',
    );
    expect(claims(result, 'OPPOSED')).toEqual([
      'Rosa Quispe -> Chile\'s "coercive" trade measures against Peruvian farmers',
    ]);
  });
});

describe('a forum', () => {
  it('should read a forum named as a body as its gathering where one speaks, pledges or opens it there', () => {
    const result = extract(
      'President Rosa Quispe spoke at the Andean Water Forum in Cusco. Prime Minister Hugo Salas opened the forum on ' +
        'Monday. At the forum, Norway pledged $40 million.',
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Hugo Salas -> Andean Water Forum',
      'Norway -> Andean Water Forum',
      'Rosa Quispe -> Andean Water Forum',
    ]);
    expect(entityNames(result, 'Organisation')).toEqual(['Andean Water Forum']);
  });

  it('should not make a gathering of a forum that only acts as a body', () => {
    const result = extract(
      'The Andean Water Forum said on Monday that President Rosa Quispe would chair it next year.',
    );
    expect(entityNames(result, 'Event')).toEqual([]);
  });
});

describe('speaking together at an event', () => {
  it('should make every country of a run that voiced concern at a meeting its attendee, and oppose nothing there', () => {
    const result = extract(
      'The foreign ministers of Chile, Peru, Bolivia and Ecuador expressed concern at the meeting in Quito on Monday.',
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Bolivia -> Quito meeting',
      'Chile -> Quito meeting',
      'Ecuador -> Quito meeting',
      'Peru -> Quito meeting',
    ]);
    expect(claims(result, 'OPPOSED')).toEqual([]);
  });

  it('should still oppose what concern is voiced at when it is no event', () => {
    expect(claims(extract('Chile expressed concern at the blockade of the port.'), 'OPPOSED')).toEqual([
      'Chile -> the blockade of the port',
    ]);
  });
});

describe('addressing a session of the event', () => {
  it("should make whoever told the opening session the event's attendee", () => {
    const result = extract(
      'The Ocean Summit opened in Suva on Monday. "The reefs cannot wait," Chilean President Ana Rojas told the ' +
        'opening session.',
    );
    expect(claims(result, 'ATTENDED')).toEqual(['Ana Rojas -> Ocean Summit']);
  });
});

describe('taking a seat at an event', () => {
  it('should make whoever took a seat between two leaders, and both of them, attendees', () => {
    const result = extract(
      'Leaders of the Andean Community gathered in Quito on Tuesday for a summit. Chilean President Ana Rojas ' +
        'arrived late and took her seat between Bolivian President Luis Arce and Peruvian President Luis Vega.',
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Ana Rojas -> Quito summit',
      'Andean Community -> Quito summit',
      'Luis Arce -> Quito summit',
      'Luis Vega -> Quito summit',
    ]);
  });
});

describe('talks', () => {
  it('should make mediators, those in whose presence a text was signed and those at its signing attendees', () => {
    const result = extract(
      'The factions agreed to a truce after talks mediated by Chile and Peru. The agreement was signed by envoy ' +
        'Omar Ruiz in the presence of Bolivian Foreign Minister Luis Arce. Ecuadorian envoy Maria Vidal, who also ' +
        'attended the signing, called it a first step.',
    );
    expect(
      claims(result, 'ATTENDED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual(['Chile', 'Luis Arce', 'Maria Vidal', 'Omar Ruiz', 'Peru']);
  });

  it('should make everyone of "held talks with A and B" met and present, and a nation represented by its minister', () => {
    const result = extract(
      'Chilean President Ana Rojas attended the Andean summit in Lima. During the summit, she held bilateral talks ' +
        'with Peruvian President Luis Vega and Bolivian President Luis Arce. Ecuador was represented by its foreign ' +
        'minister, Maria Vidal.',
    );
    expect(claims(result, 'MET').sort()).toEqual(['Ana Rojas -> Luis Arce', 'Ana Rojas -> Luis Vega']);
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Ana Rojas -> Lima summit',
      'Ecuador -> Lima summit',
      'Luis Arce -> Lima summit',
      'Luis Vega -> Lima summit',
      'Maria Vidal -> Lima summit',
    ]);
  });

  it('should make both sides of talks between them that took place attendees, not of talks still hoped for', () => {
    const result = extract(
      'Talks between Chilean negotiator Sofia Marin and her Argentine counterpart, Diego Paz, broke down on Monday.',
    );
    expect(
      claims(result, 'ATTENDED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual(['Diego Paz', 'Sofia Marin']);
    expect(
      claims(
        extract('She stressed a firm stance in case of potential negotiations between Chile and Peru.'),
        'ATTENDED',
      ),
    ).toEqual([]);
    expect(claims(extract('He warned against waiting for negotiations between Chile and Peru.'), 'ATTENDED')).toEqual(
      [],
    );
  });

  it('should give a meeting placed elsewhere than the main event an event of its own', () => {
    const result = extract(
      'Talks between Chile and Peru were held in Lima on Monday. Chilean President Ana Rojas met with Brazilian ' +
        'President Carlos Moura in Santiago on Tuesday.',
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Ana Rojas -> Santiago meeting',
      'Carlos Moura -> Santiago meeting',
      'Chile -> Lima talks',
      'Peru -> Lima talks',
    ]);
  });

  it('should make talks hosted by a country an event it attended, but not "talks with" someone', () => {
    const hosted = extract(
      'Talks on the border dispute ended in Geneva after two days of negotiations hosted by Switzerland.',
    );
    expect(claims(hosted, 'ATTENDED')).toEqual([`Switzerland -> ${entityNames(hosted, 'Event')[0]}`]);
    const bilateral = extract('Chilean President Ana Rojas opened peace talks with Peru hosted by Brazil.');
    expect(entityNames(bilateral, 'Event')).toEqual([]);
  });
});

describe('attendance without the event in the sentence', () => {
  const summit = 'Kenyan President Amani Njoroge opened a climate summit in Nairobi on Saturday.';

  it('should make the countries of "delegations from A, B and C also attended" attendees of the summit', () => {
    const result = extract(`${summit}\n\nDelegations from Fiji, Tonga and Samoa also attended.`);
    expect(
      claims(result, 'ATTENDED')
        .map((line) => line.split(' -> ')[0])
        .sort(),
    ).toEqual(['Amani Njoroge', 'Fiji', 'Samoa', 'Tonga']);
  });

  it('should make two people who met on the sidelines of a summit its attendees', () => {
    const result = extract(
      `${summit}\n\nAustralian Foreign Minister Grace Turner met Njoroge on the sidelines of the summit.`,
    );
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Amani Njoroge -> Nairobi summit',
      'Grace Turner -> Nairobi summit',
    ]);
  });

  it('should make someone who told or addressed the summit its attendee', () => {
    const result = extract(`${summit}\n\n"The sea is rising," Fijian Prime Minister Sione Vaka told the summit.`);
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Amani Njoroge -> Nairobi summit',
      'Sione Vaka -> Nairobi summit',
    ]);
  });

  it('should make those of "Among those attending were A, B and C" and an observer who also attended attendees', () => {
    const result = extract(
      'Caribbean leaders opened a summit in Bridgetown on Monday.\n\n' +
        'Among those attending were Jamaican Prime Minister Owen Clarke, Haitian President Marie Joseph and Cuban Foreign Minister Raul Vega.\n\n' +
        "Canada's trade minister, Emma Roy, also attended as an observer.",
    );
    expect(
      claims(result, 'ATTENDED')
        .map((line) => line.split(' -> ')[0])
        .sort(),
    ).toEqual(['Emma Roy', 'Marie Joseph', 'Owen Clarke', 'Raul Vega']);
  });

  it('should make the countries of "ministers from A, B and C met in X" attendees of a meeting in X', () => {
    const result = extract(
      'Interior ministers from Spain, Portugal and Morocco met in Tangier on Monday to discuss migration routes.\n\n' +
        'Algeria\'s embassy in Rabat condemned the meeting as "one-sided."',
    );
    expect(entityNames(result, 'Event')).toEqual(['Tangier meeting']);
    expect(claims(result, 'ATTENDED')).toEqual([
      'Spain -> Tangier meeting',
      'Portugal -> Tangier meeting',
      'Morocco -> Tangier meeting',
    ]);
    expect(claims(result, 'OPPOSED')).toEqual(['Algeria -> Tangier meeting']);
  });

  it('should read a bulleted report opened by a line ending in a colon, and "both attended;"', () => {
    const result = extract(
      'Here is what happened at the Pacific Islands Forum summit in Apia:\n\n' +
        '• Fijian Prime Minister Mere Tuilagi and Tongan Prime Minister Sione Vea both attended; Vea spoke first.\n' +
        '• Australia and New Zealand objected to a proposed fishing levy.',
    );
    expect(entityNames(result, 'Event')).toEqual(['Apia summit']);
    // The Forum whose summit it is takes part in it too.
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Mere Tuilagi -> Apia summit',
      'Pacific Islands Forum -> Apia summit',
      'Sione Vea -> Apia summit',
    ]);
    expect(claims(result, 'OPPOSED')).toEqual([
      'Australia -> a proposed fishing levy',
      'New Zealand -> a proposed fishing levy',
    ]);
  });

  it('should not make anyone an attendee of a summit the article never mentions', () => {
    expect(claims(extract('Fiji, Tonga and Samoa also attended.'), 'ATTENDED')).toEqual([]);
  });
});

describe('pledges', () => {
  it('should read the donor before an apposition, and matched donations, as pledges', () => {
    expect(claims(extract('Japan, the largest donor, pledged $700 million.'), 'PLEDGED')).toEqual([
      'Japan -> $700 million',
    ]);
    expect(claims(extract('Britain will match donations up to £10 million.'), 'PLEDGED')).toEqual([
      'United Kingdom -> donations up to £10 million',
    ]);
  });

  it('should leave out of what was pledged the event it was pledged at and the donors listed after it', () => {
    const result = extract(
      'Germany pledged €45 million, the Netherlands €20 million and Sweden €15 million at the Sahel Relief Conference ' +
        'in Dakar on Monday.',
    );
    expect(claims(result, 'PLEDGED').sort()).toEqual([
      'Germany -> €45 million',
      'Netherlands -> €20 million',
      'Sweden -> €15 million',
    ]);
    expect(claims(result, 'ATTENDED')).toContain('Germany -> Sahel Relief Conference');
  });

  it("should read the list after each verb of pledging, and the giver's own support as no recipient", () => {
    const result = extract(
      'Germany announced €120 million and France €60 million, while Norway pledged NOK 200 million. Ambassador Lars ' +
        "Holm pledged Denmark's support for Ghana's energy programme.",
    );
    expect(claims(result, 'PLEDGED').sort()).toEqual([
      'France -> €60 million',
      'Germany -> €120 million',
      'Lars Holm -> Ghana',
      'Norway -> NOK 200 million',
    ]);
  });

  it('should read "the kingdom" as the nation named last, and a dateline as no subject of a second verb', () => {
    const result = extract(
      'RIYADH — Leaders of the Gulf Cooperation Council met in Riyadh on Saturday and pledged $10 billion for Sudan. ' +
        "Oman's Sultan Haitham bin Tariq said the kingdom would provide $1 billion of the total, as he left.",
    );
    expect(claims(result, 'PLEDGED')).toEqual(['Gulf Cooperation Council -> Sudan', 'Oman -> $1 billion of the total']);
  });

  it('should read a body after "to the" as the recipient, donors who "each" pledged, and a sum disbursed', () => {
    const result = extract(
      'Japan will donate $5 million to the World Food Programme. Chile and South Korea each pledged $100 million. ' +
        'The EU will disburse €1 billion to Ukraine.',
    );
    expect(claims(result, 'PLEDGED')).toEqual([
      'Japan -> World Food Programme',
      'Chile -> $100 million',
      'South Korea -> $100 million',
      'European Union -> Ukraine',
    ]);
  });

  it('should read a sum received from a giver as pledged by the giver to the recipient, and a letter received as none', () => {
    const result = extract(
      'Moldova will receive $2 billion from Japan. Georgia secured a $300 million loan from the World Bank. Chile ' +
        'received a letter from Peru.',
    );
    expect(claims(result, 'PLEDGED')).toEqual(['Japan -> Moldova', 'World Bank -> Georgia']);
  });

  it('should read "the announcement X made to double ..." as X\'s pledge', () => {
    const result = extract(
      'Prime Minister Maria Lindqvist spoke in Oslo. This builds on the announcement the Prime Minister made in Riga ' +
        'to renew and expand the mission and double the battalion in the country.',
    );
    expect(claims(result, 'PLEDGED')).toEqual([
      'Maria Lindqvist -> renew and expand the mission and double the battalion in the country',
    ]);
  });

  it("should read a commitment told as its owner's noun as the owner's pledge, in a quotation too", () => {
    expect(
      claims(
        extract('The envoy praised the Chilean government’s firm commitment to reopen the border crossings.'),
        'PLEDGED',
      ),
    ).toEqual(['Chile -> reopen the border crossings']);
    expect(
      claims(
        extract('Anna Weber said: "We welcome the Peruvian authorities’ commitments to halt illegal logging."'),
        'PLEDGED',
      ),
    ).toEqual(['Peru -> halt illegal logging']);
  });

  it('should read "both countries" as the last two nations named, by name or by their leaders\' titles', () => {
    const result = extract(
      'Chilean President Ana Vega met Peruvian President Luis Soto in Lima on Monday. ' +
        'The talks confirmed both countries’ “unwavering commitment to open trade”. ' +
        'The two countries agreed to extend the ceasefire along the border.',
    );
    expect(claims(result, 'PLEDGED').sort()).toEqual([
      'Chile -> extend the ceasefire along the border',
      'Chile -> open trade',
      'Peru -> extend the ceasefire along the border',
      'Peru -> open trade',
    ]);
    // The quoted words are what the two have, not what they said.
    expect(claims(result, 'SAID')).toEqual([]);
  });

  it('should read sums put up, chipped in or unveiled in an address as pledges, and no troops put up', () => {
    const result = extract(
      'Prime Minister Anna Lund used her opening address to unveil €40 million for flood defences. ' +
        'Norway put up a further NOK 200 million. Iceland chipped in $5 million. Finland put up troops at the border.',
    );
    expect(claims(result, 'PLEDGED').map((claim) => claim.split(' -> ')[0])).toEqual([
      'Anna Lund',
      'Norway',
      'Iceland',
    ]);
  });

  it('should not read a commitment in doubt as a pledge', () => {
    expect(
      claims(extract('Analysts voiced doubts over the Bolivian government’s commitment to the truce.'), 'PLEDGED'),
    ).toEqual([]);
    expect(claims(extract('Observers questioned Uruguay’s commitment to reform.'), 'PLEDGED')).toEqual([]);
  });

  it('should read an agreement to keep or extend a ceasefire as a pledge, not one only to discuss it', () => {
    expect(
      claims(
        extract('Uruguay agreed to extend the ceasefire by thirty days. Paraguay agreed to discuss a truce.'),
        'PLEDGED',
      ),
    ).toEqual(['Uruguay -> extend the ceasefire by thirty days']);
  });

  it('should not read a denied promise, nor the giving in it, as a pledge', () => {
    expect(
      claims(
        extract(
          'Ecuador has not agreed to send troops. Peru did not pledge any aid. Bolivia has not yet pledged money.',
        ),
        'PLEDGED',
      ),
    ).toEqual([]);
  });

  it('should find a conference named after a nation where a donor pledged', () => {
    const result = extract('Norway pledged €45 million at the Ukraine Recovery Conference in London.');
    expect(claims(result, 'ATTENDED')).toEqual(['Norway -> Ukraine Recovery Conference']);
  });

  it('should read a pledge announced in a clause by its own subject, in goods as well as money', () => {
    expect(
      claims(extract('He announced that Nigeria would provide 50,000 tonnes of grain to Niger.'), 'PLEDGED'),
    ).toEqual(['Nigeria -> Niger']);
  });

  it("should read a pledge named as a noun ('X's pledge of $N', '$N from X' among pledges), a credit extended", () => {
    const pledged = (text: string) => claims(extract(text), 'PLEDGED');
    expect(pledged("The EU's pledge of €1.5 billion was the largest.")).toEqual(['European Union -> €1.5 billion']);
    expect(pledged('Pledges included $1 billion from Saudi Arabia and $500 million from Qatar.')).toEqual([
      'Saudi Arabia -> $1 billion',
      'Qatar -> $500 million',
    ]);
    expect(pledged('Imports of $5 billion from China fell.')).toEqual([]);
    expect(pledged('China said it would extend a $2 billion credit line to Pakistan.')).toEqual(['China -> Pakistan']);
    expect(pledged('China extended its stay by a day.')).toEqual([]);
  });

  it("should read a body's allies or members committing as the body", () => {
    expect(
      claims(extract('At the summit, Andean Community members committed to doubling their aid to Bolivia.'), 'PLEDGED'),
    ).toEqual(['Andean Community -> Bolivia']);
  });

  it('should read a total a pledge brings the donor to, in the sentence after it', () => {
    const result = extract(
      'Germany announced an additional €100 million for the fund. He said that brings its total to over €400 million.',
    );
    expect(claims(result, 'PLEDGED')).toEqual([
      'Germany -> an additional €100 million for the fund',
      'Germany -> €400 million',
    ]);
    expect(claims(extract('The new road brings Lima to within an hour of the coast.'), 'PLEDGED')).toEqual([]);
  });

  it('should read an offer in the progressive as a pledge', () => {
    expect(claims(extract('Chile is offering $50 million in flood relief to Ecuador.'), 'PLEDGED')).toEqual([
      'Chile -> Ecuador',
    ]);
    expect(claims(extract('Chile is offering its view on the talks.'), 'PLEDGED')).toEqual([]);
  });

  it('should read the largest donor with a sum, and a contribution raised to a sum', () => {
    const table = extract(
      'Donors met in Lima. Chile was the largest donor with $400 million, followed by Peru with $250 million.',
    );
    expect(claims(table, 'PLEDGED')).toEqual(['Chile -> $400 million', 'Peru -> $250 million']);
    expect(claims(extract('Chile said it would raise its aid to Peru to $80 million.'), 'PLEDGED')).toEqual([
      'Chile -> $80 million',
    ]);
    expect(claims(extract('Chile was the largest trading partner with a surplus.'), 'PLEDGED')).toEqual([]);
  });

  it('should end a pledge told in a relative clause at its comma', () => {
    const result = extract(
      'The Nordic Investment Bank, which has offered $25 million for demining, urged both sides to talk.',
    );
    expect(claims(result, 'PLEDGED')).toEqual(['Nordic Investment Bank -> $25 million for demining']);
  });

  it("should read a donors' table told as a race, and not a lead without a sum", () => {
    const result = extract('Donors met in Lima. Chile led with $400 million, followed by Peru with $250 million.');
    expect(claims(result, 'PLEDGED')).toEqual(['Chile -> $400 million', 'Peru -> $250 million']);
    expect(claims(extract('Chile led with a strong opening, followed by Peru with a reply.'), 'PLEDGED')).toEqual([]);
  });

  it('should read a pledge whose donor is followed by its acronym in brackets', () => {
    const result = extract('The Nordic Investment Bank (NIB) had pledged $1bn for Estonia.');
    expect(claims(result, 'PLEDGED')).toEqual(['Nordic Investment Bank -> Estonia']);
  });

  it('should not take an anaphor that names the donor again for the recipient', () => {
    const result = extract('The Nordic Investment Bank pledged $1bn to the fund.');
    expect(claims(result, 'PLEDGED')).toEqual(['Nordic Investment Bank -> $1bn to the fund']);
  });

  it('should read sending people to help as a pledge', () => {
    const result = extract('Denmark will send 50 flood engineers to Slovenia, its interior minister said.');
    expect(claims(result, 'PLEDGED')).toEqual(['Denmark -> Slovenia']);
  });

  it('should end what was pledged before a closing quotation', () => {
    const result = extract('Latvia was ready to deploy two minehunters to the gulf "within days," the minister said.');
    expect(claims(result, 'PLEDGED')).toEqual(['Latvia -> two minehunters to the gulf']);
  });

  it('should read "would commit 2 trillion won" as a pledge in won, and not read "won the vote" as money', () => {
    const result = extract(
      'Seoul would commit 3 trillion won to the port, the minister said. The ruling party won 12 seats.',
    );
    const pledges = result.relations.filter((relation) => relation.type === 'PLEDGED');
    expect(pledges.map((relation) => relation.properties?.currency)).toEqual(['KRW']);
    expect(pledges.map((relation) => relation.properties?.value)).toEqual([3e12]);
  });

  it('should read the currency of dollars written with a country prefix', () => {
    const result = extract('Australia committed A$80 million to the reef fund. Canada pledged C$25 million.');
    const currencies = result.relations
      .filter((relation) => relation.type === 'PLEDGED')
      .map((relation) => relation.properties?.currency);
    expect(currencies).toEqual(['AUD', 'CAD']);
  });

  it('should read the amount and currency of a pledge', () => {
    const result = extract('Norway has pledged £250m of winter aid to Moldova.');
    const pledge = result.relations.find((relation) => relation.type === 'PLEDGED')!;
    expect(pledge.properties).toMatchObject({ amount: '250m', currency: 'GBP', value: 250e6 });
    expect(result.entities.find((entity) => entity.id === pledge.target)?.name).toBe('Moldova');
  });

  it('should take the nation right after "give" as the recipient, and stop before a trailing attribution', () => {
    const result = extract(
      'Britain will give Ukraine £2.5bn in military aid, Defence Secretary Tom Hale announced on Tuesday.',
    );
    expect(claims(result, 'PLEDGED')).toEqual(['United Kingdom -> Ukraine']);
    const pledge = result.relations.find((relation) => relation.type === 'PLEDGED')!;
    expect(pledge.properties.what).toBe('Ukraine £2.5bn in military aid');
    expect(pledge.properties.currency).toBe('GBP');
  });

  it('should continue a pledge in the sentence that follows it', () => {
    const result = extract(
      'Japan announced $1.5bn in reconstruction loans for Ukraine. This comes on top of a $500m grant for power stations.',
    );
    const amounts = result.relations
      .filter((relation) => relation.type === 'PLEDGED')
      .map((relation) => relation.properties.amount);
    expect(amounts).toEqual(['1.5bn', '500m']);
  });

  it('should make each country of a list that signals willingness a pledger', () => {
    const result = extract('Ghana, Senegal and Nigeria have signalled willingness to send peacekeepers.');
    expect(claims(result, 'PLEDGED').map((line) => line.split(' -> ')[0])).toEqual(['Ghana', 'Senegal', 'Nigeria']);
  });

  it('should read "the company" and "the bloc" as the organisation named before', () => {
    const result = extract(
      'Helix Dynamics, a Swedish drone maker, opened a plant. The company will invest €400m over five years.\n\n' +
        'The European Union met in Riga. The bloc pledged €2bn in grants to Moldova.',
    );
    expect(claims(result, 'PLEDGED').sort()).toEqual([
      'European Union -> Moldova',
      'Helix Dynamics -> €400m over five years',
    ]);
    expect(result.entities.find((entity) => entity.name === 'Helix Dynamics')?.aliases).not.toContain('The company');
  });

  it('should not take a vow to retaliate for a pledge', () => {
    expect(claims(extract('Beijing vowed to retaliate against the new tariffs.'), 'PLEDGED')).toEqual([]);
  });

  it('should not make an announcement without support or money a pledge', () => {
    expect(claims(extract('Austria announced a review of its energy strategy.'), 'PLEDGED')).toEqual([]);
  });

  it('should attribute a sum a leader pledges to the nation they serve', () => {
    const result = extract(
      'Spanish Prime Minister Pablo Ortega pledged €2bn for reconstruction. Spain pledged €2bn for reconstruction, officials confirmed.',
    );
    const pledges = result.relations.filter((relation) => relation.type === 'PLEDGED');
    expect(pledges).toHaveLength(1);
    expect(pledges[0]!.properties.announcedBy).toBe('Pablo Ortega');
  });
});

describe('headlines', () => {
  it('should read the facts a headline line tells, but not a byline', () => {
    const result = extract(
      "Chile's Rojas condemns Peru's fishing quota\n\nChilean President Ana Rojas spoke in Santiago on Monday.",
    );
    expect(claims(result, 'OPPOSED')).toEqual(["Ana Rojas -> Peru's fishing quota"]);
    const byline = extract('By Ana Irish and Luis Vega\n\nThe talks ended on Monday without a deal.');
    expect(entityNames(byline, 'Nation')).toEqual([]);
  });
});

describe('opposition', () => {
  it('should read votes against with no object as opposing the text voted on, and abstentions as nothing', () => {
    const vote = 'The assembly adopted a resolution on fishing rights.';
    const opposed = (text: string) => claims(extract(`${vote} ${text}`), 'OPPOSED');
    expect(opposed('Chile and Peru voted no, while Cuba abstained.')).toEqual([
      'Chile -> a resolution on fishing rights',
      'Peru -> a resolution on fishing rights',
    ]);
    expect(opposed('Chile, Peru and Bolivia were among the 12 states that voted against it.')).toEqual([
      'Chile -> a resolution on fishing rights',
      'Peru -> a resolution on fishing rights',
      'Bolivia -> a resolution on fishing rights',
    ]);
    expect(opposed('Among those voting against were Chile and Peru.')).toEqual([
      'Chile -> a resolution on fishing rights',
      'Peru -> a resolution on fishing rights',
    ]);
    expect(claims(extract('The assembly adopted the text, with Chile voting against.'), 'OPPOSED')).toEqual([
      'Chile -> the text',
    ]);
    // Nothing was put to a vote: no target to oppose.
    expect(claims(extract('Chile voted no.'), 'OPPOSED')).toEqual([]);
    expect(opposed('Cuba abstained and Chile voted in favour.')).toEqual([]);
  });

  it('should read tariffs raised or slapped "of up to 25%" on a nation\'s goods as opposing that nation', () => {
    expect(
      claims(extract('Chile slapped retaliatory duties of up to 25% on Peruvian pork and cheese.'), 'OPPOSED'),
    ).toEqual(['Chile -> Peru']);
    expect(claims(extract('Washington raised its levies on Chilean copper.'), 'OPPOSED')).toEqual([
      'United States -> Chile',
    ]);
    expect(claims(extract('Chile raised its spending on schools.'), 'OPPOSED')).toEqual([]);
  });

  it('should read calling a measure unjustified as opposing it, and refusing to sign off on a text', () => {
    expect(claims(extract('Chilean envoy Ana Rojas called the quotas "unjustified and unfair".'), 'OPPOSED')).toEqual([
      'Ana Rojas -> the quotas',
    ]);
    expect(claims(extract('Chile and Peru refused to sign off on the text.'), 'OPPOSED')).toEqual([
      'Chile -> the text',
      'Peru -> the text',
    ]);
    expect(claims(extract('Chile declined to join the photo in protest at the quotas.'), 'OPPOSED')).toEqual([
      'Chile -> the photo',
    ]);
  });

  it('should read the subject of "the only member that opposed" and "among the nations that rejected"', () => {
    expect(claims(extract('Bolivia was the only member that opposed the plan.'), 'OPPOSED')).toEqual([
      'Bolivia -> the plan',
    ]);
    expect(claims(extract('Chile and Peru were among the nations that rejected the plan.'), 'OPPOSED')).toEqual([
      'Chile -> the plan',
      'Peru -> the plan',
    ]);
  });

  it('should read criticism a plan drew from actors, and opposition voiced to it', () => {
    expect(claims(extract('The plan drew sharp criticism from Chile and Peru.'), 'OPPOSED')).toEqual([
      'Chile -> The plan',
      'Peru -> The plan',
    ]);
    expect(claims(extract('The move prompted protests from students.'), 'OPPOSED')).toEqual([]);
    expect(claims(extract('Chile voiced strong opposition to the plan.'), 'OPPOSED')).toEqual(['Chile -> the plan']);
  });

  it('should read opposition in its other common forms: being against, a nominal objection, long opposing', () => {
    const opposed = (text: string) => claims(extract(text), 'OPPOSED');
    expect(opposed('Chile is against the proposal.')).toEqual(['Chile -> the proposal']);
    expect(opposed('Chile is against all odds the favourite.')).toEqual([]);
    expect(opposed("Peru's objection to the plan delayed the vote.")).toEqual(['Peru -> the plan']);
    expect(opposed('Chile has long opposed Peruvian membership of the bloc.')).toEqual([
      'Chile -> Peruvian membership of the bloc',
    ]);
    expect(opposed('Chile has withdrawn from the fishing accord.')).toEqual(['Chile -> the fishing accord']);
    expect(opposed('Chile froze talks with Peru.')).toEqual(['Chile -> Peru']);
  });

  it('should read what "they" opposed or pledged as done by each of the actors named together before', () => {
    expect(
      claims(extract('Chile and Peru signed the accord. They criticised Bolivia for staying away.'), 'OPPOSED'),
    ).toEqual(['Chile -> Bolivia', 'Peru -> Bolivia']);
    expect(claims(extract('Chile and Peru signed the accord. They pledged $50 million.'), 'PLEDGED')).toEqual([
      'Chile -> $50 million',
      'Peru -> $50 million',
    ]);
  });

  it("should not read undoing one's own measures on a condition as opposition", () => {
    expect(claims(extract('Chile would suspend the tariffs if Peru lifted its quotas.'), 'OPPOSED')).toEqual([]);
    expect(claims(extract('Chile suspended the trade agreement with Peru.'), 'OPPOSED')).toEqual([
      'Chile -> the trade agreement with Peru',
    ]);
  });

  it('should read protest through diplomats as opposing their nation, not any summons', () => {
    const opposed = (text: string) => claims(extract(text), 'OPPOSED');
    expect(opposed('Chile recalled its ambassador from Peru in protest.')).toEqual(['Chile -> Peru']);
    expect(opposed('Chile expelled two Peruvian diplomats.')).toEqual(['Chile -> Peru']);
    expect(opposed("Chile's foreign ministry summoned the Peruvian ambassador.")).toEqual([
      "Chile's Foreign Ministry -> Peru",
    ]);
    expect(opposed('Chile summoned reporters to a briefing.')).toEqual([]);
  });

  it("should read a verb quoted inside the writer's sentence, and strikes by a nation as that nation", () => {
    expect(claims(extract('Chile said it "strongly condemns" the missile tests by Peru.'), 'OPPOSED')).toEqual([
      'Chile -> Peru',
    ]);
    expect(claims(extract('"We condemn this," Chile said.'), 'OPPOSED')).toEqual([]);
  });

  it("should read a pledge a speaker named by title makes for a nation as the nation's", () => {
    expect(
      claims(extract('The Emir pledged that Qatar would contribute $5 billion to the trust fund.'), 'PLEDGED'),
    ).toEqual(['Qatar -> $5 billion to the trust fund']);
    expect(
      claims(extract('President Ana Vega promised that Chile would send troops.'), 'PLEDGED').map(
        (c) => c.split(' -> ')[0],
      ),
    ).toEqual(['Ana Vega']);
  });

  it('should read a sum confirmed and the donor that topped the list as pledges, and nothing else confirmed', () => {
    expect(
      claims(
        extract(
          'Germany topped the list with €300 million. Norway confirmed NOK 50 million. Peru confirmed troops had left.',
        ),
        'PLEDGED',
      ),
    ).toEqual(['Germany -> €300 million', 'Norway -> NOK 50 million']);
  });

  it('should read the nation, not its envoy in apposition, as the one that pledged', () => {
    expect(
      claims(
        extract('The United States, represented by Deputy Secretary of State Karen Holt, committed $180 million.'),
        'PLEDGED',
      ),
    ).toEqual(['United States -> $180 million']);
  });

  it('should read issue taken and officials sanctioned as opposition, and ships deployed or money set aside as pledges', () => {
    expect(claims(extract('Chile took issue with the proposal.'), 'OPPOSED')).toEqual(['Chile -> the proposal']);
    expect(claims(extract('The EU sanctioned five Russian banks on Monday.'), 'OPPOSED')).toEqual([
      'European Union -> Russia',
    ]);
    expect(
      claims(
        extract('Chile set aside $50 million for the fund. Peru will deploy two frigates to the mission.'),
        'PLEDGED',
      ),
    ).toEqual(['Chile -> $50 million for the fund', 'Peru -> two frigates to the mission']);
  });

  it("should not read one's own trip or visit called off as opposition", () => {
    expect(claims(extract('President Juan Mesa cancelled his trip at the last minute.'), 'OPPOSED')).toEqual([]);
    expect(claims(extract('Peru cancelled the contract with the consortium.'), 'OPPOSED')).toEqual([
      'Peru -> the contract with the consortium',
    ]);
  });

  it("should read what a nation's development bank lends as the nation's pledge", () => {
    expect(
      claims(extract("Chile's development bank said it would lend up to $2 billion for new ports."), 'PLEDGED'),
    ).toEqual(['Chile -> up to $2 billion for new ports']);
  });

  it("should read a second verb after a relative clause as its subject's", () => {
    expect(
      claims(
        extract(
          'Finland’s president, Juha Niemi, who took part by video link, backed the plan and rejected the Danish proposal.',
        ),
        'OPPOSED',
      ),
    ).toEqual(['Juha Niemi -> the Danish proposal']);
  });

  it('should read "rejected it" after a proposal named in the sentence before', () => {
    const result = extract('Chile backed a proposal for a marine reserve. Peru has rejected it.');
    expect(claims(result, 'OPPOSED')).toEqual(['Peru -> a proposal for a marine reserve']);
  });

  it('should read a walk-out with no object as opposing the event the sentence is at', () => {
    const result = extract('Trade talks opened in Reykjavik on Monday. The Danish delegation walked out on Tuesday.');
    expect(claims(result, 'OPPOSED')).toEqual(['Denmark -> Trade talks']);
    expect(claims(extract('Chile walked out of the talks.'), 'OPPOSED')).toEqual(['Chile -> the talks']);
    // With no event known there is nothing it left.
    expect(claims(extract('Chile walked out on Tuesday.'), 'OPPOSED')).toEqual([]);
  });

  it('should read a text backed by all but some as opposed by those left out', () => {
    const passive = extract(
      'A statement backed by all the Nordic leaders – except Finnish President Aarne Virtanen – was published on Friday.',
    );
    expect(claims(passive, 'OPPOSED')).toEqual(['Aarne Virtanen -> A statement']);
    const active = extract('All members except Hungary and Slovakia backed the declaration on the loan.');
    expect(claims(active, 'OPPOSED')).toEqual([
      'Hungary -> the declaration on the loan',
      'Slovakia -> the declaration on the loan',
    ]);
  });

  it('should read "cannot endorse" and "would not sign" a text as opposing it, not "cannot sign up"', () => {
    expect(claims(extract('Chile cannot endorse the declaration.'), 'OPPOSED')).toEqual(['Chile -> the declaration']);
    expect(claims(extract('Peru would not sign the accord on fishing quotas.'), 'OPPOSED')).toEqual([
      'Peru -> the accord on fishing quotas',
    ]);
    expect(claims(extract('Peru could not sign up to the plan in time.'), 'OPPOSED')).toEqual([]);
  });

  it('should record who rejected what', () => {
    const result = extract('Hungary rejected the proposed sanctions package.');
    const [opposed] = result.relations.filter((relation) => relation.type === 'OPPOSED');
    expect(opposed!.properties.what).toBe('the proposed sanctions package');
  });

  it('should resolve "the initiative" to what was proposed just before', () => {
    const result = extract(
      'Kenya and Ethiopia have proposed a three-week ceasefire along the border, although Eritrea has rebuffed the initiative.',
    );
    const [opposed] = result.relations.filter((relation) => relation.type === 'OPPOSED');
    expect(opposed!.properties.what).toContain('ceasefire');
  });

  it('should read "remains opposed to" and "expressed disapproval of"', () => {
    const result = extract(
      'China remains opposed to new export controls. Iran has expressed disapproval of any foreign naval presence.',
    );
    expect(
      claims(result, 'OPPOSED')
        .map((line) => line.split(' -> ')[0])
        .sort(),
    ).toEqual(['China', 'Iran']);
  });

  it('should read quitting talks or a deal as opposing it, with the subject before a relative clause', () => {
    const result = extract(
      'Argentina, whose president is an ally of Chile, quit the negotiations on Friday. Peru abandoned the trade pact.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Argentina -> the negotiations', 'Peru -> the trade pact']);
    expect(claims(extract('The minister quit his job on Friday.'), 'OPPOSED')).toEqual([]);
  });

  it('should read threatening a nation\'s sovereignty as opposing it, after "started" too', () => {
    const result = extract(
      'Chilean President Ana Rojas spoke on Monday. Weeks later the Chilean president started threatening ' +
        "Peru's sovereignty.",
    );
    expect(claims(result, 'OPPOSED')).toEqual(["Ana Rojas -> Peru's sovereignty"]);
  });

  it('should read threatening or vowing to veto or reject a text as opposing it, and no pledge', () => {
    const result = extract('Chile threatened to veto the resolution. Peru vowed to reject the plan.');
    expect(claims(result, 'OPPOSED')).toEqual(['Chile -> the resolution', 'Peru -> the plan']);
    expect(claims(result, 'PLEDGED')).toEqual([]);
    expect(claims(extract('Bolivia threatens to raise tariffs on steel.'), 'OPPOSED')).toEqual([]);
  });

  it('should read "said it would not accept" and "does not recognise" as opposing, the speaker being the subject', () => {
    const result = extract(
      "Peru's trade ministry said it would not accept the new quotas. Chile does not recognise the election results.",
    );
    expect(claims(result, 'OPPOSED')).toEqual([
      "Peru's Trade Ministry -> the new quotas",
      'Chile -> the election results',
    ]);
  });

  it('should find the subject after "the X bloc" and after "of which ..." between commas', () => {
    expect(
      claims(extract('The Mercosur bloc, of which Argentina is a member, condemned the tariffs.'), 'OPPOSED'),
    ).toEqual(['Mercosur -> the tariffs']);
  });

  it('should oppose the nation whose goods a tariff is put on', () => {
    expect(
      claims(extract('Chile will impose a 25% tariff on steel imports from Argentina from August.'), 'OPPOSED'),
    ).toEqual(['Chile -> Argentina']);
  });

  it('should read declining or refusing to join a text as opposing it', () => {
    expect(claims(extract('Chile declined to join the fishing moratorium.'), 'OPPOSED')).toEqual([
      'Chile -> the fishing moratorium',
    ]);
  });

  it('should read pulling out of a plan as opposing it', () => {
    expect(claims(extract('Norway pulled out of a joint ammunition plan, citing costs.'), 'OPPOSED')).toEqual([
      'Norway -> a joint ammunition plan',
    ]);
  });

  it('should read a rejection in the passive voice', () => {
    const result = extract('The fishing quota was also rejected by Norway and Iceland.');
    expect(claims(result, 'OPPOSED').sort()).toEqual(['Iceland -> The fishing quota', 'Norway -> The fishing quota']);
  });

  it('should read who voted against from a tally that names them in brackets, and no abstention as opposition', () => {
    const result = extract(
      'The Assembly adopted the resolution on reefs by 120 votes to 3 against (Peru, Chile and Fiji), with 9 ' +
        'abstentions (Samoa and Tonga).',
    );
    expect(claims(result, 'OPPOSED').sort()).toEqual([
      'Chile -> the resolution',
      'Fiji -> the resolution',
      'Peru -> the resolution',
    ]);
  });

  it('should read tariffs on a sum\'s worth of a nation\'s goods as against that nation, the clause ending at "hours after"', () => {
    const result = extract(
      'Chile on Wednesday announced retaliatory tariffs on $3 billion worth of U.S. goods, hours after Washington ' +
        'raised its duties on copper.',
    );
    expect(claims(result, 'OPPOSED').sort()).toEqual(['Chile -> United States', 'United States -> copper']);
    expect(result.relations.find((relation) => relation.type === 'OPPOSED')!.properties.what).toBe(
      '$3 billion worth of U.S. goods',
    );
  });

  it('should read regret at a decision, under any adverb, as opposition, and regret that something happened as none', () => {
    const result = extract(
      'The European Commission said it "deeply regrets" the decision by Peru. Chile regretted that the talks had failed.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['European Commission -> the decision by Peru']);
  });

  it('should read urging actors to stop what they do as opposing them, and urging them to join as none', () => {
    const opposed = (text: string) => claims(extract(text), 'OPPOSED');
    expect(opposed("Chile called on Peru and Bolivia to 'stop creating imaginary enemies'.")).toEqual([
      'Chile -> Peru',
      'Chile -> Bolivia',
    ]);
    expect(opposed('Chile urged Peru to withdraw its troops from the border.')).toEqual(['Chile -> Peru']);
    expect(opposed('Chile called on Peru to join the talks. Chile urged calm.')).toEqual([]);
  });

  it('should read an opponent of a plan, reservations, a refusal to recognise, a vow to fight as opposition', () => {
    const opposed = (text: string) => claims(extract(text), 'OPPOSED');
    expect(opposed('Chile has been a vocal opponent of the fishing plan.')).toEqual(['Chile -> the fishing plan']);
    expect(opposed('Chile expressed reservations about the fishing plan.')).toEqual(['Chile -> the fishing plan']);
    expect(opposed('Chile refused to recognise the election result.')).toEqual(['Chile -> the election result']);
    expect(opposed('Chile vowed to fight the fishing plan.')).toEqual(['Chile -> the fishing plan']);
  });

  it('should read a junta that sent an official to the meeting as taking part, and nothing in a dateline as a donor', () => {
    const result = extract(
      "The Andean meeting opened in Lima on Friday. Bolivia's junta sent a senior foreign ministry official to the " +
        'meeting.\n\nQUITO (AP) — The foreign ministers of Chile and Peru signed a pact, pledging to end the dispute.',
    );
    expect(claims(result, 'ATTENDED')).toEqual(['Bolivia -> Lima meeting']);
    expect(claims(result, 'PLEDGED').map((claim) => claim.split(' -> ')[0])).not.toContain('Ecuador');
  });

  it('should read "rejected it" as the text the sentence named, and a movement named with digits', () => {
    const result = extract(
      'Chile and Peru signed a border agreement. The M19 rebel group, which holds the hills, was not part of the ' +
        'agreement and rejected it in a statement on Saturday.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['M19 -> the agreement']);
  });

  it('should read a judgement reported ("said the deal was unacceptable") as opposition, and a neutral one as none', () => {
    const result = extract(
      'Prime Minister Ana Rojas told lawmakers the deal was "unacceptable in its current form". Chile said that ' +
        'the tariffs were unjustified. Peru said the weather was fine.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Ana Rojas -> the deal', 'Chile -> the tariffs']);
  });

  it('should read objections voiced with no object as against the agreement the sentence before named', () => {
    const result = extract(
      'Chile stepped up its opposition to a fishing agreement between Peru and Ecuador. Bolivia and Paraguay have ' +
        'also voiced objections. Uruguay has reservations about the budget.',
    );
    expect(claims(result, 'OPPOSED')).toEqual([
      'Chile -> a fishing agreement between Peru and Ecuador',
      'Bolivia -> a fishing agreement between Peru and Ecuador',
      'Paraguay -> a fishing agreement between Peru and Ecuador',
    ]);
  });

  it('should not read a denied verb as opposition, and read "would not support further aid" as opposition', () => {
    const result = extract(
      'Slovakia said it would not support further military aid to Kyiv but would not block the package. Austria ' +
        'did not oppose the plan. Malta will not veto the budget.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Slovakia -> further military aid to Kyiv']);
  });

  it('should leave out of what was opposed where and how it was said, and attend no summit still to come', () => {
    const result = extract(
      "Hungary has vowed to block the aid package at next month's summit in Brussels. Sudan rejected the " +
        'conference in a statement as interference.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Hungary -> the aid package', 'Sudan -> the conference']);
    expect(claims(result, 'ATTENDED')).toEqual([]);
  });

  it("should read sanctions on a nation's officials, diplomats expelled by a nation that responded, hitting back", () => {
    const result = extract(
      'The European Union imposed sanctions on 25 Belarusian officials. Belarus responded by expelling two Polish ' +
        'diplomats. Chile hit back at Peru.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['European Union -> Belarus', 'Belarus -> Poland', 'Chile -> Peru']);
  });

  it('should read "drew a sharp rebuke from X" as X opposing what drew it', () => {
    const result = extract("The threat drew a sharp rebuke from Poland's prime minister.");
    expect(claims(result, 'OPPOSED')).toEqual(['Poland -> The threat']);
  });

  it('should read a rejection in a participle after its noun', () => {
    const result = extract(
      'Chile said the drill was routine, a claim rejected by Peru and by the Bolivian government. The fishing quota, ' +
        'opposed by Norway, was adopted. The fishing quota imposed by Norway stays.',
    );
    expect(claims(result, 'OPPOSED').sort()).toEqual([
      'Bolivia -> a claim',
      'Norway -> The fishing quota',
      'Peru -> a claim',
    ]);
  });

  it('should oppose what the phrase is about, not a nation it names in passing', () => {
    const result = extract('Norway opposed sanctions on Iran. Chile condemned Peru for the border closure.');
    expect(claims(result, 'OPPOSED').sort()).toEqual(['Chile -> Peru', 'Norway -> sanctions on Iran']);
  });

  it('should end what was rejected where the next clause begins', () => {
    const result = extract('Hungary rejected the new quota system outright, and the Kremlin dismissed the talks.');
    expect(claims(result, 'OPPOSED')[0]).toBe('Hungary -> the new quota system');
  });

  it('should make the body in a place the opponent, not the place', () => {
    const result = extract('The Green Party in Canberra condemned the pipeline plan on Friday.');
    expect(claims(result, 'OPPOSED')).toEqual(['Green Party -> the pipeline plan']);
  });

  it('should read past an aside such as ", however," and leave out the reason for a criticism', () => {
    const result = extract(
      'Uruguay, however, condemned the tariff for hurting farmers.\n\nParaguay criticised the levy over its cost.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Uruguay -> the tariff', 'Paraguay -> the levy']);
  });

  it('should read "refused to sign it" as opposing the text signed just before, and a boycott as opposition', () => {
    const result = extract(
      'Laos and Cambodia signed a water-sharing pact on Friday. Thailand refused to endorse it.\n\n' +
        'Myanmar boycotted the ceremony in protest at the border talks.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Thailand -> water-sharing pact', 'Myanmar -> the ceremony']);
  });

  it('should oppose the event itself when that is what was dismissed, and leave out how it was characterised', () => {
    const result = extract(
      'Icelandic Prime Minister Helga Jonsdottir opened a summit in Reykjavik on Monday. Moscow dismissed the summit as "a talking shop".',
    );
    const opposed = result.relations.find((relation) => relation.type === 'OPPOSED');
    expect(result.entities.find((entity) => entity.id === opposed?.target)?.type).toBe('Event');
    expect(opposed?.properties?.what).toBe('the summit');
    // Nobody is known to have attended this one: it is no Event node, and what was opposed stays a topic.
    expect(claims(extract('Hungary boycotted the summit in Prague.'), 'OPPOSED')).toEqual([
      'Hungary -> the summit in Prague',
    ]);
  });

  it('should read "voted against" and "hit out at", with the quote of "calling it"', () => {
    const result = extract(
      'Slovakia and Austria voted against the budget.\n\n' +
        'Czech Prime Minister Jana Novotna hit out at the reform, calling it "a step backwards."',
    );
    expect(claims(result, 'OPPOSED')).toEqual([
      'Slovakia -> the budget',
      'Austria -> the budget',
      'Jana Novotna -> the reform',
    ]);
    expect(claims(result, 'SAID')).toEqual(['Jana Novotna -> a step backwards']);
  });

  it('should give a second verb after "but" or "and" the subject of the first', () => {
    const result = extract(
      "Scotland's first minister, Moira Reid, welcomed the treaty but warned against cuts to ferry links.\n\n" +
        'Estonian President Kadri Mets praised the plan, and pledged €40m for cyber defence.',
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Moira Reid -> cuts to ferry links']);
    expect(claims(result, 'PLEDGED')).toEqual(['Estonia -> €40m for cyber defence']);
    const both = extract('Serbia and Greece, however, kept their quotas and rejected the new rules.');
    expect(claims(both, 'OPPOSED')).toEqual(['Serbia -> the new rules', 'Greece -> the new rules']);
  });

  it('should read a vow to scrap a deal as opposing it, without the condition', () => {
    const result = extract(
      "Canada's opposition leader, Luc Gagnon, said he would scrap the pipeline deal if his party won power.",
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Luc Gagnon -> the pipeline deal']);
  });

  it('should not take "refused to comment" for opposition', () => {
    expect(claims(extract('Belgium refused to comment on the report.'), 'OPPOSED')).toEqual([]);
  });
});

describe('meetings and roles', () => {
  it('should record that two people named together held talks', () => {
    const result = extract(
      'German Chancellor Karl Weber arrived. Canadian Prime Minister Sophie Martin was waiting.\n\nWeber and Martin held talks in Ottawa on Wednesday.',
    );
    expect(claims(result, 'MET')).toEqual(['Karl Weber -> Sophie Martin']);
  });

  it('should give a role introduced by "its" to the organisation named just before, not to a nation', () => {
    const company = extract(
      'Borealis Shipping said on Friday it would order six icebreakers. Its managing director, Ingrid Falk, said the first would sail in 2029.',
    );
    expect(claims(company, 'HOLDS_ROLE')).toEqual(['Ingrid Falk -> Borealis Shipping']);
    const nation = extract(
      'The Arctic Council met in Tromso. Norway and its foreign minister, Lars Dahl, said the ice was retreating.',
    );
    expect(claims(nation, 'HOLDS_ROLE')).toEqual([]);
  });

  it('should read a meeting with a time between the verb and "with", and who else took part in it', () => {
    const result = extract(
      'President Alma Reyes met today with Prime Minister Jonas Eklund of Sweden in Lima. Finance Minister Rosa Quispe ' +
        'also participated in the meeting, and Trade Minister Hugo Salas took part in the talks.',
    );
    expect(claims(result, 'MET')).toEqual(['Alma Reyes -> Jonas Eklund']);
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Alma Reyes -> Lima meeting',
      'Hugo Salas -> Lima meeting',
      'Jonas Eklund -> Lima meeting',
      'Rosa Quispe -> Lima meeting',
    ]);
  });

  it('should not read a part of a summit or a meeting on a later day as meeting with someone', () => {
    const result = extract('President Alma Reyes met on Monday to discuss the budget with her cabinet in Lima.');
    expect(claims(result, 'MET')).toEqual([]);
  });

  it('should read a phone or video call as a meeting of its two sides, but no event either attended', () => {
    const result = extract(
      'President Alma Reyes and Prime Minister Jonas Eklund spoke by phone on Monday. Reyes also held a video call ' +
        'with King Faisal bin Hamad.',
    );
    expect(claims(result, 'MET').sort()).toEqual(['Alma Reyes -> Faisal bin Hamad', 'Alma Reyes -> Jonas Eklund']);
    expect(claims(result, 'ATTENDED')).toEqual([]);
  });

  it('should not read the host of a ceremony, named in the passive, as meeting whoever signed at it', () => {
    const result = extract(
      'Foreign Minister Ana Rojas signed the deal in a ceremony hosted by Secretary of State Luis Vega.',
    );
    expect(claims(result, 'MET')).toEqual([]);
  });

  it('should read a courtesy call as a meeting, and an appeal "to" someone as none', () => {
    const call = extract(
      'External Affairs Minister Lena Sorvik called on Prime Minister Hugo Salas on Wednesday evening.',
    );
    expect(claims(call, 'MET')).toEqual(['Lena Sorvik -> Hugo Salas']);
    expect(claims(call, 'HOLDS_ROLE')).toEqual([]);
    const appeal = extract(
      'Opposition leader Lena Sorvik called on Prime Minister Hugo Salas to resign. She called on President Rosa ' +
        'Quispe, Defence Minister Tom Ladd and General Ray Orr not to escalate.',
    );
    expect(claims(appeal, 'MET')).toEqual([]);
  });

  it('should not record a meeting still to come', () => {
    const result = extract(
      'Irish Taoiseach Niamh Byrne will travel to Ottawa next week for talks with Canadian Prime Minister Paul Leblanc.',
    );
    expect(claims(result, 'MET')).toEqual([]);
  });

  it('should record that two leaders met and the roles they hold', () => {
    const result = extract('Indian Prime Minister Arjun Rao met Australian Prime Minister Grace Hill in Delhi.');
    expect(claims(result, 'MET')).toEqual(['Arjun Rao -> Grace Hill']);
    expect(claims(result, 'HOLDS_ROLE').sort()).toEqual(['Arjun Rao -> India', 'Grace Hill -> Australia']);
  });
});

describe('events', () => {
  it('should name a summit the text places nowhere after the dateline it was filed under', () => {
    const result = extract(
      'QUITO, Ecuador (Wire) — Leaders of Chile and Peru closed the annual summit on Monday. Chilean President Ana ' +
        'Rojas attended the summit.',
    );
    expect(entityNames(result, 'Event')).toEqual(['Quito summit']);
  });

  it('should name a summit without a place after the body whose summit it is, not after a nation it mentions', () => {
    const result = extract(
      'Leaders of Chile and Peru flew in for the Mercosur summit on Monday. Chilean President Ana Rojas attended ' +
        'the summit, and Peru sent its foreign minister.',
    );
    expect(entityNames(result, 'Event')).toEqual(['Mercosur summit']);
  });

  it('should find the place of an event written after what it is about', () => {
    const result = extract('Chilean President Ana Rojas opened a summit on fisheries policy in Valparaiso on Monday.');
    const event = result.entities.find((entity) => entity.type === 'Event');
    expect(event?.properties?.place).toBe('Valparaiso');
    expect(event?.name).toBe('Valparaiso summit');
    expect(claims(result, 'ATTENDED')).toEqual(['Ana Rojas -> Valparaiso summit']);
  });

  it('should find the place of talks after a verb of coming together, and make "the meeting" those talks', () => {
    const result = extract(
      'Energy ministers from eleven countries convened in Lisbon on Thursday for three days of talks on grid links.\n\n' +
        'Portuguese Energy Minister Rui Matos, who opened the meeting, said the links would be built by 2030.\n\n' +
        "The European Investment Bank's managing director, Sofia Lind, also attended.",
    );
    expect(entityNames(result, 'Event')).toEqual(['Lisbon talks']);
    expect(claims(result, 'ATTENDED').sort()).toEqual(['Rui Matos -> Lisbon talks', 'Sofia Lind -> Lisbon talks']);
    expect(claims(result, 'HOLDS_ROLE').sort()).toEqual([
      'Rui Matos -> Portugal',
      'Sofia Lind -> European Investment Bank',
    ]);
  });

  it('should find the place of talks "between" parties, and make every host of "A and the B hosted" attend', () => {
    const result = extract(
      "Norway and the Vatican hosted peace talks between Colombia's rival factions in Oslo on Friday.",
    );
    expect(entityNames(result, 'Event')).toEqual(['Oslo talks']);
    expect(claims(result, 'ATTENDED').sort()).toEqual(['Norway -> Oslo talks', 'Vatican City -> Oslo talks']);
  });

  it('should place a summit "in the Ethiopian capital" in that capital, with capitalised words before the noun', () => {
    const result = extract(
      'Foreign ministers met in the Kenyan capital on Friday for the annual East African Community summit.\n\n' +
        'Ugandan President Grace Okello addressed the summit.',
    );
    expect(entityNames(result, 'Event')).toEqual(['Nairobi summit']);
    // The Community whose summit it is takes part in it too.
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'East African Community -> Nairobi summit',
      'Grace Okello -> Nairobi summit',
    ]);
  });

  it("should read the place of an event from a capitalised word before it, or a building's city after it", () => {
    const named = (text: string) => entityNames(extract(`${text} President Ana Rojas attended the summit.`), 'Event');
    expect(named('Leaders gathered for the Kananaskis summit on Monday.')).toEqual(['Kananaskis summit']);
    expect(named('The Tuesday summit ended.')).toEqual(['Summit']);
    expect(named('The summit at the Elysee Palace in Paris ended.')).toEqual(['Paris summit']);
    // A city someone went back to is not where the article's event is.
    expect(
      entityNames(
        extract('The minister headed back to Washington. The meeting was attended by President Ana Rojas.'),
        'Event',
      ),
    ).toEqual(['Meeting']);
  });

  it('should not take a month for the place of an event', () => {
    const result = extract('Chilean President Ana Rojas will host a follow-up meeting in June.');
    expect(result.entities.find((entity) => entity.type === 'Event')?.properties?.place).toBeNull();
  });

  it('should make "after the talks" of an article about a summit that summit', () => {
    const result = extract(
      'Danish Prime Minister Ida Holm attended a summit in Aarhus on Friday.\n\n' +
        'Speaking after the talks, Finnish President Mikko Lahti said the group was united.',
    );
    expect(entityNames(result, 'Event')).toEqual(['Aarhus summit']);
    expect(claims(result, 'ATTENDED').sort()).toEqual(['Ida Holm -> Aarhus summit', 'Mikko Lahti -> Aarhus summit']);
  });

  const opening = (date: string, city = 'Valparaiso') =>
    article(`Chilean President Ana Rojas opened a summit on fisheries policy in ${city} on Sunday.`, { date });
  const report = (date: string) =>
    article('Peruvian Foreign Minister Luis Soto said after the summit that the fleets would share their catch data.', {
      date,
    });
  const events = (result: ReturnType<typeof extract>) => entityNames(result, 'Event');

  it('should join "the summit" of a later report to the summit held in the days before it', () => {
    const result = extract(opening('2026-03-02'), report('2026-03-04'));
    expect(events(result)).toEqual(['Valparaiso summit']);
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Ana Rojas -> Valparaiso summit',
      'Luis Soto -> Valparaiso summit',
    ]);
  });

  it('should keep apart a report of "the summit" a month later or in a week of two summits', () => {
    expect(events(extract(opening('2026-03-02'), report('2026-04-10')))).toHaveLength(2);
    expect(events(extract(opening('2026-03-02'), opening('2026-03-03', 'Lima'), report('2026-03-04')))).toHaveLength(3);
  });

  it('should join a later report that names the summit by its city, not one that names another city', () => {
    const named = (city: string, date: string) =>
      article(`Talks after the ${city} summit\n\nPeruvian Foreign Minister Luis Soto met Ana Rojas after the summit.`, {
        date,
      });
    expect(events(extract(opening('2026-03-02', 'Quito'), named('Quito', '2026-03-04')))).toEqual(['Quito summit']);
    expect(events(extract(opening('2026-03-02', 'Quito'), named('Caracas', '2026-03-04')))).toHaveLength(2);
  });

  it('should date a summit a headline names first by the day the text then gives', () => {
    const headlined = article(
      'Pledges at the Valparaiso summit\n\nArgentina pledged $2bn for fisheries research at the summit in Valparaiso on Monday.',
      { date: '2026-03-03' },
    );
    const result = extract(opening('2026-03-02'), headlined);
    expect(events(result)).toEqual(['Valparaiso summit']);
  });

  it('should make the days of a summit reported on each day one event', () => {
    const second = article('Argentina pledged $2bn for fisheries research at the summit in Valparaiso on Monday.', {
      date: '2026-03-03',
    });
    const result = extract(opening('2026-03-02'), second);
    expect(events(result)).toEqual(['Valparaiso summit']);
    expect(result.entities.find((entity) => entity.type === 'Event')?.properties?.date).toBe('2026-03-01');
  });
});

describe('membership', () => {
  it('should read members named after their organisation, in apposition and by predicate', () => {
    expect(claims(extract('EU member states such as Malta and Cyprus objected.'), 'MEMBER_OF')).toEqual([
      'Malta -> European Union',
      'Cyprus -> European Union',
    ]);
    expect(claims(extract('Chile, a member of the WTO, filed a complaint.'), 'MEMBER_OF')).toEqual([
      'Chile -> World Trade Organization',
    ]);
    expect(claims(extract('Sweden joined NATO in 2024 after two years of talks.'), 'MEMBER_OF')).toEqual([
      'Sweden -> NATO',
    ]);
  });

  it('should claim no membership that is denied or only near an organisation', () => {
    expect(claims(extract('Norway is not a member of the European Union.'), 'MEMBER_OF')).toEqual([]);
    expect(claims(extract('The talks among NATO members stalled, and Chile left.'), 'MEMBER_OF')).toEqual([]);
    expect(claims(extract('Chile joined the summit in Lima.'), 'MEMBER_OF')).toEqual([]);
  });
});
