/**
 * organisations: well-known international bodies, alliances, institutions and news organisations, with the forms
 * the news uses for them. General-purpose reference data; companies and coalitions are also found by pattern.
 */

export interface OrganisationEntry {
  name: string;
  aliases: string[];
  kind: 'alliance' | 'international' | 'institution' | 'media' | 'company' | 'bloc';
}

export const ORGANISATIONS: readonly OrganisationEntry[] = [
  { name: 'NATO', aliases: ['Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'the Nato alliance', 'the NATO alliance', 'Atlantic alliance'], kind: 'alliance' },
  // Brussels, the seat of its institutions, stands for the Union in news ("Brussels rejected the plan"), not for Belgium.
  { name: 'European Union', aliases: ['EU', 'E.U.', 'Brussels'], kind: 'bloc' },
  { name: 'European Commission', aliases: ['the Commission', 'EU Commission'], kind: 'institution' },
  { name: 'European Council', aliases: [], kind: 'institution' },
  { name: 'European Parliament', aliases: [], kind: 'institution' },
  { name: 'European Central Bank', aliases: ['ECB'], kind: 'institution' },
  { name: 'United Nations', aliases: ['UN', 'U.N.'], kind: 'international' },
  { name: 'UN Security Council', aliases: ['Security Council', 'United Nations Security Council', 'UNSC'], kind: 'international' },
  { name: 'UN General Assembly', aliases: ['General Assembly', 'United Nations General Assembly'], kind: 'international' },
  { name: 'International Monetary Fund', aliases: ['IMF'], kind: 'international' },
  { name: 'World Bank', aliases: [], kind: 'international' },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'], kind: 'international' },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'], kind: 'international' },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'], kind: 'international' },
  { name: 'International Criminal Court', aliases: ['ICC'], kind: 'international' },
  { name: 'International Court of Justice', aliases: ['ICJ'], kind: 'international' },
  { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE', 'Organisation for Security and Co-operation in Europe'], kind: 'international' },
  { name: 'Organisation for Economic Co-operation and Development', aliases: ['OECD', 'Organization for Economic Cooperation and Development'], kind: 'international' },
  { name: 'Council of Europe', aliases: [], kind: 'international' },
  { name: 'G7', aliases: ['Group of Seven', 'G-7'], kind: 'bloc' },
  { name: 'G20', aliases: ['Group of 20', 'G-20'], kind: 'bloc' },
  { name: 'BRICS', aliases: [], kind: 'bloc' },
  { name: 'African Union', aliases: ['AU'], kind: 'international' },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN', 'Asean'], kind: 'international' },
  { name: 'Arab League', aliases: ['League of Arab States'], kind: 'international' },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'], kind: 'international' },
  { name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries', 'Opec', 'OPEC+'], kind: 'international' },
  { name: 'Commonwealth', aliases: ['the Commonwealth', 'Commonwealth of Nations'], kind: 'international' },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'], kind: 'international' },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], kind: 'international' },
  { name: 'Quad', aliases: ['Quadrilateral Security Dialogue'], kind: 'bloc' },
  { name: 'AUKUS', aliases: ['Aukus'], kind: 'alliance' },
  { name: 'Ukraine Defense Contact Group', aliases: ['Ramstein group', 'Ukraine Defence Contact Group'], kind: 'bloc' },
  { name: 'Joint Expeditionary Force', aliases: ['JEF'], kind: 'alliance' },
  { name: 'Hamas', aliases: [], kind: 'institution' },
  { name: 'Hezbollah', aliases: [], kind: 'institution' },
  { name: 'BBC', aliases: ['The BBC', 'British Broadcasting Corporation'], kind: 'media' },
  { name: 'Reuters', aliases: [], kind: 'media' },
  { name: 'Associated Press', aliases: ['AP'], kind: 'media' },
  { name: 'Agence France-Presse', aliases: ['AFP'], kind: 'media' },
  { name: 'CNN', aliases: [], kind: 'media' },
  { name: 'Bloomberg', aliases: [], kind: 'media' },
  { name: 'Le Figaro', aliases: [], kind: 'media' },
  { name: 'Le Monde', aliases: [], kind: 'media' },
  { name: 'The Guardian', aliases: ['Guardian'], kind: 'media' },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT'], kind: 'media' },
  { name: 'The Washington Post', aliases: ['Washington Post'], kind: 'media' },
  { name: 'Financial Times', aliases: ['FT', 'The Financial Times'], kind: 'media' },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'], kind: 'media' },
  { name: 'The Economist', aliases: ['Economist'], kind: 'media' },
  { name: 'Politico', aliases: [], kind: 'media' },
  { name: 'Al Jazeera', aliases: [], kind: 'media' },
  { name: 'Der Spiegel', aliases: ['Spiegel'], kind: 'media' },
  { name: 'Fox News', aliases: [], kind: 'media' },
  { name: 'Sky News', aliases: [], kind: 'media' },
  { name: 'TASS', aliases: ['Tass'], kind: 'media' },
  { name: 'Xinhua', aliases: [], kind: 'media' },
];

/** Head nouns that end the name of an organisation ("Atlantic Council", "Central Bank"). */
export const ORGANISATION_HEADS = new Set([
  'Commission', 'Council', 'Parliament', 'Union', 'Organisation', 'Organization', 'Agency', 'Bank', 'Fund', 'Alliance',
  'Ministry', 'Committee', 'Court', 'Forum', 'Party', 'Corporation', 'Institute', 'Foundation', 'Federation', 'Assembly',
  'Association', 'Authority', 'Coalition', 'Consortium', 'Programme', 'Program', 'Group', 'Inc', 'Ltd', 'plc', 'Corp',
  'Industries', 'Systems', 'Technologies', 'Dynamics', 'Aerospace', 'Airlines', 'Motors', 'Holdings', 'Partners',
  'Shipping', 'Shipyards', 'Logistics', 'Airways', 'Automotive', 'Pharmaceuticals', 'Chemicals', 'Petroleum',
  'Enterprises', 'Robotics', 'Semiconductors', 'Telecommunications',
]);

/** Nouns that, after "X, a/an ...", say X is a company ("Acme, a defence start-up"). */
export const COMPANY_NOUNS = new Set([
  'firm', 'company', 'manufacturer', 'maker', 'start-up', 'startup', 'contractor', 'group', 'conglomerate', 'producer',
  'supplier', 'developer', 'giant', 'corporation', 'business', 'bank', 'lender', 'insurer', 'carrier', 'operator',
]);
