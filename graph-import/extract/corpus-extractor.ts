/**
 * corpus-extractor: extracts a corpus article by article, each analysed once, with the people named anywhere in it.
 *
 * An article's bare mentions ("Berg said", "including Jane Doe") are people when the corpus names them with a title
 * somewhere, possibly in a later article. The finder is asked once per sentence with the names known before the
 * article: that analysis gives the names the article introduces and, through `NameQuestions`, the names it asked
 * about. The claims are then extracted with the article's own names known too, analysing a sentence again only when
 * one of its questions now answers yes (a name the article itself introduces, usually further down).
 * Names are only ever added, so an article whose questions all still answer no at the end of the corpus was extracted
 * exactly as it would have been with every name known; the few others are listed by `stale()` to be extracted again.
 */
import { layoutDocument } from './document.js';
import { extractAnalysed, extractArticle, type ArticleExtraction, type ArticleInput } from './extract-article.js';
import { KnownNames, NameQuestions } from './known-names.js';
import { findMentions, type SentenceAnalysis } from './mentions.js';
import { surnameOnlyPeople } from './surname-only.js';

/** Whether a person mention introduces a name the corpus should know ("President Anna Berg", "Anna Berg said"). */
function introducesName(
  mention: SentenceAnalysis['mentions'][number],
): mention is Extract<typeof mention, { kind: 'person' }> {
  return mention.kind === 'person' && !mention.firstNameOnly && (mention.titled || mention.name.includes(' '));
}

export class CorpusExtractor {
  /** Each "no" answered while extracting, by question: the articles (in the order added) that asked it. */
  private readonly askedNames = new Map<string, number[]>();
  private readonly askedFirstNames = new Map<string, number[]>();
  private added = 0;

  /** `known`: the names known before this corpus (the graph's), which it then learns into. */
  constructor(readonly known: KnownNames = new KnownNames()) {}

  /** Learns the names the article introduces and extracts its claims with the names known so far. */
  extract(article: ArticleInput): ArticleExtraction {
    const index = this.added++;
    const document = layoutDocument(article.text, article.title);
    const first = document.sentences.map((sentence) => {
      const questions = new NameQuestions(this.known);
      const analysis = findMentions(sentence.text, questions);
      for (const mention of analysis.mentions) if (introducesName(mention)) this.known.add(mention.name);
      return { analysis, questions };
    });
    for (const name of surnameOnlyPeople(first.map(({ analysis }) => analysis))) this.known.add(name);
    const analyses = document.sentences.map((sentence, position) => {
      let { analysis, questions } = first[position]!;
      if (questions.answersYes(this.known)) {
        questions = new NameQuestions(this.known);
        analysis = findMentions(sentence.text, questions);
      }
      this.remember(questions, index);
      return analysis;
    });
    return extractAnalysed(article, document, analyses);
  }

  /** The articles (by the order they were added) whose extraction would change with the names learned after them. */
  stale(): number[] {
    const stale = new Set<number>();
    for (const [key, articles] of this.askedNames)
      if (this.known.matchesKey(key)) articles.forEach((i) => stale.add(i));
    for (const [key, articles] of this.askedFirstNames)
      if (this.known.isFirstNameKey(key)) articles.forEach((i) => stale.add(i));
    return [...stale].sort((a, b) => a - b);
  }

  /** Extracts an article again with every name of the corpus known. */
  extractAgain(article: ArticleInput): ArticleExtraction {
    return extractArticle(article, this.known);
  }

  private remember(questions: NameQuestions, article: number): void {
    const note = (asked: Map<string, number[]>, key: string) => {
      const articles = asked.get(key);
      if (!articles) asked.set(key, [article]);
      else if (articles[articles.length - 1] !== article) articles.push(article);
    };
    for (const key of questions.names) note(this.askedNames, key);
    for (const key of questions.firstNames) note(this.askedFirstNames, key);
  }
}
