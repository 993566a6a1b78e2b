import { describe, expect, it } from 'vitest';
import { identityRects, ownIdentity } from '../../../utils/evidence/identity';
import { emptyProfile } from '../../../utils/profile';

const profile = { ...emptyProfile(), terms: { ...emptyProfile().terms, ownNames: ['Karin Smit'] }, accounts: [{ platform: 'x' as const, handle: '@wijkagent_karin' }] };
const box = (x: number, y: number, width = 40, height = 16) => ({ x, y, width, height });
const post = box(300, 100, 500, 300);

describe('where the screenshot shows the officer', () => {
  it('finds the account region, the own name as a word sequence, the handle, and an avatar by its label; device pixels, padded', () => {
    const scan = {
      regions: [box(10, 600, 200, 60)],
      words: [
        { t: 'Karin', r: box(20, 610) }, { t: 'Smit', r: box(64, 610) }, { t: '@wijkagent_karin', r: box(20, 630, 120) },
        { t: 'Wij', r: box(310, 200) }, { t: 'weten', r: box(350, 200) }, { t: 'Karin!', r: box(400, 200) }, { t: 'SMIT.', r: box(444, 200) },
        { t: 'karin', r: box(500, 500) },
      ],
      labels: [{ t: 'UserAvatar-Container-wijkagent_karin', r: box(310, 120, 48, 48) }, { t: 'Profielfoto van iemand anders', r: box(310, 300, 48, 48) }],
    };
    const rects = identityRects(scan, profile, post, 2);
    expect(rects).toEqual([
      { x: 16, y: 1196, width: 408, height: 128, why: 'account', inPost: false },
      { x: 36, y: 1216, width: 176, height: 40, why: 'name', inPost: false },
      { x: 36, y: 1256, width: 248, height: 40, why: 'name', inPost: false },
      { x: 796, y: 396, width: 176, height: 40, why: 'name', inPost: true },
      { x: 616, y: 236, width: 104, height: 104, why: 'name', inPost: true },
    ]);
  });

  it('needs a handle of three characters or more and a whole name, so common words are not taken', () => {
    const p = { ...profile, accounts: [{ platform: 'generic' as const, handle: '@ab' }] };
    expect(ownIdentity(p)).toEqual({ names: [['karin', 'smit']], handles: [] });
    expect(identityRects({ regions: [], words: [{ t: 'Karin', r: box(0, 0) }, { t: 'ab', r: box(0, 0) }], labels: [] }, p, null, 1)).toEqual([]);
  });
});
