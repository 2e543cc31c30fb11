import type { Heading, Paragraph } from 'mdast';

/** Heading depths the body uses: h1 belongs to the page layout. */
export type BodyHeadingDepth = 2 | 3 | 4 | 5;

/**
 * Split printed text into its lines; empty lines are dropped because markdown has no empty paragraph.
 * @example splitPrintedLines('一、总体要求\r\n\r\n(一)指导思想') // ['一、总体要求', '(一)指导思想']
 */
export function splitPrintedLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line !== '');
}

/**
 * One paragraph per printed line: markdown would otherwise join the lines of a paragraph with a space.
 * The text goes into `text` nodes, so the serializer escapes it and no notice text can become syntax.
 */
export function createParagraphs(text: string): Paragraph[] {
  return splitPrintedLines(text).map((line) => ({ type: 'paragraph', children: [{ type: 'text', value: line }] }));
}

/** A heading whose only content is the given plain text, kept verbatim. */
export function createHeading(depth: BodyHeadingDepth, text: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}
