import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let instance: Jieba | undefined;

/**
 * The project's one jieba word segmenter (`@node-rs/jieba` with its own dictionary), loaded on
 * first use and shared: the Traditional conversion cuts words with it, the ingest reads headline
 * decks' parts of speech with it.
 */
export function jieba(): Jieba {
  instance ??= Jieba.withDict(dict);
  return instance;
}
