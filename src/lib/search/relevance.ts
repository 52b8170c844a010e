/**
 * Graded relevance judgements and the measures `npm run bench:search` reports for them
 * (bench/realistic-queries.yaml): P@5, recall, nDCG@10, MRR, zero results on answerable queries
 * and precision of everything returned.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** 2 = the article is about it, 1 = it mentions it. */
export type Grade = 1 | 2;

export interface JudgedQuery {
  readonly query: string;
  readonly category: string;
  /** Which site it is typed on: the Simplified (`hans`) or the Traditional (`hant`) one. */
  readonly site: 'hans' | 'hant';
  /** Tuning half (odd positions in its category) or held-out half (even positions). */
  readonly half: 'tuning' | 'held-out';
  readonly relevant: ReadonlyMap<string, Grade>;
}

/**
 * Read a judged query set. Every query needs `q`, `site` (hans or hant) and `rel` (article id →
 * 1 or 2, each id one of `articleIds`); an error names the file and line.
 */
export function parseJudgedQueries(text: string, file: string, articleIds: ReadonlySet<string>): JudgedQuery[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const fail = (node: Node | null | undefined, message: string): never => {
    const at = node?.range ? lines.linePos(node.range[0]).line : 1;
    throw new Error(`${file}:${at}: ${message}`);
  };
  if (doc.errors.length > 0) throw new Error(`${file}:${doc.errors[0]!.linePos?.[0].line ?? 1}: ${doc.errors[0]!.message}`);
  const categories = doc.get('categories', true);
  if (!isMap(categories)) return fail(doc.contents, 'expected a `categories` map');
  const queries: JudgedQuery[] = [];
  for (const pair of categories.items) {
    const category = String((pair.key as Node & { value?: unknown })?.toString());
    if (!isSeq(pair.value)) return fail(pair.value as Node, `category ${category}: expected a list of queries`);
    for (const [index, item] of pair.value.items.entries()) {
      if (!isMap(item)) return fail(item as Node, 'expected a query ({ q, site, rel })');
      const q = item.get('q', true);
      const site = item.get('site');
      const rel = item.get('rel', true);
      if (!isScalar(q) || String(q.value).trim() === '') return fail(item, 'a query needs `q`');
      if (site !== 'hans' && site !== 'hant') return fail(item, `\`site\` must be hans or hant, not ${String(site)}`);
      if (!isMap(rel)) return fail(item, '`rel` must be a map of article id → grade (1 or 2)');
      const relevant = new Map<string, Grade>();
      for (const judged of rel.items) {
        const id = String((judged.key as { value?: unknown }).value);
        const grade = isScalar(judged.value) ? judged.value.value : null;
        if (!articleIds.has(id)) return fail(judged.key as Node, `unknown article id ${id}`);
        if (grade !== 1 && grade !== 2) return fail(judged.value as Node, `grade of ${id} must be 1 or 2`);
        relevant.set(id, grade);
      }
      queries.push({ query: String(q.value), category, site, half: index % 2 === 0 ? 'tuning' : 'held-out', relevant });
    }
  }
  return queries;
}

/** The measures of one ranking against its judgements. */
export interface QueryScore {
  readonly answerable: boolean;
  readonly returned: number;
  readonly relevantReturned: number;
  readonly pAt5: number;
  readonly recall: number;
  readonly ndcg10: number;
  readonly rr: number;
}

/**
 * Score a ranking (article ids, best first, no repeats). Gains are the grades (2 or 1); nDCG@10
 * uses log2(rank + 1) discounts against the ideal ordering of the judged articles; P@5 divides by 5.
 */
export function scoreRanking(ranking: readonly string[], relevant: ReadonlyMap<string, Grade>): QueryScore {
  const gain = (id: string) => relevant.get(id) ?? 0;
  const dcg = (gains: readonly number[]) => gains.slice(0, 10).reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);
  const ideal = dcg([...relevant.values()].sort((a, b) => b - a));
  const relevantReturned = ranking.filter((id) => relevant.has(id)).length;
  const first = ranking.findIndex((id) => relevant.has(id));
  return {
    answerable: relevant.size > 0,
    returned: ranking.length,
    relevantReturned,
    pAt5: ranking.slice(0, 5).filter((id) => relevant.has(id)).length / 5,
    recall: relevant.size ? relevantReturned / relevant.size : 0,
    ndcg10: ideal ? dcg(ranking.map(gain)) / ideal : 0,
    rr: first >= 0 ? 1 / (first + 1) : 0,
  };
}

/** Means over the answerable queries of a group, zero-result rate among them, and precision of all returned hits. */
export interface Summary {
  readonly queries: number;
  readonly answerable: number;
  readonly pAt5: number;
  readonly recall: number;
  readonly ndcg10: number;
  readonly mrr: number;
  /** Share of answerable queries that returned nothing. */
  readonly zeroResults: number;
  /** Relevant returned hits / all returned hits, over every query of the group (NaN when nothing was returned). */
  readonly precision: number;
}

export function summarise(scores: readonly QueryScore[]): Summary {
  const answerable = scores.filter((score) => score.answerable);
  const mean = (pick: (score: QueryScore) => number) =>
    answerable.length ? answerable.reduce((sum, score) => sum + pick(score), 0) / answerable.length : Number.NaN;
  const returned = scores.reduce((sum, score) => sum + score.returned, 0);
  return {
    queries: scores.length,
    answerable: answerable.length,
    pAt5: mean((score) => score.pAt5),
    recall: mean((score) => score.recall),
    ndcg10: mean((score) => score.ndcg10),
    mrr: mean((score) => score.rr),
    zeroResults: mean((score) => (score.returned === 0 ? 1 : 0)),
    precision: returned ? scores.reduce((sum, score) => sum + score.relevantReturned, 0) / returned : Number.NaN,
  };
}
