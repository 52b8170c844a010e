import type { DefaultTreeAdapterTypes } from 'parse5';

/**
 * Walking a parse5 tree, as the adapters that read markup need it (`tagged.ts`, `ocr-markup.ts`,
 * `markdown.ts`): parse5 files the children of a `<template>` (the context a fragment is parsed
 * in) under `content`, so every walk goes through {@link childrenOf}.
 */
export type Element = DefaultTreeAdapterTypes.Element;
export type Node = DefaultTreeAdapterTypes.ChildNode;

export const isElement = (node: Node): node is Element => 'tagName' in node;

/** An element's children, a `<template>`'s from its content. */
export const childrenOf = (node: Element): Node[] =>
  node.tagName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content.childNodes : node.childNodes;

/** The text under a node, as it stands (white space kept). */
export const textOf = (node: Node): string =>
  node.nodeName === '#text' ? (node as DefaultTreeAdapterTypes.TextNode).value : isElement(node) ? childrenOf(node).map(textOf).join('') : '';

/** An element's attribute. */
export const attribute = (element: Element, name: string): string | undefined => element.attrs.find((entry) => entry.name === name)?.value;

/** The outermost elements under `nodes` that pass `test`, in document order (a match is not searched inside). */
export function findElements(nodes: readonly Node[], test: (element: Element) => boolean, out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) out.push(node);
    else findElements(childrenOf(node), test, out);
  }
  return out;
}
