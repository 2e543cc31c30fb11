/** Escape the five XML special characters. */
function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A sitemaps.org urlset listing the given locations in order.
 * @example renderSitemap(['https://example.org/']) // '<?xml …?>\n<urlset …>\n  <url><loc>https://example.org/</loc></url>\n</urlset>\n'
 */
export function renderSitemap(locations: readonly string[]): string {
  const urls = locations.map((location) => `  <url><loc>${escapeXml(location)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
