/**
 * nations: every country of the `world-countries` data set, by name, official name, short forms, demonym, capital
 * and seat of government, for recognising nations in text.
 */
import { createRequire } from 'node:module';

export interface NationEntry {
  /** ISO 3166-1 alpha-3 code: the nation's identity. */
  code: string;
  name: string;
  /** Every form that names the nation itself (not demonyms or capitals). */
  names: string[];
  demonyms: string[];
  /** Capitals and seats of government, used in news as metonyms for the government. */
  seats: string[];
  /** The capital, as the data set writes it ("in the Ethiopian capital"). */
  capital: string | undefined;
}

interface CountryRecord {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}

/** Abbreviations that news writes for countries; other two-letter ISO codes are too ambiguous to match. */
const ABBREVIATIONS: Record<string, string[]> = {
  USA: ['US', 'U.S.', 'U.S.A.', 'USA', 'America', 'the States'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  COD: ['DRC'],
  PRK: ['DPRK'],
  CHN: ['PRC'],
  KOR: ['ROK'],
  TUR: ['Turkey'],
  CZE: ['Czech Republic'],
  NLD: ['Holland'],
  RUS: ['Russian Federation'],
  MKD: ['Macedonia'],
  CIV: ["Côte d'Ivoire", 'Ivory Coast'],
  SWZ: ['Swaziland'],
  MMR: ['Burma'],
};

/** Demonyms news writes that the data set spells otherwise or leaves out. */
const DEMONYM_VARIANTS: Record<string, string[]> = {
  ECU: ['Ecuadorian'],
  ARG: ['Argentinian'],
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik'],
  PHL: ['Philippine'],
  LUX: ['Luxembourgish', 'Luxembourg'],
  ISL: ['Icelandic'],
  SAU: ['Saudi'],
  KAZ: ['Kazakh', 'Kazakhstani'],
  UZB: ['Uzbek', 'Uzbekistani'],
  DJI: ['Djiboutian'],
  BWA: ['Botswanan', 'Botswana'],
  NZL: ['New Zealand'],
  SVN: ['Slovenian'],
  MMR: ['Myanmar'],
  MDV: ['Maldivian'],
  SUR: ['Surinamese'],
  CPV: ['Cape Verdean'],
};

/** Seats of government and other places whose names stand for a government in the news. */
const SEATS: Record<string, string[]> = {
  USA: ['Washington', 'Washington DC', 'Washington D.C.'],
  RUS: ['Kremlin', 'the Kremlin'],
  GBR: ['Downing Street', 'Whitehall', 'Westminster'],
  FRA: ['Élysée', 'Elysée', 'Elysee', 'the Élysée'],
  UKR: ['Kiev'],
  CHN: ['Zhongnanhai'],
  ISR: ['Tel Aviv'],
};

/** Capitals that are also common first names or words: matched only as seats listed above. */
const AMBIGUOUS_CAPITALS = new Set([
  'Victoria',
  'Kingston',
  'Georgetown',
  'Santiago',
  'Lima',
  'Male',
  'Nuku\u02BBalofa',
  'Avarua',
  'Road Town',
  'Charlotte Amalie',
  'Hamilton',
  'Saint Helier',
  'Douglas',
  'Adamstown',
  'Longyearbyen',
  'Jamestown',
  'Palikir',
  'Basseterre',
  'Castries',
  'Praia',
  'Apia',
  'Tórshavn',
]);

/** Alternative spellings in the data set that are also an English word or a first name ("Island Herald"). */
const AMBIGUOUS_SPELLINGS = new Set(['Island', 'Dominique']);

const isLatin = (text: string) => /^[\p{Script=Latin}\s.'’\-(),]+$/u.test(text);

function loadCountries(): CountryRecord[] {
  const require = createRequire(import.meta.url);
  return require('world-countries') as CountryRecord[];
}

export const NATIONS: readonly NationEntry[] = loadCountries()
  .filter(
    (country) =>
      country.independent !== false || ['TWN', 'PSE', 'XKX', 'UNK', 'ESH', 'GRL', 'HKG'].includes(country.cca3),
  )
  .map((country) => {
    const code = country.cca3;
    const names = new Set<string>([country.name.common, country.name.official, ...(ABBREVIATIONS[code] ?? [])]);
    for (const spelling of country.altSpellings) {
      if (spelling.length > 3 && isLatin(spelling) && !spelling.includes(',') && !AMBIGUOUS_SPELLINGS.has(spelling))
        names.add(spelling);
    }
    const demonym = country.demonyms?.eng;
    // "Bosnian, Herzegovinian" is two demonyms.
    const written = demonym ? [demonym.m, demonym.f].flatMap((form) => form.split(/,\s*/)) : [];
    const demonyms = [...new Set([...written, ...(DEMONYM_VARIANTS[code] ?? [])])].filter(Boolean);
    const capitals = (country.capital ?? []).filter((capital) => isLatin(capital) && !AMBIGUOUS_CAPITALS.has(capital));
    return {
      code,
      name: country.name.common,
      names: [...names],
      demonyms,
      seats: [...capitals, ...(SEATS[code] ?? [])],
      capital: country.capital?.find(isLatin),
    };
  });

export const NATION_BY_CODE: ReadonlyMap<string, NationEntry> = new Map(NATIONS.map((nation) => [nation.code, nation]));

/** A place name as compared: lower case, without accents or apostrophes ("Nuku'alofa" for "Nukuʻalofa"). */
const placeKey = (place: string) =>
  place
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u02bb\u02bc'’ʻ]/g, '')
    .toLowerCase();

const NATION_BY_PLACE: ReadonlyMap<string, string> = new Map(
  NATIONS.flatMap((nation) =>
    [nation.name, ...nation.seats, ...(nation.capital ? [nation.capital] : [])].map((place) => [
      placeKey(place),
      nation.code,
    ]),
  ),
);

/** The nation a place is, or is the capital or seat of: "Tonga" and "Nuku'alofa" are both Tonga's. */
export function nationOfPlace(place: string): string | undefined {
  return NATION_BY_PLACE.get(placeKey(place));
}
