/**
 * money: sums of money in text ("£1.6bn", "$2 billion", "A$150 million", "€500m", "3 billion euros"), with amount and
 * currency.
 */
import { allMatches } from './tokens.js';

export interface Money {
  start: number;
  end: number;
  /** As written, without the currency sign: "1.6bn". */
  amount: string;
  currency: string;
  /** In units of the currency. */
  value: number;
}

const SYMBOLS: Record<string, string> = {
  '£': 'GBP',
  $: 'USD',
  US$: 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  C$: 'CAD',
  CA$: 'CAD',
  HK$: 'HKD',
  S$: 'SGD',
  R$: 'BRL',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
};
const WORDS: Record<string, string> = {
  dollars: 'USD',
  euros: 'EUR',
  pounds: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  rupees: 'INR',
  roubles: 'RUB',
  rubles: 'RUB',
  lira: 'TRY',
  riyals: 'SAR',
  dirhams: 'AED',
  francs: 'CHF',
  kroner: 'NOK',
  kronor: 'SEK',
  pesos: 'MXN',
  reais: 'BRL',
  // Also words of their own ("won the vote", "Rand Paul"): read only after a scale, "2 trillion won".
  won: 'KRW',
  rand: 'ZAR',
};
/** The nation named before a currency word, where it is not the word's own: "Australian dollars", "Danish kroner". */
const QUALIFIED: Record<string, string> = {
  'us dollars': 'USD',
  'u.s. dollars': 'USD',
  'australian dollars': 'AUD',
  'canadian dollars': 'CAD',
  'new zealand dollars': 'NZD',
  'hong kong dollars': 'HKD',
  'singapore dollars': 'SGD',
  'danish kroner': 'DKK',
  'norwegian kroner': 'NOK',
  'swedish kronor': 'SEK',
  'swiss francs': 'CHF',
  'chinese yuan': 'CNY',
  'japanese yen': 'JPY',
  'indian rupees': 'INR',
  'pakistani rupees': 'PKR',
  'saudi riyals': 'SAR',
  'turkish lira': 'TRY',
  'south african rand': 'ZAR',
  'mexican pesos': 'MXN',
  'brazilian reais': 'BRL',
};
/** ISO codes written before the sum: "NOK 200 million", "AUD 500 million". */
const CODES = new Set(
  'USD EUR GBP JPY CNY INR AUD CAD NZD CHF NOK SEK DKK HKD SGD BRL ZAR SAR AED KRW TRY RUB MXN PKR'.split(' '),
);
const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12,
};

const SYMBOL_FIRST =
  /((?:\b(?:US|AU|NZ|CA|HK|A|C|S|R))?\$|[£€¥₹₩])\s?(\d+(?:[.,]\d+)*)\s?(bn|billion|mn|million|m|tn|trillion|k|thousand|b)?\b/gi;
const WORD_LAST =
  /\b(\d+(?:[.,]\d+)*)\s?(?:(billion|million|trillion|thousand|bn|m)?\s+((?:(?:US|U\.S\.|Australian|Canadian|New\s+Zealand|Hong\s+Kong|Singapore|Danish|Norwegian|Swedish|Swiss|Chinese|Japanese|Indian|Pakistani|Saudi|Turkish|Mexican|Brazilian)\s+)?(?:dollars|euros|pounds|yen|yuan|rupees|roubles|rubles|lira|riyals|dirhams|francs|kroner|kronor|pesos|reais))|(billion|million|trillion|bn|m)\s+((?:South\s+African\s+)?rand|won))\b/gi;
const CODE_FIRST = /\b([A-Z]{3})\s?(\d+(?:[.,]\d+)*)\s?(bn|billion|mn|million|m|tn|trillion|k|thousand|b)?\b/g;

export function findMoney(text: string): Money[] {
  const found: Money[] = [];
  for (const match of allMatches(SYMBOL_FIRST, text)) {
    const scale = match[3]?.toLowerCase();
    found.push(money(match.index, match[0].length, match[2]!, scale, SYMBOLS[match[1]!.toUpperCase()] ?? 'USD'));
  }
  for (const match of allMatches(WORD_LAST, text)) {
    if (found.some((sum) => match.index < sum.end && match.index + match[0].length > sum.start)) continue;
    const [scale, words] = match[3] ? [match[2], match[3]] : [match[4], match[5]!];
    const currency = words.toLowerCase().replace(/\s+/g, ' ');
    const code = QUALIFIED[currency] ?? WORDS[currency.split(' ').at(-1)!]!;
    found.push(money(match.index, match[0].length, match[1]!, scale?.toLowerCase(), code));
  }
  for (const match of allMatches(CODE_FIRST, text)) {
    if (!CODES.has(match[1]!)) continue;
    if (found.some((sum) => match.index < sum.end && match.index + match[0].length > sum.start)) continue;
    found.push(money(match.index, match[0].length, match[2]!, match[3]?.toLowerCase(), match[1]!));
  }
  return found.sort((a, b) => a.start - b.start);
}

function money(start: number, length: number, digits: string, scale: string | undefined, currency: string): Money {
  const number = Number(digits.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  const amount = scale ? `${digits}${scale.length <= 2 ? scale : ` ${scale}`}` : digits;
  return { start, end: start + length, amount, currency, value: number * (scale ? (SCALE[scale] ?? 1) : 1) };
}
