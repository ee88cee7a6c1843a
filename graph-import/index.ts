/**
 * graph-import: the importer's face, all that the server (or any other program) uses of it: read an article, import
 * files or texts, remove articles, review merges, extract in memory, and the limits. The command-line programs
 * (cli.ts and its commands) are apart from it.
 */
export { expandPaths } from './files.js';
export { extractCorpus } from './pipeline.js';
export { importFiles, importTexts, knownLeaders, type ImportOptions, type ImportSummary } from './importer.js';
export { ArticleInputError, decodeArticle, DEFAULT_MAX_ARTICLE_BYTES, type ArticleText } from './read/read-article.js';
export { removeArticles } from './write/graph-writer.js';
export { acceptMerge, listMerges, MergeError, proposeMerges, rejectMerge, splitAlias } from './write/merge-writer.js';
