import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { CLOSING_LINE_RULES, type LineRule } from './classify-lines.ts';
import { wordAcross } from './headline-grammar.ts';
import { SETTINGS } from './settings.ts';
import { bigrams, endsSentence, overlap, type Bigram } from './text-utils.ts';
import type { BlockData } from './types.ts';

/** A block `interleaved-blocks` moved ({@link reorderInterleaved}). */
export interface InterleaveMove {
  /** First source line of the block that moved. */
  readonly line: number;
  /** Last source line of the block it now follows. */
  readonly after: number;
}

interface Block {
  readonly nodes: Paragraph[];
  /** The story (chain of blocks) the block belongs to, by its first block's index. */
  chain: number;
}

const textOf = (node: Paragraph) => node.children.map((child) => ('value' in child ? child.value : '')).join('');
const blockData = (node: Paragraph): BlockData => node.data!.block!;

/** The block is body text left open: it ends on no sentence end and no closing line. */
function endsOpen(block: Block): boolean {
  const last = block.nodes.at(-1)!;
  const data = blockData(last);
  return data.role === 'body' && !CLOSING_LINE_RULES.has(data.rule as LineRule) && !endsSentence(textOf(last));
}

/** The block is only bylines or credits: lines an extraction may set between two blocks of a story's text. */
const interrupts = (block: Block) => block.nodes.every((node) => blockData(node).role === 'byline' || blockData(node).role === 'credit');

/** The block opens mid-sentence: plain body text, not indented, no lead, no marker. */
function opensMid(block: Block): boolean {
  const data = blockData(block.nodes[0]!);
  return data.role === 'body' && data.rule === 'body' && !data.indent;
}

/**
 * Rule `interleaved-blocks`: in printed columns an extraction can give two stories' column blocks in turns (the
 * first story's first block, the second story's first block, the first story's second block …), each block broken
 * off mid-sentence. A block that opens mid-sentence after a blank line continues the block before it, unless an
 * earlier block also left open shows it is the one: a word runs across the join with it (`…参议` / `员都踊跃发言` is
 * `参议员`) and none across the join with the block before, and the block shares more of that story's words. Such a
 * block is moved to follow the block it continues; its lines keep their numbers. Nothing is moved on a page of one
 * paragraph per line, or where the evidence is missing.
 *
 * Returns the page's blocks (runs of lines between blank lines) in the order a reader follows them, and the moves.
 */
export function reorderInterleaved(nodes: readonly Paragraph[]): { nodes: Paragraph[]; moves: InterleaveMove[] } {
  const blocks: Block[] = [];
  for (const node of nodes) {
    if (blocks.length === 0 || blockData(node).blankBefore) blocks.push({ nodes: [], chain: blocks.length });
    blocks.at(-1)!.nodes.push(node);
  }
  // The reading order as a linked list of block indices, so a block moves in constant time.
  const next = blocks.map((_, index) => (index + 1 < blocks.length ? index + 1 : -1));
  const previous = blocks.map((_, index) => index - 1);
  const moveAfter = (index: number, after: number) => {
    if (next[after] === index) return;
    if (previous[index]! >= 0) next[previous[index]!] = next[index]!;
    if (next[index]! >= 0) previous[next[index]!] = previous[index]!;
    next[index] = next[after]!;
    previous[index] = after;
    if (next[after]! >= 0) previous[next[after]!] = index;
    next[after] = index;
  };
  /** The last block of each chain that is still open, by chain (only those within reach are kept). */
  const openTails = new Map<number, number>();
  /** The last block of each chain, wherever it stands. */
  const chainTail = new Map<number, number>();
  // Each chain's bigrams, reckoned only when a word runs across a join (rarely): the blocks not yet counted wait.
  const texts: string[] = [];
  const chainGrams = new Map<number, Set<Bigram>>();
  const uncounted = new Map<number, number[]>();
  const gramsOf = (chain: number) => {
    const grams = chainGrams.get(chain) ?? new Set<Bigram>();
    for (const waiting of uncounted.get(chain) ?? []) for (const gram of bigrams(texts[waiting]!)) grams.add(gram);
    uncounted.delete(chain);
    chainGrams.set(chain, grams);
    return grams;
  };
  const moves: InterleaveMove[] = [];
  blocks.forEach((block, index) => {
    const text = block.nodes.map(textOf).join('');
    texts.push(text);
    // The block before, past bylines and credits the extraction set between a story's blocks (`byline-in-text`).
    let before = index - 1;
    while (before >= 0 && interrupts(blocks[before]!)) before--;
    const previousBlock = blocks[before];
    for (const [chain, tail] of openTails) if (index - tail > SETTINGS.segment.interleaveReach) openTails.delete(chain);
    if (previousBlock && opensMid(block)) {
      const defaultChain = previousBlock.chain;
      const defaultOpen = openTails.get(defaultChain) === before;
      const share = (chain: number) => overlap(bigrams(text), gramsOf(chain));
      // Only an earlier open block of another story can take the block (most blocks have none: no word to look up).
      const others = [...openTails].filter(([chain]) => chain !== defaultChain);
      const acrossDefault = others.length > 0 && defaultOpen && wordAcross(textOf(previousBlock.nodes.at(-1)!), text);
      // Evidence for an earlier open block: a word across the join with it, none across the join with the block
      // before, and more of its story's words. (Far more of its story's words alone was tried: it moved a block of a
      // held-out page wrongly and no dev block rightly.) Shares are reckoned only where a word runs across.
      const across = acrossDefault ? [] : others.filter(([, tail]) => wordAcross(textOf(blocks[tail]!.nodes.at(-1)!), text));
      const defaultShare = across.length > 0 && defaultOpen ? share(defaultChain) : 0;
      const best = across
        .map(([chain, tail]) => ({ chain, tail, share: share(chain) }))
        .filter((candidate) => candidate.share > defaultShare)
        .sort((a, b) => b.share - a.share)[0];
      if (best) {
        block.chain = best.chain;
        moves.push({ line: blockData(block.nodes[0]!).lines[0]!, after: blockData(blocks[best.tail]!.nodes.at(-1)!).lines.at(-1)! });
        // The moved block runs on from the one it follows: no blank line between them any more.
        blockData(block.nodes[0]!).blankBefore = false;
      } else if (defaultOpen) block.chain = defaultChain;
    }
    // A block that goes on a chain follows that chain's last block, wherever it was moved.
    const tail = chainTail.get(block.chain);
    // (Bylines and credits between it and that block stay where they are: the story's, read in its text.)
    let reading = previous[index]!;
    while (reading >= 0 && interrupts(blocks[reading]!)) reading = previous[reading]!;
    if (tail !== undefined && block.chain !== index && reading !== tail) moveAfter(index, tail);
    chainTail.set(block.chain, index);
    const waiting = uncounted.get(block.chain);
    if (waiting) waiting.push(index);
    else uncounted.set(block.chain, [index]);
    if (endsOpen(block)) openTails.set(block.chain, index);
    else openTails.delete(block.chain);
  });
  const order: Paragraph[] = [];
  for (let index = blocks.length > 0 ? 0 : -1; index >= 0; index = next[index]!) for (const node of blocks[index]!.nodes) order.push(node);
  return { nodes: order, moves };
}

/** remark plugin: on a page of printed columns, put interleaved column blocks back in reading order ({@link reorderInterleaved}). */
export const remarkInterleave: Plugin<[], Root> = () => (tree, file) => {
  if (file.data.lineProfile?.longLines) return;
  const lines = tree.children.filter((node): node is Paragraph => node.type === 'paragraph' && Boolean(node.data?.block?.role));
  if (lines.length !== tree.children.length) return;
  const { nodes, moves } = reorderInterleaved(lines);
  if (moves.length === 0) return;
  tree.children = nodes;
  file.data.interleaveMoves = moves;
};

declare module 'vfile' {
  interface DataMap {
    /** Blocks `interleaved-blocks` moved (see {@link reorderInterleaved}). */
    interleaveMoves: InterleaveMove[];
  }
}
