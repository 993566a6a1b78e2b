import type { ExportEnv } from './export';

/** Browser and OS of the officer's machine for manifest.json, from the user agent (passed in). */
export function envFromUserAgent(ua: string, toolVersion: string, platformHint?: string): ExportEnv {
  const browser = /Firefox\/([\d.]+)/.exec(ua) ? { name: 'Firefox', version: /Firefox\/([\d.]+)/.exec(ua)![1]! }
    : /Edg\/([\d.]+)/.exec(ua) ? { name: 'Edge', version: /Edg\/([\d.]+)/.exec(ua)![1]! }
    : /Chrom(?:e|ium)\/([\d.]+)/.exec(ua) ? { name: /Chromium\//.test(ua) ? 'Chromium' : 'Chrome', version: /Chrom(?:e|ium)\/([\d.]+)/.exec(ua)![1]! }
    : { name: 'onbekend', version: '' };
  const os = /Windows NT ([\d.]+)/.exec(ua) ? { name: 'Windows', version: /Windows NT ([\d.]+)/.exec(ua)![1]! }
    : /Mac OS X ([\d_.]+)/.exec(ua) ? { name: 'macOS', version: /Mac OS X ([\d_.]+)/.exec(ua)![1]!.replace(/_/g, '.') }
    : /Android ([\d.]+)/.exec(ua) ? { name: 'Android', version: /Android ([\d.]+)/.exec(ua)![1]! }
    : /CrOS/.test(ua) ? { name: 'ChromeOS', version: null }
    : /Linux/.test(ua) ? { name: 'Linux', version: null }
    : { name: platformHint || 'onbekend', version: null };
  return { toolVersion, browser: { ...browser, userAgent: ua }, os };
}
