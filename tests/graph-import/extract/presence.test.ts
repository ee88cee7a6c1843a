/**
 * Attendance as reporters write it, on our own sentences: each rule of presence names who was there.
 */
import { claims, entityNames, extract } from '../../helpers/articles.js';

const SUMMIT = 'The northern summit opened in Oslo on Tuesday.';

function attendeesOf(result: ReturnType<typeof extract>): string[] {
  return claims(result, 'ATTENDED')
    .map((line) => line.split(' -> ')[0]!)
    .sort();
}

function attendees(text: string): string[] {
  return claims(extract(`${SUMMIT} ${text}`), 'ATTENDED')
    .map((line) => line.split(' -> ')[0]!)
    .sort();
}

describe('presence at an event', () => {
  it('should make both sides of a meeting attendees (attended.met)', () => {
    expect(
      attendees('Danish Prime Minister Mette Holm met with Norwegian Prime Minister Ingrid Dahl on Tuesday morning.'),
    ).toEqual(['Ingrid Dahl', 'Mette Holm']);
  });

  it('should not make a meeting still to come attendance', () => {
    expect(
      attendees('Danish Prime Minister Mette Holm will meet Norwegian Prime Minister Ingrid Dahl next month.'),
    ).toEqual([]);
  });

  it('should read an envoy sent, and the sender as present through them (attended.sent)', () => {
    expect(attendees('Chile sent its foreign minister, Ana Rojas, to the summit.')).toEqual(['Ana Rojas', 'Chile']);
    expect(attendees('Peru sent a delegation led by Deputy Minister Luis Vega.')).toEqual(['Luis Vega', 'Peru']);
    expect(attendees('Peru sent troops to the border.')).toEqual([]);
    expect(attendees('Peru will send its foreign minister, Luis Vega.')).toEqual([]);
  });

  it('should read leaders who held a summit or a meeting together as attending it (met.together)', () => {
    expect(
      attendees(
        'Danish Prime Minister Mette Holm, Norwegian Prime Minister Ingrid Dahl and Finnish President Juha Niemi held their first trilateral summit in Oslo.',
      ),
    ).toEqual(['Ingrid Dahl', 'Juha Niemi', 'Mette Holm']);
  });

  it('should read the host named in passing and a working breakfast with someone', () => {
    expect(attendees('Talks went on late, while the host, Prime Minister Ingrid Dahl, urged patience.')).toEqual([
      'Ingrid Dahl',
    ]);
    expect(
      claims(extract('President Juha Niemi held a working breakfast with Prime Minister Ingrid Dahl.'), 'MET'),
    ).toEqual(['Juha Niemi -> Ingrid Dahl']);
  });

  it('should read heads of delegations, a communique read out and an address told before its speaker', () => {
    expect(attendees('Prime Minister Anna Lund and President Juha Niemi were among the heads of delegations.')).toEqual(
      ['Anna Lund', 'Juha Niemi'],
    );
    expect(attendees('The final communique, read out by Secretary-General Omar Lindqvist, urged restraint.')).toEqual([
      'Omar Lindqvist',
    ]);
    expect(attendees('In her address, Prime Minister Anna Lund called for calm.')).toEqual(['Anna Lund']);
  });

  it('should read flying in and landing where the event is as arriving, not landing a blow (attended.arrival)', () => {
    expect(attendees('Prime Minister Anna Lund flew in late on Monday.')).toEqual(['Anna Lund']);
    expect(attendees('President Juha Niemi landed in Oslo on Monday night.')).toEqual(['Juha Niemi']);
    expect(attendees('Prime Minister Anna Lund landed a blow on her critics.')).toEqual([]);
  });

  it('should read those among the leaders on hand, and a stand-in sent in a participle', () => {
    expect(
      attendees('Sweden’s Anna Lund and Finland’s Juha Niemi were also among the leaders on hand for the opening.'),
    ).toEqual(['Anna Lund', 'Juha Niemi']);
    expect(
      attendees("Iceland's Prime Minister stayed away, sending his foreign minister, Bjorn Olafsson, in his place."),
    ).toEqual(['Bjorn Olafsson', 'Iceland']);
  });

  it('should read the one greeted on arrival and who greeted them as present (attended.passive)', () => {
    expect(
      attendees('Prime Minister Anna Lund was greeted on the tarmac by her Norwegian counterpart, Ingrid Dahl.'),
    ).toEqual(['Anna Lund', 'Ingrid Dahl']);
  });

  it('should read those who accompanied someone, and the one accompanied, as present (attended.passive)', () => {
    expect(
      attendees('President Ana Rojas was accompanied by Foreign Minister Luis Vega and Trade Minister Eva Soto.'),
    ).toEqual(['Ana Rojas', 'Eva Soto', 'Luis Vega']);
  });

  it('should place a meeting where a visit or a host puts it, and read "a bilateral meeting with her counterpart"', () => {
    const events = (text: string) => entityNames(extract(text), 'Event');
    expect(events('During a visit to Beijing, Chilean President Ana Rojas met Chinese Premier Li Wen.')).toEqual([
      'Beijing meeting',
    ]);
    expect(events('Chilean President Ana Rojas hosted Peruvian President Luis Vega in Santiago on Monday.')).toEqual([
      'Santiago meeting',
    ]);
    const bilateral = extract(
      'Chilean President Ana Rojas held a bilateral meeting with her Peruvian counterpart Luis Vega.',
    );
    expect(claims(bilateral, 'MET')).toEqual(['Ana Rojas -> Luis Vega']);
  });

  it('should read a counterpart received as met (attended.met)', () => {
    expect(attendees('President Ana Rojas received her Peruvian counterpart Luis Vega in Oslo.')).toEqual([
      'Ana Rojas',
      'Luis Vega',
    ]);
  });

  it('should read an arrival where the event is held as attendance, not one elsewhere or at a decision (attended.arrival)', () => {
    expect(attendees("Chilean President Ana Rojas and Peru's Luis Vega arrived together on Monday.")).toEqual([
      'Ana Rojas',
      'Luis Vega',
    ]);
    expect(attendees('President Ana Rojas arrived in Oslo on Monday evening.')).toEqual(['Ana Rojas']);
    expect(attendees('President Ana Rojas arrived back in Santiago on Wednesday.')).toEqual([]);
    expect(attendees('President Ana Rojas arrived in Lima on Wednesday.')).toEqual([]);
    expect(attendees('The leaders arrived at a compromise on fishing.')).toEqual([]);
    expect(attendees('President Ana Rojas will arrive on Friday.')).toEqual([]);
  });

  it('should read "is attending as an observer" and one who told reporters at the end of the meeting', () => {
    expect(attendees("China's special envoy, Wang Jun, is attending as a dialogue partner.")).toEqual(['Wang Jun']);
    expect(
      attendees('President Ana Rojas told reporters at the end of the meeting that the talks had gone well.'),
    ).toEqual(['Ana Rojas']);
    expect(attendees('President Ana Rojas, who chaired the final session, said talks would resume.')).toEqual([
      'Ana Rojas',
    ]);
  });

  it('should not place one who declined to join the family photo in it (attended.family-photo)', () => {
    expect(attendees('President Ana Rojas declined to join the family photo.')).toEqual([]);
    expect(attendees('President Ana Rojas posed for the family photo.')).toEqual(['Ana Rojas']);
  });

  it('should read a meeting told by a verb with its object as no meeting of its own', () => {
    const result = extract(`${SUMMIT} President Ana Rojas started her day by meeting Prime Minister Luis Vega.`);
    expect(entityNames(result, 'Event')).toEqual(['Oslo summit']);
    expect(attendeesOf(result)).toEqual(['Ana Rojas', 'Luis Vega']);
  });

  it('should read the body whose members meet, named after "of", as attending', () => {
    const result = extract(
      'Chairing a meeting of the UN Security Council, British Foreign Secretary Ann Lee said the vote had failed.',
    );
    expect(attendeesOf(result)).toEqual(['Ann Lee', 'UN Security Council']);
    expect(attendees('The forum ended with a gathering of African Union leaders in Oslo.')).toEqual(['African Union']);
  });

  it('should name an event the text places nowhere after the city the article places things in', () => {
    const result = extract(
      'Ministers of four nations voiced concern in Oslo on Monday. The meeting was attended by Chilean Foreign Minister Ana Rojas.',
    );
    expect(entityNames(result, 'Event')).toEqual(['Oslo meeting']);
  });

  it('should make a definite gathering told before the summit is named the summit itself', () => {
    const result = extract(
      "President Marco Paz, host of this weekend's gathering of world leaders in Oslo, urged unity. Chile's foreign minister, Ana Rojas, spoke at the summit.",
    );
    expect(entityNames(result, 'Event')).toEqual(['Oslo summit']);
    expect(attendeesOf(result)).toEqual(['Ana Rojas', 'Marco Paz']);
  });

  it('should read a delegation received from nations, who led it, and those who joined the host at the meeting', () => {
    expect(attendees('President Marco Paz received a delegation of envoys from Chile, Peru and Bolivia.')).toEqual([
      'Bolivia',
      'Chile',
      'Marco Paz',
      'Peru',
    ]);
    expect(attendees('The delegation, led by Chilean Foreign Minister Ana Rojas, arrived late.')).toEqual([
      'Ana Rojas',
    ]);
    expect(
      attendees(
        'The host was joined at the meeting by the Minister of Foreign Affairs, Ambassador Eva Soto, and the National Security Adviser, Luis Vega.',
      ),
    ).toEqual(['Eva Soto', 'Luis Vega']);
  });

  it('should read leaders who attended in person and one who joined virtually, clause by clause', () => {
    expect(
      attendees("Chile's President Ana Rojas attended in person, while Peru's Luis Vega joined virtually."),
    ).toEqual(['Ana Rojas', 'Luis Vega']);
  });

  it("should read a body's heads of state acting at the event as the body", () => {
    expect(attendees('Andean Community heads of state endorsed a fishing plan at the summit.')).toEqual([
      'Andean Community',
    ]);
  });

  it('should take an event as the object of a verb of attending only right after it (attended.verb)', () => {
    expect(attendees("Chile's president arrived at the conclusion that talks were futile.")).toEqual([]);
    expect(attendees('Chilean President Ana Rojas opened a new round of talks on Monday.')).toEqual(['Ana Rojas']);
  });

  it('should read delegations sent to the event, and a host named in apposition', () => {
    expect(attendees('Chile, Peru and Bolivia sent delegations to the summit.')).toEqual(['Bolivia', 'Chile', 'Peru']);
    expect(attendees('Chile sent troops to the border.')).toEqual([]);
    expect(attendees("Marco Paz, the summit's host, welcomed the leaders.")).toEqual(['Marco Paz']);
  });

  it('should read a speech to the event or words on its sidelines as presence (attended.leading-participle)', () => {
    expect(attendees("In a speech to the summit, Peru's Luis Vega called for unity.")).toEqual(['Luis Vega']);
    expect(attendees('Speaking on the sidelines, Chilean President Ana Rojas said the talks were useful.')).toEqual([
      'Ana Rojas',
    ]);
    expect(attendees("In a statement, Peru's Luis Vega called for unity.")).toEqual([]);
  });

  it('should read the passive "was attended by" (attended.passive)', () => {
    expect(
      attendees('The meeting was attended by Canadian Foreign Minister Paul Tremblay, who is touring the region.'),
    ).toEqual(['Paul Tremblay']);
  });

  it('should read a declaration signed by several leaders (attended.passive)', () => {
    expect(
      attendees(
        'A joint declaration was signed by Prime Minister Mette Holm and Prime Minister Ingrid Dahl, as well as President Aarne Virtanen.',
      ),
    ).toEqual(['Aarne Virtanen', 'Ingrid Dahl', 'Mette Holm']);
  });

  it('should read speeches from leaders (attended.remarks-from)', () => {
    expect(
      attendees(
        'It opened with speeches from Finnish President Aarne Virtanen and Icelandic Prime Minister Sigrun Eyvindsdottir.',
      ),
    ).toEqual(['Aarne Virtanen', 'Sigrun Eyvindsdottir']);
  });

  it('should read those someone stood between as present, an age before a title included (attended.standing-beside)', () => {
    expect(
      attendees(
        "The host stood in the back row, standing between Chile's 52-year-old President Ana Rojas and Peru Prime Minister Luis Vega.",
      ),
    ).toEqual(['Ana Rojas', 'Luis Vega']);
    expect(attendees('Trade policy stood alongside the old concerns.')).toEqual([]);
  });

  it('should read those named at the family photo (attended.family-photo)', () => {
    expect(
      attendees("Finnish President Aarne Virtanen's late entrance to the traditional family photo drew smiles."),
    ).toEqual(['Aarne Virtanen']);
  });

  it('should not read a future in a quotation as a meeting still to come', () => {
    expect(
      attendees(
        'It opened with speeches from the UK prime minister Tom Reid, who vowed “Russia will pay” for the war.',
      ),
    ).toEqual(['Tom Reid']);
  });

  it('should read a leading participle (attended.leading-participle)', () => {
    expect(
      attendees(
        'Chairing a session of the summit, Norwegian Foreign Minister Erik Moen called the proposal a disgrace.',
      ),
    ).toEqual(['Erik Moen']);
  });

  it('should read a co-host "along with" another (attended.verb, attended.along-with)', () => {
    expect(
      attendees(
        'Swedish Prime Minister Karl Lund is co-hosting the summit along with Norwegian Prime Minister Ingrid Dahl.',
      ),
    ).toEqual(['Ingrid Dahl', 'Karl Lund']);
  });

  it('should read an audience (attended.audience)', () => {
    expect(
      attendees(
        'Finnish President Aarne Virtanen addressed the summit, with the leaders of Sweden and Iceland in the audience.',
      ),
    ).toEqual(['Aarne Virtanen', 'Iceland', 'Sweden']);
  });
});

describe('people named without a title', () => {
  const people = (text: string) => entityNames(extract(text), 'Leader').sort();

  it('should read a full name before a verb only people take, behind an auxiliary', () => {
    expect(people('Meanwhile, Tomas Varga has warned that the bloc will not bow to pressure.')).toEqual([
      'Tomas Varga',
    ]);
    expect(people('Amara Nwosu later met the delegation in Abuja.')).toEqual(['Amara Nwosu']);
  });

  it("should read a full name after a nation's possessive", () => {
    expect(people("Ghana's Kofi Mensah is among the top contenders for the post.")).toEqual(['Kofi Mensah']);
  });

  it('should read leaders listed as "name of nation"', () => {
    expect(people('Among them were Kofi Mensah of Ghana, Awa Diallo of Senegal and Tendai Moyo of Zimbabwe.')).toEqual([
      'Awa Diallo',
      'Kofi Mensah',
      'Tendai Moyo',
    ]);
  });

  it('should not take an organisation, a law or a ministry for a person', () => {
    expect(
      people(
        'The Central Bank of Nigeria raised rates. The Economic Reciprocity Law was passed. Foreign Affairs officials met.',
      ),
    ).toEqual([]);
  });
});

describe('pledges written once for several donors', () => {
  it('should give each donor of an elided list its own sum (pledged.elided-list)', () => {
    const result = extract(
      'The Nordic Investment Bank pledged $2.1 billion, Norway $800m, the World Bank $1bn and Japan (JP) $45 million for Moldova.',
    );
    expect(claims(result, 'PLEDGED').sort()).toEqual([
      'Japan -> Moldova',
      'Nordic Investment Bank -> Moldova',
      'Norway -> Moldova',
      'World Bank -> Moldova',
    ]);
  });
});

describe('opposition as reporters write it', () => {
  const opposed = (text: string) => claims(extract(text), 'OPPOSED').map((line) => line.split(' -> ')[0]!);

  it('should read a veto kept, criticisms made, tariffs imposed and deals cancelled', () => {
    expect(
      opposed('Slovak Prime Minister Jan Horvat said he would maintain his veto on the new sanctions package.'),
    ).toEqual(['Jan Horvat']);
    expect(opposed('Canadian Foreign Minister Paul Tremblay made sharp criticisms of Russia on Sunday.')).toEqual([
      'Paul Tremblay',
    ]);
    expect(opposed('Brazil imposed a 30 per cent tariff on Argentine steel.')).toEqual(['Brazil']);
    expect(opposed('Kenyan President Samuel Otieno cancelled the airport deal after protests.')).toEqual([
      'Samuel Otieno',
    ]);
    expect(opposed('Chile will not accept any form of tutelage, the foreign ministry said.')).toEqual(['Chile']);
  });
});

describe('sanctions', () => {
  it('should read new sanctions as opposition to their target, never as a pledge', () => {
    const result = extract('The UK announced new sanctions on Iran on Monday.');
    expect(claims(result, 'PLEDGED')).toEqual([]);
    expect(claims(result, 'OPPOSED')).toEqual(['United Kingdom -> Iran']);
  });
});

describe('more presence', () => {
  it('should make the body whose summit it is an attendee (attended.body-of-event)', () => {
    expect(claims(extract('Leaders gathered in Johannesburg for the G20 summit on Saturday.'), 'ATTENDED')).toEqual([
      'G20 -> Johannesburg summit',
    ]);
  });

  it('should make the subjects of "met with their counterparts" attendees (attended.met-counterparts)', () => {
    const result = extract(
      'On Sunday, US Secretary of State Tom Baker and US Defence Secretary Lloyd Mason met with their Japanese counterparts in Tokyo.',
    );
    expect(
      claims(result, 'ATTENDED')
        .map((line) => line.split(' -> ')[0])
        .sort(),
    ).toEqual(['Lloyd Mason', 'Tom Baker']);
  });

  it('should read a list of leaders each "of" a nation (attended.among-them)', () => {
    expect(
      attendees('Among them were Kofi Mensah of Ghana, Awa Diallo of Senegal and Tendai Moyo of Zimbabwe.'),
    ).toEqual(['Awa Diallo', 'Kofi Mensah', 'Tendai Moyo']);
  });

  it('should read those a meeting involved, only after an event (attended.involving)', () => {
    expect(
      attendees(
        'The deal followed a meeting held in Pretoria involving former Kenyan President Samuel Otieno and Ghanaian Foreign Minister Ama Owusu.',
      ),
    ).toEqual(['Ama Owusu', 'Samuel Otieno']);
    expect(attendees('The UK signed contracts involving advanced drones for Ukraine.')).toEqual([]);
  });

  it('should read statements delivered by representatives (attended.passive)', () => {
    expect(
      attendees('Statements were also delivered by representatives from the League of Arab States and Ghana.'),
    ).toEqual(['Arab League', 'Ghana']);
  });

  it('should read the host beside whom someone stood (attended.host)', () => {
    expect(
      attendees('The Chinese president stood front and centre beside the host, Peruvian President Rosa Quispe.'),
    ).toEqual(['Rosa Quispe']);
  });
});

describe('quotations as reporters lay them out', () => {
  it('should join the hard-wrapped lines of wire copy, so a quotation over two lines keeps its speaker', () => {
    const lines = [
      'OSLO (Wire) - Norwegian Prime Minister Ingrid Dahl said on Monday that',
      'the northern states would act together on fishing quotas and on the',
      'protection of the seabed after a week of talks.',
      'Speaking in Oslo, Dahl stressed the importance of unity in the face',
      'of pressure from larger powers and from the big fishing companies.',
      '"We have learned the lessons of the last ten years, and we will not',
      'forget them," Dahl said.',
      'Her government will publish its plan next month, officials said.',
    ];
    const result = extract(lines.join('\n'));
    expect(claims(result, 'SAID')).toEqual([
      'Ingrid Dahl -> We have learned the lessons of the last ten years, and we will not forget them',
    ]);
  });

  it('should give a quotation a place-and-title speaker after it ("Lakeside MP X said")', () => {
    const result = extract(
      '“We back the President on this, and we will keep backing him,” Lakeside MP Peter Kamau said.',
    );
    expect(claims(result, 'SAID')).toEqual([
      'Peter Kamau -> We back the President on this, and we will keep backing him',
    ]);
  });

  it('should give a quoted paragraph without attribution to the person the paragraph before is about', () => {
    const result = extract(
      'Responding to the delegation, Nigerian President Musa Bello spoke of the pressure on his government.\n\n' +
        '“I am holding both sides back. I am the one who asks them to wait.”',
    );
    expect(claims(result, 'SAID')).toEqual([
      'Musa Bello -> I am holding both sides back. I am the one who asks them to wait',
    ]);
  });

  it('should not give a quoted paragraph that names its own source to the person before', () => {
    const result = extract(
      'Nigerian President Musa Bello spoke of the pressure on his government.\n\n' +
        '“The talks must go on and the borders must stay open,” the ministry statement read.',
    );
    expect(claims(result, 'SAID')).toEqual([]);
  });
});

describe('organisations', () => {
  const organisations = (text: string) => entityNames(extract(text), 'Organisation').sort();

  it('should know regional bodies and development banks by their acronyms', () => {
    expect(organisations('ECOWAS and SAARC leaders met; the AIIB and USAID sent experts.')).toEqual([
      'Asian Infrastructure Investment Bank',
      'Economic Community of West African States',
      'South Asian Association for Regional Cooperation',
      'United States Agency for International Development',
    ]);
  });

  it("should read names ending in Forces or Front, with a collective's possessive inside", () => {
    expect(
      organisations("The Rapid Support Forces and the Ogaden People's Liberation Front signed the truce."),
    ).toEqual(["Ogaden People's Liberation Front", 'Rapid Support Forces']);
  });
});

describe('opposition in nouns and characterisations', () => {
  const opposed = (text: string) => claims(extract(text), 'OPPOSED');

  it("should read an actor's move to suspend or scrap something (opposed.nominal-move)", () => {
    expect(opposed("Chile on Friday spoke of Peru's move to suspend the fisheries treaty.")).toEqual([
      'Peru -> the fisheries treaty',
    ]);
  });

  it('should read calling something a disgrace (opposed.called-it)', () => {
    expect(opposed('Irish Foreign Minister Sean Byrne called the Russian decision a “disgrace” on Monday.')).toEqual([
      'Sean Byrne -> the Russian decision',
    ]);
  });
});

describe('a body speaking through its members', () => {
  it('should give the quotation of "the Quad foreign ministers said" to the Quad (quote.said-after-members)', () => {
    const result = extract('‘We will act together on trade and on security,’ the Quad foreign ministers said.');
    expect(claims(result, 'SAID')).toEqual(['Quad -> We will act together on trade and on security']);
  });
});

describe('who did not say a quotation', () => {
  it('should not give a quoted phrase to the one criticised when a pronoun is the subject', () => {
    const result = extract(
      'They criticised Moscow for its ‘growing and reckless military cooperation’ with Pyongyang.',
    );
    expect(claims(result, 'SAID')).toEqual([]);
  });

  it('should not give a quotation to the outlet that saw the text', () => {
    const result = extract(
      'A draft of the resolution, which was seen by Reuters, had called on both sides to “cease hostilities at once”.',
    );
    expect(claims(result, 'SAID')).toEqual([]);
  });

  it('should give the words after ", and warning" to the subject of the sentence, not to a possessive', () => {
    const result = extract(
      'Chile on Friday denounced Peru’s move to close the border, and warning that any closure would be “an act of hostility”.',
    );
    expect(claims(result, 'SAID')).toEqual(['Chile -> an act of hostility']);
  });
});

describe('opposition by a participle', () => {
  const opposed = (text: string) => claims(extract(text), 'OPPOSED');

  it("should give urging others to reject something to the sentence's subject", () => {
    expect(
      opposed('Earlier this week, OPEC sent a letter urging its members and allies to reject any mention of coal.'),
    ).toEqual(['OPEC -> any mention of coal']);
  });

  it('should give ", denouncing" to the subject of the sentence, not to the actor nearest to it', () => {
    const result = opposed(
      'The Chilean government criticised the meeting, convened by Peru and Bolivia, denouncing the lack of consultation.',
    );
    expect(result).toContain('Chile -> the lack of consultation');
    expect(result.filter((line) => line.startsWith('Bolivia') || line.startsWith('Peru'))).toEqual([]);
  });
});

describe('one person under the first word of a name', () => {
  it('should read "PM Shehbaz" after "Shehbaz Sharif" as the same person (a first name used alone)', () => {
    const result = extract(
      'Pakistani Prime Minister Shehbaz Sharif arrived in Geneva on Monday.\n\nPM Shehbaz sought at least $8 billion from partners.',
    );
    expect(entityNames(result, 'Leader')).toEqual(['Shehbaz Sharif']);
  });

  it('should read "Li" after "Li Wenjun" as the same person (family name first)', () => {
    const result = extract('Chinese President Li Wenjun arrived in Lima on Friday. “We oppose new walls,” Li said.');
    expect(entityNames(result, 'Leader')).toEqual(['Li Wenjun']);
    expect(claims(result, 'SAID')).toEqual(['Li Wenjun -> We oppose new walls']);
  });
});

describe("a transcript's speaker labels", () => {
  it('should give each quotation to the person its capitalised label names, and read nothing else from the label', () => {
    const result = extract(
      'PALAU\'S MINISTER OF FINANCE, DR TOMAS REMENGESAU: "These talks have gone on for a very long time."\n\n' +
        'CHILEAN ACTIVIST MARIA LOPEZ: "We are here to defend the forests."',
    );
    expect(claims(result, 'SAID')).toEqual([
      'Tomas Remengesau -> These talks have gone on for a very long time',
      'Maria Lopez -> We are here to defend the forests',
    ]);
    expect(entityNames(result, 'Leader').sort()).toEqual(['Maria Lopez', 'Tomas Remengesau']);
    expect(entityNames(result, 'Organisation')).toEqual([]);
  });
});

describe('concern as disapproval', () => {
  it('should read voicing concern over something as opposing it (opposed.phrase)', () => {
    expect(claims(extract('Norway voiced concern over the militarisation of the Arctic.'), 'OPPOSED')).toEqual([
      'Norway -> the militarisation of the Arctic',
    ]);
  });
});

describe('meetings and deals', () => {
  it('should read the one met without a title as a person, and both as attendees (attended.met)', () => {
    const result = extract('The northern summit opened in Oslo. Horvat met with Ingrid Dahlberg on Thursday morning.');
    expect(entityNames(result, 'Leader')).toContain('Ingrid Dahlberg');
  });

  it('should read "by meeting X" as a meeting of the sentence\'s subject (attended.met)', () => {
    expect(
      attendees('Ukrainian President Ivan Petrenko started his day by meeting Canadian Prime Minister Paul Tremblay.'),
    ).toEqual(['Ivan Petrenko', 'Paul Tremblay']);
  });

  it('should make the broker of a truce and both parties attendees (attended.brokered)', () => {
    expect(
      attendees(
        'The African Union team led by Kenyan envoy Samuel Otieno brokered a truce between Ethiopia and Eritrea.',
      ),
    ).toEqual(expect.arrayContaining(['Eritrea', 'Ethiopia']));
  });
});

describe('opposition in relative clauses, infinitives and lists', () => {
  const opposed = (text: string) => claims(extract(text), 'OPPOSED').sort();

  it('should give each actor of a list lashed out against its own opposition', () => {
    expect(
      opposed('Norwegian Prime Minister Lars Haugen lashed out against Chile and Peru over the quota rules.'),
    ).toEqual(['Lars Haugen -> Chile', 'Lars Haugen -> Peru']);
  });

  it('should read "but did" as sharing the subject of the clause before', () => {
    expect(
      opposed(
        'Prime Minister Lars Haugen avoided naming his neighbours, but did hit out at Chile over the quota rules.',
      ),
    ).toEqual(['Lars Haugen -> Chile']);
  });

  it('should give the verb of a relative clause to its antecedent ("whose government boycotted")', () => {
    expect(opposed('Chilean President Ana Ruiz, whose government boycotted the forum, stayed in Santiago.')).toEqual([
      'Ana Ruiz -> the forum',
    ]);
  });

  it('should give "which boycotted" to the administration named by its leader', () => {
    expect(
      opposed("The text was agreed without President Ana Ruiz's administration, which boycotted the fisheries forum."),
    ).toEqual(['Ana Ruiz -> the fisheries forum']);
  });

  it('should read threatening to block something as opposing it (an infinitive of opposition)', () => {
    expect(opposed('The accord on quotas fell apart after Austria threatened to block the initiative.')).toEqual([
      'Austria -> the initiative',
    ]);
  });

  it('should not read "block" as a noun as opposition', () => {
    expect(opposed('Austria leads a block of five member states on the quota question.')).toEqual([]);
  });

  it('should take what was refused from the longer phrase ("refused to endorse")', () => {
    expect(opposed('Peru refused to endorse the final declaration.')).toEqual(['Peru -> the final declaration']);
  });

  it('should let a demonym with its delegation act ("the Ugandan delegation walked out")', () => {
    expect(opposed('The Ugandan delegation walked out of the customs forum on Tuesday.')).toEqual([
      'Uganda -> the customs forum',
    ]);
  });

  it('should keep a quoted characterisation in what was condemned', () => {
    expect(opposed('Kenya on Monday condemned what it called regional “bullying” by its neighbours.')).toEqual([
      'Kenya -> what it called regional “bullying” by its neighbours',
    ]);
  });
});

describe('speeches, handovers and titles in lists', () => {
  it('should read a title followed by "Dr." and the name (an honorific after a title)', () => {
    expect(
      attendees(
        'It opened with remarks from key leaders, including outgoing bank chief Anna Berg, Kenyan Prime Minister Dr. Paul Mwangi, and United Nations Secretary-General Maria Costa.',
      ),
    ).toEqual(['Anna Berg', 'Maria Costa', 'Paul Mwangi']);
  });

  it('should make whoever gave a speech at the event an attendee (attended.gave-speech)', () => {
    expect(attendees('Togo’s President Yao Agbeko gave an acceptance speech on the second day.')).toEqual([
      'Yao Agbeko',
    ]);
  });

  it('should not make a speech given in a parliament attendance', () => {
    expect(attendees('Togo’s President Yao Agbeko gave a speech in the National Assembly on Friday.')).toEqual([]);
  });

  it('should make both sides of a handover of the chair attendees (attended.handover)', () => {
    expect(
      attendees('Ghana’s President Kofi Mensah handed over the chairmanship to Togo’s President Yao Agbeko.'),
    ).toEqual(['Kofi Mensah', 'Yao Agbeko']);
  });

  it('should list a person after a title in apposition ("and the current chairperson, X")', () => {
    expect(
      attendees(
        'Statements were also delivered by the Arab League, and the current chairperson, Ghana’s President Kofi Mensah.',
      ),
    ).toEqual(['Arab League', 'Kofi Mensah']);
  });
});

describe('mediators, parties and presence told before the event', () => {
  const all = (text: string) =>
    claims(extract(text), 'ATTENDED')
      .map((line) => line.split(' -> ')[0]!)
      .sort();

  it('should make the broker, its body and both parties of a truce attendees, before the talks are named', () => {
    expect(
      all(
        'The African Union mediation team led by former Ghanaian President Kofi Mensah has brokered a truce between the Malian government and the Azawad Liberation Front. The peace talks in Accra lasted ten days.',
      ),
    ).toEqual(['African Union', 'Azawad Liberation Front', 'Kofi Mensah', 'Mali']);
  });

  it('should not keep presence waiting when the article never names an event', () => {
    expect(all('The mediation team led by Kofi Mensah handed over the chairmanship to Paul Mwangi.')).toEqual([]);
  });

  it('should list past a relative clause and a "former" title ("X, who is the mediator, former leader Y")', () => {
    expect(
      all(
        'Talks with Ghanaian President Kofi Mensah opened in Accra. The deal was sealed after a meeting held in Accra involving representatives of the factions, Mensah, who is the African Union chief mediator for the Sahel, former Kenyan leader Paul Mwangi and a former South African vice president Thandi Nkosi.',
      ),
    ).toEqual(['Kofi Mensah', 'Paul Mwangi', 'Thandi Nkosi']);
  });
});

describe('acting at the event', () => {
  it('should make nations and a body that pledged at the conference attendees (attended.acted-at)', () => {
    expect(
      attendees(
        'Norway, Denmark, and the European Union have pledged €1 billion for the fisheries fund at the summit.',
      ),
    ).toEqual(['Denmark', 'European Union', 'Norway']);
  });

  it('should not make a pledge made after the summit attendance', () => {
    expect(attendees('Norway pledged €1 billion for the fisheries fund after the summit.')).toEqual([]);
  });
});

describe('people listed after a noun for people', () => {
  it('should read untitled names listed after "leaders, including" as people who took part (attended.participation)', () => {
    const result = extract(
      'The fisheries summit opened in Oslo. A seminar was held with the participation of 30 civic leaders, including Maren Solberg, Tor Eide Lunde, and Fisheries Commissioner Ola Brekke, who spoke in their own names.',
    );
    expect(entityNames(result, 'Leader').sort()).toEqual(['Maren Solberg', 'Ola Brekke', 'Tor Eide Lunde']);
    expect(
      claims(result, 'ATTENDED')
        .map((line) => line.split(' -> ')[0]!)
        .sort(),
    ).toEqual(['Maren Solberg', 'Ola Brekke', 'Tor Eide Lunde']);
  });

  it('should not read the words before a title in such a list as a person', () => {
    const result = extract(
      'Guests included several leaders, including Maren Solberg and Fisheries Aid Commissioner Ola Brekke.',
    );
    expect(entityNames(result, 'Leader')).not.toContain('Fisheries Aid');
  });
});

describe('who "he" is in a quotation', () => {
  const said = (text: string) => claims(extract(text), 'SAID').map((line) => line.split(' -> ')[0]!);

  it('should give "he said" to the person whose words the sentence before reported', () => {
    expect(
      said(
        'Chilean President Ana Ruiz began her day by meeting Peruvian President Jorge Salas, who said Lima would send more inspectors.\n\nThe catch figures "show why we must act together," he said.',
      ),
    ).toEqual(['Jorge Salas']);
  });

  it('should give "he" to the person named last when no person is the subject of the sentence before', () => {
    expect(
      said(
        'The fisheries forum in Lima opened with speeches from the Chilean president Ana Ruiz and also Jorge Salas, Peru’s president. He gave a short address in which he told delegates that “the sea is our common wealth”.',
      ),
    ).toEqual(['Jorge Salas']);
  });

  it('should read an inner name used alone ("Lula") as the person of the article who has it', () => {
    const result = extract(
      'Brazilian President Luiz Inacio Lula da Silva spoke on Monday.\n\n"Brazil will not accept any tutelage," Lula stated.',
    );
    expect(claims(result, 'SAID')).toEqual(['Luiz Inacio Lula da Silva -> Brazil will not accept any tutelage']);
  });
});

describe('quotations by description and by statement', () => {
  const said = (text: string) => claims(extract(text), 'SAID');

  it('should give "the former Ghanaian leader added" to the former president named before', () => {
    expect(
      said(
        'The mediation led by former Ghanaian President Kofi Mensah ended.\n\n“This moment is not the end of the process,” the former Ghanaian leader added.',
      ),
    ).toEqual(['Kofi Mensah -> This moment is not the end of the process']);
  });

  it('should give "the statement read" to whoever the sentence before said issued it (quote.statement-said)', () => {
    expect(
      said(
        'In a statement on Monday, the Togolese Foreign Ministry said the omission was telling.\n\n“It is surprising that the war is not reflected in the text,” the statement read.',
      ),
    ).toEqual(["Togo's Foreign Ministry -> It is surprising that the war is not reflected in the text"]);
  });

  it('should read a paragraph opened by a closing mark as one quotation after a colon lead-in', () => {
    expect(
      said(
        'Ghanaian President Kofi Mensah met the envoys.\n\nAddressing the urgency of the situation, the president added:\n\n”Even this morning, I had many calls. I told them to wait.”',
      ),
    ).toEqual(['Kofi Mensah -> Even this morning, I had many calls. I told them to wait']);
  });
});

describe("a ministry's written protest", () => {
  it('should read "X’s Ministry of Foreign Affairs expressed condemnation of the conference" as opposing the event', () => {
    const result = extract(
      'The fisheries conference opened in Oslo. On Friday, Chile’s Ministry of Foreign Affairs expressed “its deep astonishment and condemnation” of the conference, convened by Norway and Peru, denouncing “a meeting held without our participation”.',
    );
    const [conference] = entityNames(result, 'Event');
    expect(claims(result, 'OPPOSED')).toEqual([
      `Chile's Ministry of Foreign Affairs -> ${conference}`,
      "Chile's Ministry of Foreign Affairs -> a meeting held without our participation",
    ]);
    expect(claims(result, 'SAID')).toEqual([
      "Chile's Ministry of Foreign Affairs -> its deep astonishment and condemnation",
      "Chile's Ministry of Foreign Affairs -> a meeting held without our participation",
    ]);
    expect(attendeesOf(result)).toEqual(['Norway', 'Peru']);
  });
});

describe('accusations, critics and shared subjects', () => {
  const opposed = (text: string) => claims(extract(text), 'OPPOSED').sort();

  it('should read accusing X of something as opposing X, with "prompting Y to accuse" done by Y (opposed.accused)', () => {
    expect(
      opposed(
        'The text was adopted over Chilean objections, prompting the Chilean government to accuse Peru of weaponising its leadership of the bloc.',
      ),
    ).toEqual(['Chile -> Peru']);
  });

  it('should read being a fierce critic of something as opposing it, without the time it has lasted', () => {
    expect(opposed('Norway has been a fierce critic of the fishing quotas since the start of the dispute.')).toEqual([
      'Norway -> the fishing quotas',
    ]);
  });

  it('should give a verb after "and" the subject of the sentence, not a possessive in its opening phrase', () => {
    expect(
      opposed(
        'Kenyan President Daniel Otieno arrived late. In Otieno’s address, read by a minister, the Kenyan leader urged members to open their borders, and criticised tariffs — which Uganda threatens to raise — as a mistake.',
      ),
    ).toEqual(['Daniel Otieno -> tariffs']);
  });
});

describe('refusing to bow and announcing tariffs', () => {
  const opposed = (text: string) => claims(extract(text), 'OPPOSED');

  it('should read "will not bow to" as opposing what is not bowed to', () => {
    expect(opposed('President Jorge Salas warned that Peru will not bow to Chilean pressure after the vote.')).toEqual([
      'Peru -> Chilean pressure after the vote',
    ]);
  });

  it("should read announcing the imposition of a tariff on a nation's goods as opposing that nation", () => {
    expect(
      opposed('Chilean President Ana Ruiz announced the imposition of a 50 per cent tariff on Peruvian imports.'),
    ).toEqual(['Ana Ruiz -> Peru']);
  });
});

describe('pledges written in other orders', () => {
  const pledged = (text: string) => claims(extract(text), 'PLEDGED').map((line) => line.split(' -> ')[0]!);

  it('should read a sum given in the past, written before its giver (pledged.past-total)', () => {
    expect(
      pledged(
        'The new funding builds on the over $8 billion in assistance Canada has dedicated since the beginning of 2022.',
      ),
    ).toEqual(['Canada']);
  });

  it('should give a participle pledge after a comma to the sentence’s subject', () => {
    expect(
      pledged('Norway also addressed the conference, committing a further $1.3 billion in economic aid for Chile.'),
    ).toEqual(['Norway']);
  });

  it('should read a pledger whose acronym stands between it and its verb', () => {
    expect(
      pledged('She added that the Nordic Infrastructure Investment Bank (NIIB) had pledged $1bn for Chile.'),
    ).toEqual(['Nordic Infrastructure Investment Bank']);
  });
});

describe('one thing opposed under several wordings', () => {
  it('should keep what one actor opposed under one head noun as one topic within an article', () => {
    const result = extract(
      'Kenyan President Daniel Otieno cancelled the controversial deals with Acme Holdings. Otieno scrapped the deals due to public anger. Otieno also rejected the new tax.',
    );
    expect(claims(result, 'OPPOSED')).toEqual([
      'Daniel Otieno -> the controversial deals with Acme Holdings',
      'Daniel Otieno -> the new tax',
    ]);
    const opposition = result.relations.filter((relation) => relation.type === 'OPPOSED');
    expect(opposition.map((relation) => relation.evidence.length)).toEqual([2, 1]);
  });
});

describe('topics that must not connect articles', () => {
  it('should keep two articles’ generic "the sanctions" apart and one named treaty together', () => {
    const result = extract(
      'Chile on Monday rejected the sanctions. Chile also denounced the Pacific Fisheries Treaty.',
      'Norway on Friday rejected the sanctions. Norway also denounced the Pacific Fisheries Treaty.',
    );
    const topics = result.entities.filter((entity) => entity.type === 'Topic');
    expect(topics.filter((topic) => topic.name === 'the sanctions')).toHaveLength(2);
    expect(topics.filter((topic) => topic.name === 'the Pacific Fisheries Treaty')).toHaveLength(1);
  });
});
