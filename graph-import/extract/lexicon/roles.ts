/**
 * roles: titles of office and honorifics, for recognising leaders and the roles they hold.
 */

/** Words that end a title of office ("Prime Minister", "Foreign Secretary", "King"). */
export const ROLE_HEADS = new Set([
  'president', 'vice-president', 'minister', 'secretary', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emperor',
  'secretary-general', 'executive', 'pope', 'premier', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'mayor', 'senator',
  'congressman', 'congresswoman', 'commissioner', 'chairman', 'chairwoman', 'chair', 'ceo', 'director', 'commander',
  'general', 'admiral', 'marshal', 'chief', 'head', 'leader', 'representative', 'speaker', 'taoiseach', 'monarch',
  'sultan', 'emir', 'sheikh', 'ayatollah', 'president-elect', 'counterpart', 'mp', 'mep', 'pm', 'diplomat', 'official',
  'negotiator', 'adviser', 'advisor', 'attorney', 'justice', 'judge', 'colonel', 'lieutenant', 'field', 'dictator',
  'chairperson', 'treasurer', 'economist',
]);

/** Words that may precede a role head inside a title ("Foreign", "Prime", "Deputy", "Defence"). */
export const ROLE_MODIFIERS = new Set([
  'prime', 'foreign', 'defence', 'defense', 'treasury', 'finance', 'interior', 'home', 'deputy', 'vice', 'first',
  'acting', 'former', 'chief', 'secretary', 'state', 'general', 'supreme', 'crown', 'high', 'senior', 'top', 'economy',
  'economic', 'trade', 'health', 'energy', 'justice', 'culture', 'education', 'transport', 'environment', 'agriculture',
  'security', 'national', 'junior', 'armed', 'forces', 'press', 'white', 'house', 'cabinet', 'european', 'commission',
  'foreign-policy', 'labour', 'labor', 'budget', 'digital', 'industry', 'veterans', 'war', 'navy', 'army', 'military',
  'attorney', 'special', 'presidential', 'chancellor', 'exchequer', 'opposition', 'party', 'union', 'council', 'lord',
  'managing', 'executive', 'mining', 'mines', 'fisheries', 'tourism', 'housing', 'water', 'communications',
  'information', 'infrastructure', 'planning', 'development', 'social', 'women', 'youth', 'sports', 'science',
  'technology', 'immigration', 'migration', 'commerce', 'public', 'works', 'climate', 'oceans', 'railways', 'petroleum',
  'oil', 'family', 'welfare', 'employment', 'investment', 'finance', 'treasury', 'natural', 'resources', 'territorial',
  'ministry', 'department', 'government',
]);

/** Role words that stand for the head of a government or state when used alone ("the Ukrainian leader"). */
export const HEAD_ROLES = new Set(['president', 'prime minister', 'pm', 'chancellor', 'premier', 'king', 'queen', 'leader', 'counterpart', 'taoiseach', 'monarch', 'emir', 'sultan']);

/** Honorifics dropped from names. */
export const HONORIFICS = new Set(['Sir', 'Dame', 'Lord', 'Lady', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Professor', 'Madam', 'Monsieur', 'Herr', 'Frau', 'Rev', 'Rev.', 'Sheikh', 'Senator', 'Sen.', 'Rep.', 'Gen.', 'Gov.', 'Col.', 'Lt.', 'Adm.']);

/** Canonical spelling of roles that news abbreviates or spells two ways. */
export const ROLE_SYNONYMS: Record<string, string> = {
  pm: 'prime minister',
  'vice president': 'vice-president',
  'secretary-general': 'secretary general',
  'defense secretary': 'defence secretary',
  'defense minister': 'defence minister',
  'foreign affairs minister': 'foreign minister',
  'minister of foreign affairs': 'foreign minister',
  'secretary of state': 'secretary of state',
};

/** Lower-case words that may sit inside a person's name ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES = new Set(['von', 'der', 'van', 'de', 'den', 'da', 'di', 'del', 'la', 'le', 'du', 'bin', 'al', 'el', 'ibn', 'ter', 'dos', 'das', 'y']);

/** Generation suffixes and regnal numbers that stay in a name ("Charles III", "Martin Luther King Jr"). */
export const NAME_SUFFIXES = /^(?:Jr\.?|Sr\.?|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;
