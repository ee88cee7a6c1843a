import { CorpusExtractor, extractArticle } from '../../../graph-import/extract/index.js';
import { article } from '../../helpers/articles.js';

const bare = () => article('Talks ended late, and Berg said the partners had agreed.');
const titled = () => article('Estonian Foreign Minister Anna Berg arrived in Tallinn on Sunday.');
const unrelated = () => article('Chile and Peru signed a grain deal.');

describe('CorpusExtractor', () => {
  it('should list as stale only the articles that asked about a name learned after them', () => {
    const extractor = new CorpusExtractor();
    [bare(), titled(), unrelated()].forEach((input) => extractor.extract(input));
    expect(extractor.stale()).toEqual([0]);
  });

  it('should list nothing as stale when every name is introduced before it is used bare', () => {
    const extractor = new CorpusExtractor();
    [titled(), bare(), unrelated()].forEach((input) => extractor.extract(input));
    expect(extractor.stale()).toEqual([]);
  });

  it('should extract what extracting every article with all the names of the corpus known gives', () => {
    const articles = [
      bare(),
      titled(),
      unrelated(),
      article('Berg met Chilean President Luis Soto, who said: "We agree."'),
    ];
    const extractor = new CorpusExtractor();
    const extractions = articles.map((input) => extractor.extract(input));
    for (const index of extractor.stale()) extractions[index] = extractor.extractAgain(articles[index]!);
    const everyNameKnown = articles.map((input) => extractArticle(input, extractor.known));
    expect(extractions).toEqual(everyNameKnown);
    expect(extractions[0]!.people.map((person) => person.name)).toEqual(['Berg']);
  });
});
