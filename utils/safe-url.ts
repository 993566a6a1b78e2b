/**
 * A URL that may become a link: http: and https: only. Evidence and imported bundles carry URLs
 * from pages and files (javascript:, data:, file: would run or open something when clicked).
 */
export function linkable(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
