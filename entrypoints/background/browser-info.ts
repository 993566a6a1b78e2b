import { browser } from 'wxt/browser';

let cached: string | undefined;

interface Brand { brand: string; version: string }
type UaData = { getHighEntropyValues(hints: string[]): Promise<{ fullVersionList?: Brand[] }> };

/** The browser's name and full version (Chrome reduces its user agent to "156.0.0.0"). */
export async function browserVersion(): Promise<string> {
  if (cached) return cached;
  const runtime = browser.runtime as unknown as { getBrowserInfo?: () => Promise<{ name: string; version: string }> };
  if (runtime.getBrowserInfo) {
    const info = await runtime.getBrowserInfo();
    cached = `${info.name} ${info.version}`;
    return cached;
  }
  const uaData = (navigator as unknown as { userAgentData?: UaData }).userAgentData;
  const brands = (await uaData?.getHighEntropyValues(['fullVersionList']).catch(() => undefined))?.fullVersionList ?? [];
  const real = brands.filter((b) => !/not.?a.?brand/i.test(b.brand));
  cached = real.length ? real.map((b) => `${b.brand} ${b.version}`).join(', ') : navigator.userAgent;
  return cached;
}
