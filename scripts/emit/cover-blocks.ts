import type { Paragraph } from 'mdast';
import type { Cover } from '../../src/model/index.ts';
import { createParagraphs } from './text-blocks.ts';

/**
 * Paragraphs of the cover notice in printed order: addressees, body, issuer, signed date, remarks.
 * Each addressee keeps its own paragraph so no separator is invented between them.
 */
export function createCoverBlocks(cover: Cover): Paragraph[] {
  return [
    ...createParagraphs(cover.addresseeLine),
    ...cover.paragraphs.flatMap((paragraph) => createParagraphs(paragraph.text)),
    ...createParagraphs(cover.issuer ?? ''),
    ...createParagraphs(cover.signedDate?.printed ?? ''),
    ...cover.remarks.flatMap(createParagraphs),
  ];
}
