/**
 * Regexes over the normalised text without the Unicode flag. Unicode property classes need it, and
 * with it V8 runs a pattern about twice as slowly on the clauses and windows of a long text; the
 * normalised text has its accents folded away, so Latin letter ranges say the same there.
 */
const CLASSES: Record<string, string> = {
  '\\p{Lu}': 'A-Z\\u00C0-\\u00DE',
  '\\p{Ll}': 'a-z\\u00DF-\\u024F',
  '\\p{L}': 'A-Za-z\\u00C0-\\u024F',
  '\\p{N}': '0-9',
};

/** `source` with \p{L}, \p{Lu}, \p{Ll} and \p{N} as Latin ranges, inside a class or on their own. */
export function latinSource(source: string): string {
  return source
    .replace(/\[((?:\\.|[^\]\\])*)\]/g, (_, inner: string) => `[${inner.replace(/\\p\{(?:Lu|Ll|L|N)\}/g, (p) => CLASSES[p]!)}]`)
    .replace(/\\p\{(?:Lu|Ll|L|N)\}/g, (p) => `[${CLASSES[p]!}]`);
}

/** A regex like `new RegExp(source, flags)`, its letter classes Latin and without the Unicode flag. */
export function latin(source: string | RegExp, flags?: string): RegExp {
  const src = typeof source === 'string' ? source : source.source;
  // without the Unicode flag any other property class would silently mean the letters "p{…}"
  if (/\\[pP]\{(?!(?:Lu|Ll|L|N)\})/.test(src)) throw new Error(`latin: ${src.slice(0, 40)}… needs the Unicode flag`);
  return new RegExp(latinSource(src), (flags ?? (typeof source === 'string' ? '' : source.flags)).replace('u', ''));
}
