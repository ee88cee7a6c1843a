/**
 * cue-scan: which lists of cue words a sentence holds, found in one pass over its lower-case text. The rules test a
 * cue before their pattern; with some forty lists, one automaton over every list's words (Aho-Corasick, compiled to
 * a table) costs a sentence one scan instead of forty.
 */

/** The automaton over every list registered so far; rebuilt when a list is first seen. */
interface Automaton {
  /** Lists registered, in the order of their index in a scan's result. */
  lists: (readonly string[])[];
  /** Symbol of each UTF-16 code unit below 256 (0: a character no cue word holds); every space is the space. */
  symbolOf: Uint8Array;
  symbols: number;
  /** Next state for (state, symbol), at `state * symbols + symbol`. */
  next: Int32Array;
  /** The lists whose words end at each state (a word, or a word it ends with). */
  hits: number[][];
}

const listIndex = new WeakMap<readonly string[], number>();
/** The same index by the list's words: a list written in place ("mayContain(state, ['x'])") is a new array each call. */
const indexByWords = new Map<string, number>();
const lists: (readonly string[])[] = [];
let automaton: Automaton | null = null;

/** The index of a list of cue words in a scan's result; a list seen for the first time joins the automaton. */
export function cueListIndex(words: readonly string[]): number {
  let index = listIndex.get(words);
  if (index !== undefined) return index;
  const key = words.join('\n');
  index = indexByWords.get(key);
  if (index === undefined) {
    const foreign = words.find((word) => [...word].some((char) => char.charCodeAt(0) > 127));
    if (foreign !== undefined) throw new Error(`cue-scan: cue word "${foreign}" has a character outside ASCII`);
    index = lists.push(words) - 1;
    indexByWords.set(key, index);
    automaton = null;
  }
  listIndex.set(words, index);
  return index;
}

/** Which registered lists have a word in this lower-case text: one byte per list, 1 when one of its words is there. */
export function scanCues(lower: string): Uint8Array {
  const { symbolOf, symbols, next, hits, lists: known } = (automaton ??= build(lists));
  const found = new Uint8Array(known.length);
  let state = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    state = next[state * symbols + (code < 256 ? symbolOf[code]! : 0)]!;
    const ending = hits[state]!;
    for (let k = 0; k < ending.length; k++) found[ending[k]!] = 1;
  }
  return found;
}

/**
 * Whether the text may hold one of these words: the holder keeps the text's scan, made at the first question and made
 * again only for a list registered since.
 */
export function mayHoldCue(holder: { cues?: Uint8Array }, text: string, words: readonly string[]): boolean {
  const index = cueListIndex(words);
  if (!holder.cues || !scanCovers(holder.cues, index)) holder.cues = scanCues(text.toLowerCase());
  return holder.cues[index] === 1;
}

/** Whether a scan made with the lists known then covers this list (a list registered later needs a new scan). */
export function scanCovers(found: Uint8Array, index: number): boolean {
  return index < found.length;
}

function build(registered: (readonly string[])[]): Automaton {
  const symbolOf = new Uint8Array(256);
  let symbols = 1;
  for (const words of registered)
    for (const word of words)
      for (const char of word) if (!symbolOf[char.charCodeAt(0)]) symbolOf[char.charCodeAt(0)] = symbols++;
  // A cue's space matches any space of the text ("offered\nto" in a wire's hard line break), as a pattern's \s does.
  for (const space of [9, 10, 11, 12, 13, 160]) symbolOf[space] = symbolOf[32]!;

  // The trie of every word, then the failure links breadth first (each state's longest proper suffix in the trie).
  const children: Map<number, number>[] = [new Map()];
  const hits: number[][] = [[]];
  registered.forEach((words, list) => {
    for (const word of words) {
      let state = 0;
      for (const char of word) {
        const symbol = symbolOf[char.charCodeAt(0)]!;
        let child = children[state]!.get(symbol);
        if (child === undefined) {
          child = children.push(new Map()) - 1;
          hits.push([]);
          children[state]!.set(symbol, child);
        }
        state = child;
      }
      if (!hits[state]!.includes(list)) hits[state]!.push(list);
    }
  });
  const next = new Int32Array(children.length * symbols);
  const fail = new Int32Array(children.length);
  const queue: number[] = [];
  for (let symbol = 0; symbol < symbols; symbol++) {
    const child = children[0]!.get(symbol);
    if (child !== undefined) {
      next[symbol] = child;
      queue.push(child);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const list of hits[fail[state]!]!) if (!hits[state]!.includes(list)) hits[state]!.push(list);
    for (let symbol = 0; symbol < symbols; symbol++) {
      const child = children[state]!.get(symbol);
      const fallback = next[fail[state]! * symbols + symbol]!;
      if (child === undefined) next[state * symbols + symbol] = fallback;
      else {
        next[state * symbols + symbol] = child;
        fail[child] = fallback;
        queue.push(child);
      }
    }
  }
  return { lists: [...registered], symbolOf, symbols, next, hits };
}
