/**
 * topics: a generic topic belongs to its article; variants of one topic in one article are one.
 */

/**
 * The key of a Topic node. A topic that names something ("the Indus Waters Treaty", "the EU's loan plan") is one node
 * across articles; a generic one ("the sanctions", "the new tax") belongs to its article, so that two articles' "the
 * sanctions" on different countries do not connect their actors.
 */
export function topicKey(name: string, article: string): string {
  const named = /\s\p{Lu}/u.test(name.replace(/^(?:the|a|an)\s+/i, ' '));
  return named ? name : `${name} ${article}`;
}

/**
 * The head noun of a topic phrase, singular, for telling two wordings of one thing apart: "the controversial deals
 * with X" and "the deals due to public uproar" are both "deal". The noun phrase ends at a preposition, a comma or a
 * verb after a noun ("the deals demonstrated his resolve"); a quotation has no head.
 */
export function topicHead(topic: string): string | null {
  if (/[“"‘]/.test(topic)) return null;
  const words = topic.toLowerCase().split(/\s+/);
  const phrase: string[] = [];
  for (const [index, word] of words.entries()) {
    if (TOPIC_PHRASE_END.test(word) || /[,;:]$/.test(words[index - 1] ?? '')) break;
    if (index > 0 && /ed$/.test(word) && !/^(?:the|a|an|its|their|his|her)$/.test(words[index - 1]!)) break;
    phrase.push(word);
  }
  const head = phrase.at(-1)?.replace(/[^\p{L}-]/gu, '');
  if (!head || /^(?:the|a|an|this|that|it|them|its|their|his|her)$/.test(head)) return null;
  return head.replace(/(?<=\w{3})s$/, '');
}

const TOPIC_PHRASE_END =
  /^(?:with|for|of|on|to|due|by|in|from|against|over|at|after|before|because|which|that|who|as|and|or|but)$/;
