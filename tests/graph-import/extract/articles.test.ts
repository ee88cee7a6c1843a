/**
 * Whole articles of our own, in styles the sample articles do not use: the facts an analyst would mark by hand.
 */
import { readFileSync } from 'node:fs';
import { decodeArticle } from '../../../graph-import/read/read-article.js';
import { claims, entityNames, extract } from '../../helpers/articles.js';

/** Who attended any event of the article, in the order the relations come. */
const attendees = (result: ReturnType<typeof extract>) =>
  claims(result, 'ATTENDED').map((claim) => claim.split(' -> ')[0]!);

const fixture = (name: string, extension = 'txt') =>
  extract(decodeArticle(`${name}.${extension}`, readFileSync(`tests/fixtures/articles/${name}.${extension}`)));

describe('articles of our own', () => {
  it('should read a climate summit: a quote through a newspaper, delegations that attended, a pledge and a veto', () => {
    const result = fixture('nairobi');
    expect(entityNames(result, 'Leader')).not.toContain('Daily Nation');
    expect(claims(result, 'SAID')).toContain('Hiroshi Sato -> This is only the beginning');
    expect(claims(result, 'ATTENDED')).toEqual(
      expect.arrayContaining([
        'Fiji -> Nairobi summit',
        'Grace Turner -> Nairobi summit',
        'Amani Njoroge -> Nairobi summit',
      ]),
    );
    expect(claims(result, 'PLEDGED')).toContain('Japan -> $500 million for coastal defences in East Africa');
    expect(claims(result, 'OPPOSED')).toContain('China -> a proposal to create a new loss-and-damage fund');
  });

  it('should read ministers split over sanctions: titles between commas, a passive rejection, talks', () => {
    const result = fixture('ottawa');
    expect(claims(result, 'HOLDS_ROLE')).toEqual(
      expect.arrayContaining(['Sophie Martin -> Canada', 'Selin Aydin -> Türkiye', 'Ana Costa -> United Nations']),
    );
    expect(claims(result, 'OPPOSED')).toEqual(
      expect.arrayContaining([
        'Selin Aydin -> the sanctions plan',
        'Hungary -> The plan',
        'Norway -> sanctions on Iran',
      ]),
    );
    expect(claims(result, 'MET')).toContain('Karl Weber -> Sophie Martin');
    // "Weber and Martin held talks in Ottawa": both sides of a meeting the text states took part in it.
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Karl Weber -> Ottawa talks',
      'Sophie Martin -> Ottawa meeting',
      'Sophie Martin -> Ottawa talks',
    ]);
  });

  it('should read ceasefire talks: a spokeswoman named after her body, a pledge to a nation, the host', () => {
    const result = fixture('geneva');
    expect(claims(result, 'HOLDS_ROLE')).toContain('Clara Voss -> European Union');
    expect(claims(result, 'PLEDGED')).toEqual(['European Union -> Armenia']);
    expect(claims(result, 'OPPOSED')).toEqual(['Azerbaijan -> the draft agreement']);
    // The host and the nations that sent observers (the two sides are named only by the war the talks are about).
    expect(claims(result, 'ATTENDED').map((line) => line.split(' -> ')[0])).toEqual([
      'Switzerland',
      'Türkiye',
      'Iran',
      'Russia',
    ]);
    expect(JSON.stringify(result)).not.toMatch(/Share this article|Related stories/);
  });

  it('should read aid pledges: recipients, sums in several currencies, a list of pledgers', () => {
    const result = fixture('aid');
    expect(claims(result, 'PLEDGED')).toEqual(
      expect.arrayContaining([
        'United Kingdom -> Ukraine',
        'United States -> Ukraine',
        'World Bank -> Egypt',
        'Spain -> €100m',
        'Italy -> €100m',
        'Greece -> €100m',
      ]),
    );
    expect(claims(result, 'SAID')).toContain('Marek Zielinski -> It is a historic day');
  });

  it('should attribute every quote of a war of words, however it is attributed', () => {
    expect(claims(fixture('quotes'), 'SAID').sort()).toEqual([
      'Claire Dubois -> fragile but alive',
      'Elena Rusu -> Our farmers cannot wait',
      'Ioana Petrescu -> Nobody wants to go back',
      'Ioana Petrescu -> Ships are moving again',
      'Ioana Petrescu -> The market will adjust',
      'Nikolai Dimov -> Our ports stayed open',
      'Nikolai Dimov -> There is no alternative',
      'Nikolai Dimov -> We have kept our word',
    ]);
  });

  it('should read names written family name first, and two titled attendees named together', () => {
    const result = fixture('asean');
    expect(claims(result, 'SAID')).toEqual(['Kim Min-jun -> The region must stay open']);
    expect(
      claims(result, 'ATTENDED')
        .map((line) => line.split(' -> ')[0])
        .sort(),
    ).toEqual(['Kim Min-jun', 'Li Wei']);
    expect(claims(result, 'PLEDGED')).toEqual(['China -> Laos']);
    expect(claims(result, 'OPPOSED')).toEqual(['Tran Van Minh -> a joint statement on the South China Sea']);
  });

  it('should read a web page: the article and nothing of its navigation, byline, caption or footer', () => {
    const result = fixture('grid-link', 'html');
    expect(entityNames(result, 'Leader').sort()).toEqual(['Lars Holm', 'Mette Skov']);
    expect(claims(result, 'HOLDS_ROLE').sort()).toEqual(['Lars Holm -> Norway', 'Mette Skov -> Denmark']);
    expect(claims(result, 'SAID')).toEqual(['Lars Holm -> This cable keeps the lights on in both countries']);
    expect(claims(result, 'PLEDGED')).toEqual(['Denmark -> €800m towards the project']);
    expect(JSON.stringify(result)).not.toMatch(/Subscribe|Related stories|All rights reserved|Share on|Image caption/);
  });

  it('should read a defence summit: who told the summit, a withdrawal from a plan', () => {
    const result = fixture('defence');
    expect(claims(result, 'ATTENDED')).toEqual(['Ewa Wrona -> Warsaw summit']);
    expect(claims(result, 'OPPOSED')).toEqual(['Norway -> a joint ammunition plan']);
    expect(entityNames(result, 'Leader')).toContain('Johan Berg');
    // The company's sum, and its agreement to build, told past its description between commas.
    expect(claims(result, 'PLEDGED')).toEqual([
      'Helix Dynamics -> build a factory near Gdansk',
      'Helix Dynamics -> €400m over five years',
    ]);
    expect(claims(result, 'HOLDS_ROLE')).toContain('Johan Berg -> Helix Dynamics');
  });

  it('should read finance talks: their place before them, "the meeting" as those talks, an officer of a body', () => {
    const result = fixture('g7-finance');
    expect(entityNames(result, 'Event')).toEqual(['Ottawa talks']);
    expect(claims(result, 'ATTENDED').sort()).toEqual(
      [
        'Claire Beaumont -> Ottawa talks',
        'Elena Marquez -> Ottawa talks',
        // "Finance ministers from the Group of Seven gathered in Ottawa".
        'G7 -> Ottawa talks',
        'Haruto Sato -> Ottawa talks',
        // "Beaumont later met Albrecht on the sidelines": both were there.
        'Jonas Albrecht -> Ottawa talks',
      ].sort(),
    );
    expect(claims(result, 'HOLDS_ROLE')).toContain('Elena Marquez -> International Monetary Fund');
    // "declined to back a joint statement": refusing to endorse a text opposes it.
    expect(claims(result, 'OPPOSED').sort()).toEqual([
      'Haruto Sato -> a joint statement',
      'Italy -> the proposed levy on imported aluminium',
    ]);
    expect(claims(result, 'MET')).toEqual(['Claire Beaumont -> Jonas Albrecht']);
  });

  it('should read a donor conference: a speaker named by age, the event opposed, a seat of government pledging', () => {
    const result = fixture('donor-conference');
    expect(claims(result, 'SAID')).toContain('Irina Rusu -> Today Moldova is not alone');
    // "Rusu later met Romanian President Dan Popa": a meeting stated is attendance for both.
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Dan Popa -> Chisinau conference',
      'Irina Rusu -> Chisinau conference',
    ]);
    expect(claims(result, 'OPPOSED')).toEqual(['Russia -> Chisinau conference']);
    expect(claims(result, 'PLEDGED')).toEqual(
      expect.arrayContaining([
        'European Union -> 600 million euros over three years',
        'United States -> $135 million in energy aid',
      ]),
    );
  });

  it('should read a regional summit: "Among those attending were", an observer, dollars of two countries, an aside', () => {
    const result = fixture('pacific-summit');
    expect(entityNames(result, 'Nation')).not.toContain('Iceland');
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Joel Tari -> Suva summit',
      'Lagi Tuala -> Suva summit',
      'Qian Bo -> Suva summit',
      'Taufa IV -> Suva summit',
    ]);
    const currencies = result.relations
      .filter((relation) => relation.type === 'PLEDGED')
      .map((relation) => relation.properties?.currency);
    expect(currencies.sort()).toEqual(['AUD', 'NZD']);
    expect(claims(result, 'OPPOSED')).toContain('Solomon Islands -> the plan');
  });

  it('should read a summit report: a body gathering, a seat between leaders, a ministry refusing, a donor list', () => {
    const result = fixture('quito-summit');
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Ana Rojas -> Quito summit',
      'Andean Community -> Quito summit',
      'Luis Arce -> Quito summit',
      'Maria Vidal -> Quito summit',
    ]);
    expect(claims(result, 'OPPOSED')).toEqual(["Peru's Trade Ministry -> the new quotas"]);
    expect(claims(result, 'PLEDGED')).toEqual(
      expect.arrayContaining(['World Bank -> $300 million for regional roads']),
    );
    expect(entityNames(result, 'Organisation')).toEqual(expect.arrayContaining(['Andes Freight']));
  });

  it("should read a donor conference: co-hosts, opening remarks, a donors' race, the dateline naming the event", () => {
    const result = fixture('bolivia-donors');
    expect(entityNames(result, 'Event')).toEqual(['Geneva conference']);
    expect(claims(result, 'ATTENDED')).toEqual(
      expect.arrayContaining([
        'Switzerland -> Geneva conference',
        'Inter-American Development Bank -> Geneva conference',
        'Jonas Keller -> Geneva conference',
      ]),
    );
    expect(claims(result, 'PLEDGED')).toEqual(
      expect.arrayContaining(['Germany -> 400 million euros', 'Japan -> $250 million']),
    );
    expect(claims(result, 'ATTENDED').join()).not.toContain('Argentina');
  });

  it('should read a Security Council vote: a veto cast against the draft, an accusation, quotes', () => {
    const result = fixture('sahel-veto');
    expect(claims(result, 'OPPOSED')).toEqual(
      expect.arrayContaining(['China -> A draft resolution', 'Wang Tao -> France', 'Mali -> the resolution']),
    );
    expect(claims(result, 'SAID')).toContain('Linda Grant -> a shameful decision');
  });

  it('should read a trade dispute: a tariff on a nation, talks that broke down, a meeting elsewhere', () => {
    const result = fixture('steel-tariffs');
    expect(claims(result, 'OPPOSED')).toEqual(['Chile -> Argentina', 'Mercosur -> the tariffs']);
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Ana Rojas -> Santiago meeting',
      'Carlos Moura -> Santiago meeting',
      'Diego Paz -> Buenos Aires talks',
      'Sofia Marin -> Buenos Aires talks',
    ]);
  });

  it('should read a government release: talks with two leaders, a nation represented by its minister', () => {
    const result = fixture('nordic-baltic-release');
    expect(claims(result, 'MET')).toEqual(['Erik Holm -> Inga Ozola', 'Erik Holm -> Tomas Kairys']);
    expect(claims(result, 'ATTENDED')).toEqual(
      expect.arrayContaining(['Estonia -> Riga summit', 'Kaja Tamm -> Riga summit', 'Tomas Kairys -> Riga summit']),
    );
  });

  it('should read a domestic story: quotes told, added, "quoted as saying", after a colon and in a statement', () => {
    const result = fixture('peru-austerity');
    expect(claims(result, 'SAID')).toEqual([
      'Luis Vega -> We cannot spend money we do not have',
      'Luis Vega -> painful but necessary',
      'Carmen Soto -> hurt the poorest first',
      'Raul Ortiz -> The numbers leave us no choice',
      'International Monetary Fund -> puts public finances on a sustainable path',
    ]);
    expect(claims(result, 'ATTENDED')).toEqual([]);
  });

  it('should read a mediation: mediators, signatories, those present and one joining by video', () => {
    const result = fixture('jeddah-truce');
    expect(
      claims(result, 'ATTENDED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual([
      'Adam Khalil',
      'Egypt',
      'Faisal Salman',
      'Omar Bashir',
      // A side that agreed to the truce after the talks.
      'Rapid Support Forces',
      'Saudi Arabia',
      'Tom Perry',
      'United States',
    ]);
  });

  it('should read a live blog: bullets, timestamps, refusals to sign or join, pledges in several currencies', () => {
    const result = fixture('ocean-live');
    expect(claims(result, 'PLEDGED')).toEqual([
      'Australia -> A$1.2 billion over five years',
      'New Zealand -> NZ$300 million',
      'Canada -> C$150 million',
    ]);
    expect(
      claims(result, 'OPPOSED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual(['Japan', 'Norway']);
  });

  it("should read a ministers' meeting: one meeting however it is called, a boycott of it, no body in a quotation", () => {
    const result = fixture('arctic-code');
    expect(entityNames(result, 'Event')).toEqual(['Tromso meeting']);
    expect(claims(result, 'OPPOSED')).toEqual(['Russia -> Tromso meeting']);
    // The body whose member states' ministers met, and who chaired.
    expect(claims(result, 'ATTENDED')).toEqual(['Arctic Council -> Tromso meeting', 'Ingrid Dahl -> Tromso meeting']);
    expect(claims(result, 'SAID')).toContain('Russia -> a club of the West');
    expect(entityNames(result, 'Organisation')).toEqual(['Arctic Council']);
  });

  it('should read a state visit: a counterpart received, ministers who accompanied, a pledge and a critic', () => {
    const result = fixture('state-visit');
    expect(claims(result, 'MET')).toEqual(['Chanda Mwale -> Kagiso Sebina']);
    expect(
      claims(result, 'ATTENDED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual(['Chanda Mwale', 'Kagiso Sebina', 'Lesego Dikgang', 'Neo Ramotswe']);
    expect(claims(result, 'PLEDGED')).toEqual(['Botswana -> 40 million dollars to the project']);
    expect(claims(result, 'OPPOSED')).toEqual(['Mutinta Banda -> the deal']);
  });

  it('should read a General Assembly vote: the states among those that voted no oppose the resolution', () => {
    const result = fixture('un-vote');
    expect(claims(result, 'OPPOSED')).toEqual([
      'Rwanda -> a resolution',
      'Belarus -> a resolution',
      'Nicaragua -> a resolution',
      'Russia -> a similar measure in the Security Council',
    ]);
    // Abstaining is neither.
    expect(claims(result, 'OPPOSED').some((claim) => /^(?:India|Brazil)\b/.test(claim))).toBe(false);
    expect(claims(result, 'PLEDGED')).toEqual(['France -> 10 million euros in humanitarian aid to the region']);
  });

  it('should read peace talks: an envoy sent, a delegation that walked out, a clause after "with" left out', () => {
    const result = fixture('istanbul-talks');
    expect(claims(result, 'ATTENDED')).toEqual(
      expect.arrayContaining(['Aram Petrosyan -> Istanbul talks', 'Rauf Mammadli -> Istanbul talks']),
    );
    expect(claims(result, 'ATTENDED').some((claim) => claim.startsWith('Russia'))).toBe(false);
    expect(claims(result, 'OPPOSED')).toEqual([
      'Azerbaijan -> Istanbul talks',
      'Rauf Mammadli -> the map',
      'Russia -> its exclusion from the process',
    ]);
    expect(claims(result, 'PLEDGED')).toEqual(['European Union -> 25 million euros for demining']);
  });

  it('should read a donor conference told as a table: the largest donor, who followed, a contribution doubled', () => {
    const result = fixture('syria-donors');
    expect(claims(result, 'PLEDGED')).toEqual(
      expect.arrayContaining([
        'Germany -> 800 million euros',
        'United Kingdom -> 450 million pounds',
        'Japan -> a further $120 million',
        'Canada -> C$200 million',
      ]),
    );
    expect(claims(result, 'OPPOSED')).toEqual(['Iran -> Brussels conference']);
  });

  it('should read a tariff war in wire copy: retaliatory duties "of up to 25%", levies raised, a measure called unjustified', () => {
    const result = fixture('tariff-wire');
    expect(claims(result, 'OPPOSED')).toEqual(
      expect.arrayContaining([
        'Mexico -> United States',
        'United States -> Mexico',
        'Mark Ellison -> the Mexican measures',
      ]),
    );
    expect(entityNames(result, 'Organisation')).toContain('US Chamber of Commerce');
    expect(claims(result, 'MET')).toEqual(['Claire Dubois -> Laura Ibarra']);
  });

  it('should read a live blog of a forum: arrivals, an envoy named after "to the Pacific", a proposal rejected as "it"', () => {
    const result = fixture('pacific-live');
    expect(entityNames(result, 'Event')).toEqual(['Apia meeting']);
    expect(
      claims(result, 'ATTENDED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual(['Fiamē Tuilaepa', 'Helen Norgate', 'James Whitlam', 'Wang Jun']);
    expect(claims(result, 'OPPOSED')).toEqual([
      'Ratu Semi Vosa -> the family photo',
      'Papua New Guinea -> a proposal for a regional nuclear-free shipping zone',
    ]);
    expect(claims(result, 'MET')).toEqual(['Wang Jun -> Fiamē Tuilaepa']);
  });

  it('should read a summit in a broadsheet: refusing to sign off on a text, told reporters at the end, chaired a session', () => {
    const result = fixture('eu-broadsheet');
    expect(claims(result, 'OPPOSED')).toEqual(['Poland -> the text', 'Hungary -> the text']);
    expect(claims(result, 'ATTENDED')).toEqual(['Tomasz Wrobel -> Brussels summit', 'Giulia Ferri -> Brussels summit']);
    expect(claims(result, 'SAID')).toEqual(
      expect.arrayContaining([
        'Gabor Nemeth -> an invitation to chaos',
        'Friedrich Albers -> We have lost a night, not the argument',
      ]),
    );
  });

  it("should read defence ministers' talks: the host, one speaking on his way out, a quote continued, a joint pledge", () => {
    const result = fixture('defence-ministers');
    expect(claims(result, 'ATTENDED')).toEqual(['Rasa Petraitis -> Vilnius talks', 'Zoltan Farkas -> Vilnius talks']);
    expect(claims(result, 'SAID')).toEqual(
      expect.arrayContaining([
        'Rasa Petraitis -> Every capital has to put money on the table',
        "Zoltan Farkas -> pay for someone else's shopping list",
      ]),
    );
    expect(claims(result, 'PLEDGED').map((claim) => claim.split(' -> ')[0])).toEqual([
      'Germany',
      'Poland',
      'Netherlands',
    ]);
    // "meet again in Brussels": a city named only as a place is no actor.
    expect(entityNames(result, 'Organisation')).toEqual([]);
  });

  it('should read a State House release: a delegation received, who led it, who joined the President, what was pledged', () => {
    const result = fixture('ecowas-release');
    expect(entityNames(result, 'Event')).toEqual(['Abuja meeting']);
    expect(
      claims(result, 'ATTENDED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual(['Abdoulaye Traore', 'Bola Adeyemi', 'Burkina Faso', 'Grace Okonkwo', 'Mali', 'Musa Bello', 'Niger']);
    // Grain, and "Nigeria's commitment to a peaceful transition" the President assured the envoys of.
    expect(claims(result, 'PLEDGED').map((claim) => claim.split(' -> ')[0])).toEqual(['Nigeria', 'Nigeria']);
    expect(claims(result, 'PLEDGED')).toContain('Nigeria -> a peaceful transition');
    // "the Minister of Foreign Affairs": a title, not a person called "Foreign Affairs".
    expect(entityNames(result, 'Leader')).not.toContain('Foreign Affairs');
  });

  it('should read a regional summit: leaders who attended in person or joined virtually, a body whose heads acted there', () => {
    const result = fixture('eac-summit');
    expect(
      claims(result, 'ATTENDED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual([
      'Daniel Kipchumba',
      'East African Community',
      'Evariste Ndayishimiye',
      'Neema Mollel',
      'Olivier Nsengimana',
      'Rwanda',
      'Salva Deng',
      'Yoweri Okello',
    ]);
    // The president who pulled out did not attend.
    expect(claims(result, 'ATTENDED').some((claim) => claim.startsWith('Paul Kagabo'))).toBe(false);
    expect(claims(result, 'PLEDGED')).toEqual(['Kenya -> 1,000 troops to the force', 'Uganda -> logistics support']);
  });

  it('should read mediated talks in a Gulf outlet: a colon dateline, both sides, who headed and led them, a movement', () => {
    const result = fixture('gulf-talks');
    expect(entityNames(result, 'Event')).toEqual(['Muscat talks']);
    expect(
      claims(result, 'ATTENDED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual([
      'Abdulqader al-Murtada',
      'Hans Lindqvist',
      'Houthi movement',
      'International Committee of the Red Cross',
      'Mustafa Noman',
      'Sayyid Badr Al-Harthi',
      'Yemen',
    ]);
    expect(claims(result, 'SAID')).toContain(
      'Abdulqader al-Murtada -> We will not accept a deal that leaves any of our people behind',
    );
  });

  it('should read a climate live blog: headline bullets, a bloc walking out, a name ending in a nation-like word', () => {
    const result = fixture('climate-live');
    expect(entityNames(result, 'Organisation')).toEqual(['Alliance of Small Island States']);
    // "Small Island States" is no United States.
    expect(entityNames(result, 'Nation')).not.toContain('United States');
    expect(claims(result, 'OPPOSED').map((claim) => claim.split(' -> ')[0])).toEqual([
      'Saudi Arabia',
      'Saudi Arabia',
      'Alliance of Small Island States',
    ]);
    expect(claims(result, 'OPPOSED')).toContain('Saudi Arabia -> language on a phase-out');
    expect(claims(result, 'SAID')).toContain('Sione Taufa -> We came here to survive, not to be ignored');
    expect(claims(result, 'PLEDGED')).toContain('Germany -> 500 million euros to a new fund for adaptation');
  });

  it('should read talks reported from a capital: sides that agreed after talks, a briefing held elsewhere its own event', () => {
    const result = fixture('south-asia');
    expect(entityNames(result, 'Event').sort()).toEqual(['Doha talks', 'Islamabad briefing']);
    expect(
      claims(result, 'ATTENDED')
        .filter((claim) => claim.endsWith('Doha talks'))
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual([
      'Afghanistan',
      'Khawaja Asadullah',
      'Mullah Yaqub Omari',
      'Pakistan',
      'Qatar',
      'Tamim bin Hamad Al Thani',
      'Türkiye',
    ]);
    expect(claims(result, 'ATTENDED')).toContain('Shafqat Ali Khan -> Islamabad briefing');
    expect(claims(result, 'PLEDGED')).toContain(
      'Pakistan -> $10 million to rebuild markets on both sides of the crossing',
    );
  });

  it('should read a trade retaliation: tariffs on a nation, a move dismissed, and no opposition in a conditional offer', () => {
    const result = fixture('eu-tariffs');
    expect(claims(result, 'OPPOSED')).toEqual(['European Union -> United States', 'White House -> the move']);
    expect(claims(result, 'SAID')).toContain('Anna Lindqvist -> We did not want this, but we will defend our workers');
  });

  it('should read a state news agency readout: a meeting, a grant pledged to the visitor, ministers at the signing', () => {
    const result = fixture('state-readout');
    expect(claims(result, 'MET')).toEqual(['Zhou Hanwen -> Neema Mwakyusa', 'Neema Mwakyusa -> Han Deming']);
    expect(attendees(result)).toEqual(
      expect.arrayContaining(['Zhou Hanwen', 'Neema Mwakyusa', 'Liang Qiwen', 'Juma Kassim', 'Han Deming']),
    );
    expect(claims(result, 'PLEDGED')).toEqual(['China -> Tanzania']);
    expect(claims(result, 'OPPOSED')).toEqual([
      "Neema Mwakyusa -> any form of interference in China's internal affairs",
    ]);
  });

  it('should read a White House readout: "met today with", who else participated, a title with its portfolio', () => {
    const result = fixture('white-house-readout');
    expect(claims(result, 'MET')).toEqual(['Ellen Marsh -> Lars Brekke', 'Lars Brekke -> Tom Harlan']);
    expect(attendees(result)).toEqual(
      expect.arrayContaining(['Ellen Marsh', 'Lars Brekke', 'Daniel Okoye', 'Rachel Lindgren']),
    );
    expect(entityNames(result, 'Leader')).toContain('Tom Harlan');
    expect(claims(result, 'PLEDGED')).toEqual(['Norway -> Ukraine']);
  });

  it("should read UN meetings coverage: the council's sitting told by its vote, a tally, who spoke after the vote", () => {
    const result = fixture('council-veto');
    expect(claims(result, 'OPPOSED')).toEqual(['China -> The draft', 'Claire Dumas -> the veto']);
    expect(attendees(result)).toEqual(['UN Security Council', 'Helen Carver', 'Japan', 'Brazil', 'Ghana']);
    expect(claims(result, 'SAID')).toHaveLength(2);
  });

  it('should read a Commission release: a forum, its co-hosts, titles with portfolios, pledges in an elided list', () => {
    const result = fixture('sahel-forum');
    expect(entityNames(result, 'Leader')).toEqual(expect.arrayContaining(['Katrien Peeters', 'Tom Fletcher']));
    expect(attendees(result)).toEqual(
      expect.arrayContaining([
        'Katrien Peeters',
        'Senegal',
        'United Nations',
        'Germany',
        'Tom Fletcher',
        'Aminata Diallo',
      ]),
    );
    expect(claims(result, 'PLEDGED')).toEqual(
      expect.arrayContaining(['Germany -> €45 million', 'Netherlands -> €20 million', 'Sweden -> €15 million']),
    );
  });

  it("should read retaliatory tariffs on a sum's worth of a nation's goods, and regret at a decision", () => {
    const result = fixture('tariff-retaliation');
    expect(claims(result, 'OPPOSED')).toEqual([
      'Canada -> United States',
      'United States -> Canada',
      'Mexico -> the U.S. measures',
      'European Commission -> the U.S. decision',
    ]);
    expect(claims(result, 'MET')).toEqual([]);
  });

  it('should read an islands summit in wire copy: a partner attending, an envoy arriving in the capital, a stand-in', () => {
    const result = fixture('islands-summit');
    expect(attendees(result)).toEqual([
      'Isireli Vakaloloma',
      'Aroha Deireragea',
      'Penelope Wright',
      'Qian Bo',
      'Winston Peters',
    ]);
    expect(claims(result, 'PLEDGED')).toHaveLength(1);
    expect(claims(result, 'PLEDGED')[0]).toMatch(/^Australia -> 150 million Australian dollars/);
  });

  it('should read direct talks: delegations by their demonyms, who headed each, one who did not take part', () => {
    const result = fixture('direct-talks');
    expect(
      claims(result, 'ATTENDED')
        .filter((claim) => claim.endsWith('-> Istanbul talks'))
        .sort(),
    ).toEqual([
      'Hakan Fidan -> Istanbul talks',
      'Russia -> Istanbul talks',
      'Rustem Umerov -> Istanbul talks',
      'Ukraine -> Istanbul talks',
      'Vladimir Medinsky -> Istanbul talks',
    ]);
  });

  it('should read a General Assembly vote: the countries among those voting against what the vote demanded', () => {
    const result = fixture('assembly-ceasefire');
    expect(claims(result, 'OPPOSED')).toEqual([
      'United States -> to demand an immediate and unconditional ceasefire in Gaza',
      'Israel -> to demand an immediate and unconditional ceasefire in Gaza',
      'Argentina -> to demand an immediate and unconditional ceasefire in Gaza',
      'Hungary -> to demand an immediate and unconditional ceasefire in Gaza',
      'Papua New Guinea -> to demand an immediate and unconditional ceasefire in Gaza',
      'Danny Danon -> the resolution',
    ]);
    expect(attendees(result)).toEqual(['UN General Assembly', 'Samuel Žbogar']);
  });

  it("should read a regional summit: presidents listed with their nations, the chairman's address, absent members", () => {
    const result = fixture('west-africa-summit');
    expect(attendees(result)).toEqual([
      'Economic Community of West African States',
      'John Mahama',
      'Bassirou Diomaye Faye',
      'Joseph Boakai',
      'Bola Tinubu',
    ]);
    expect(claims(result, 'OPPOSED')).toEqual(['Mamadi Doumbouya -> the decision']);
  });

  it('should read a summit of leaders: a host with counterparts, stand-ins, a video link, the family photo, the declaration', () => {
    const result = fixture('emerging-summit');
    expect(attendees(result).sort()).toEqual([
      'Abiy Ahmed',
      'BRICS',
      'China',
      'Egypt',
      'Ethiopia',
      'India',
      'Indonesia',
      'Li Hongwei',
      'Marcos Tavares',
      'Narendra Modi',
      'South Africa',
      'Thabo Ndlovu',
      'United Arab Emirates',
      'Vladimir Putin',
    ]);
    expect(claims(result, 'OPPOSED')).toEqual(['BRICS -> the strikes on Iran']);
    expect(entityNames(result, 'Organisation')).not.toContain('Club of the rich');
  });

  it('should read a summit in wire copy: arrivals, leaders on hand, a stand-in, two speakers in one sentence, sums put up', () => {
    const result = fixture('commonwealth-summit');
    expect(attendees(result).sort()).toEqual([
      'Arun Mehta',
      'Commonwealth',
      'Daniel Ashworth',
      'Helen Briggs',
      'India',
      'Justin Marchand',
      'Kofi Owusu',
      'Tom Whitlock',
      'Tuilagi Fiame',
    ]);
    // Who skipped the gathering did not attend it.
    expect(attendees(result)).not.toContain('Sipho Ndlovu');
    // '... said the question "...", while X accused Britain of "..."': each quotation is its own speaker's.
    expect(claims(result, 'SAID').filter((claim) => !claim.startsWith('Daniel Ashworth'))).toEqual([
      'Grace Alleyne -> will not go away simply because London wishes it would',
      'Kamala Reid -> running away from history',
    ]);
    expect(claims(result, 'PLEDGED').map((claim) => claim.split(' -> ')[0])).toEqual([
      'Daniel Ashworth',
      'Australia',
      'New Zealand',
    ]);
    expect(claims(result, 'OPPOSED')).toEqual(['Kamala Reid -> United Kingdom', "Kofi Owusu -> Britain's position"]);
  });

  it('should read a trilateral summit in an agency style: names family name first, leaders holding the summit', () => {
    const result = fixture('trilateral-summit');
    expect(claims(result, 'ATTENDED').sort()).toEqual([
      'Park Min-jun -> Seoul meeting',
      'Park Min-jun -> Seoul summit',
      'Sato Kenji -> Seoul summit',
      'Wang Lihua -> Seoul meeting',
      'Wang Lihua -> Seoul summit',
    ]);
    expect(claims(result, 'SAID').map((claim) => claim.split(' -> ')[0])).toContain('Park Min-jun');
    expect(claims(result, 'OPPOSED')).toContain('North Korea -> Seoul summit');
    expect(entityNames(result, 'Leader').sort()).toEqual(['Park Min-jun', 'Sato Kenji', 'Wang Lihua']);
  });

  it('should read a regional summit in a Latin American outlet: the host named in passing, a working breakfast, a trip called off', () => {
    const result = fixture('asuncion-summit');
    expect(attendees(result).sort()).toEqual([
      'Argentina',
      'Bolivia',
      'Carla Quispe',
      'Lucia Ferraro',
      'Marcos Tavares',
      'Ramon Ibarra',
    ]);
    expect(claims(result, 'MET')).toEqual(['Marcos Tavares -> Ramon Ibarra']);
    // The president who cancelled his trip opposed nothing; he did not attend either.
    expect(
      claims(result, 'OPPOSED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual(['Andres Molina', 'France', 'Ramon Ibarra']);
    expect(claims(result, 'PLEDGED').map((claim) => claim.split(' -> ')[0])).toEqual(['Paraguay', 'Brazil']);
  });

  it('should read an emergency summit in a Gulf style: heads of delegations, a monarch by title, a pledge told for a nation', () => {
    const result = fixture('cairo-summit');
    expect(attendees(result).sort()).toEqual(['Abdel Karim Mansour', 'Faisal bin Saud', 'Hamad', 'Omar Khaled']);
    // "The Emir pledged that Qatar would contribute ...": the nation the clause names.
    expect(claims(result, 'PLEDGED').map((claim) => claim.split(' -> ')[0])).toEqual(['Qatar']);
    // "the Jordanian monarch" is the King named before.
    expect(claims(result, 'OPPOSED')).toContain('Hamad -> any attempt to displace the Palestinian people');
  });

  it('should read a donor conference: the top donor, a nation represented by an envoy, sums confirmed, a contribution named', () => {
    const result = fixture('geneva-donors');
    expect(
      claims(result, 'PLEDGED')
        .map((claim) => claim.split(' -> ')[0])
        .sort(),
    ).toEqual([
      'European Commission',
      'Germany',
      'Norway',
      'Saudi Arabia',
      'United Arab Emirates',
      'United Kingdom',
      'United States',
    ]);
    expect(attendees(result)).toEqual(expect.arrayContaining(['Karen Holt', 'United States', 'Tomas Berg']));
    // "..., and Britain's minister, X, confirmed £120m, saying '...'": the words of the clause's own subject.
    expect(claims(result, 'SAID')).toContain('Nadia Shah -> cannot look away');
    expect(claims(result, 'OPPOSED')).toEqual(['Sudan -> Geneva conference']);
  });
});
