/** Where the ingest wrote the collections: content/ unless a bench or test build points elsewhere (HEALTHY_CONTENT_DIR). */
export const CONTENT_DIR: string = process.env['HEALTHY_CONTENT_DIR'] ?? './content';
