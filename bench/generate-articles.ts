/**
 * generate-articles: writes news-shaped articles (summits, quotes, pledges, rejections) built from templates with
 * random countries, leaders and sums, for the benchmarks. Deterministic for a given seed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NATIONS } from '../graph-import/extract/lexicon/nations.js';

const FIRST = [
  'Anna',
  'Omar',
  'Lucas',
  'Mei',
  'Jonas',
  'Amara',
  'Pavel',
  'Ines',
  'Kofi',
  'Sara',
  'Tomas',
  'Leila',
  'Ravi',
  'Elena',
  'Hugo',
  'Nadia',
];
const LAST = [
  'Berg',
  'Haddad',
  'Moreira',
  'Tanaka',
  'Lind',
  'Okafor',
  'Novak',
  'Ferreira',
  'Mensah',
  'Costa',
  'Kowal',
  'Rahimi',
  'Iyer',
  'Petrova',
  'Laurent',
  'Sousa',
];
const ROLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Finance Minister'];
const TOPICS = [
  'energy security',
  'grain exports',
  'border security',
  'cyber defence',
  'water rights',
  'shipping lanes',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateArticle(index: number, seed = 7): string {
  const next = random(seed * 100_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const nations = Array.from({ length: 6 }, () => pick(NATIONS).name);
  const [host, guest, rival] = nations;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const leader = person();
  const minister = person();
  const topic = pick(TOPICS);
  const sum = (1 + Math.floor(next() * 90)) / 10;
  const date = `2026-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  const paragraphs = [
    `${host} hosts talks on ${topic}`,
    `${host} ${pick(ROLES)} ${leader} opened a summit on ${topic} on Sunday, calling on partners to act before the winter.`,
    `Countries at the summit included ${nations.slice(1, 5).join(', ')} and ${nations[5]}.`,
    `"We cannot wait for the next crisis to find us unprepared," ${leader.split(' ')[1]} said after the opening session.`,
    `${guest} ${pick(ROLES)} ${minister} pledged €${sum}bn of support for ${topic} projects, and said the money would arrive "within months".`,
    `This comes on top of a £${Math.ceil(sum * 100)}m loan announced last year.`,
    `${rival} rejected the proposed monitoring mission, calling it interference.`,
    `When asked whether the plan would survive the budget talks, he said: "Every partner has signed, and every partner will pay."`,
    `The summit ended with a joint statement on ${topic}, and officials said a second meeting would follow in the spring.`,
  ];
  return `title: ${paragraphs[0]}\ndate: ${date}\noutlet: Bench Wire ${index % 17}\nurl: https://bench.example/${seed}/${index}\n---\n${paragraphs.join('\n\n')}\n`;
}

/** Writes `count` articles into `directory` and returns their paths. */
export async function generateArticles(directory: string, count: number, seed = 7): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const file = join(directory, `article-${String(index).padStart(5, '0')}.txt`);
    await writeFile(file, generateArticle(index, seed));
    files.push(file);
  }
  return files;
}
