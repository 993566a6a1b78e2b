import { describe, expect, it } from 'vitest';
import { envFromUserAgent } from '../../../utils/bundle/env';

describe('envFromUserAgent', () => {
  it('names browser and OS from real user agents', () => {
    expect(envFromUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36', '0.1.0'))
      .toMatchObject({ toolVersion: '0.1.0', browser: { name: 'Chrome', version: '140.0.0.0' }, os: { name: 'Linux', version: null } });
    expect(envFromUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0', '1').browser).toMatchObject({ name: 'Firefox', version: '128.0' });
    expect(envFromUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86', '1'))
      .toMatchObject({ browser: { name: 'Edge', version: '131.0.2903.86' }, os: { name: 'Windows', version: '10.0' } });
    expect(envFromUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15', '1').os).toEqual({ name: 'macOS', version: '10.15.7' });
    expect(envFromUserAgent('iets', '1', 'Plan9')).toMatchObject({ browser: { name: 'onbekend' }, os: { name: 'Plan9' } });
  });
});
