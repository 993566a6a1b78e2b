import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { adapters } from '../../../utils/sites/index';
import type { Platform, PostInfo } from '../../../utils/sites/types';
import { metadataSchema } from '../../../utils/evidence/model';

/** Loads tests/fixtures/sites/<name>.html into a happy-dom document (the test file sets the environment). */
export function loadFixture(name: string): Document {
  const html = readFileSync(resolve(__dirname, '../../fixtures/sites', `${name}.html`), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Every post the platform's adapter finds in the fixture, read by its extractor. */
export function postsIn(platform: Platform, fixture: string, pageUrl: string): { el: Element; info: PostInfo }[] {
  const spec = adapters.find((a) => a.platform === platform)?.posts;
  if (!spec) throw new Error(`${platform} has no posts spec`);
  const doc = loadFixture(fixture);
  return Array.from(doc.querySelectorAll(spec.post)).map((el) => ({ el, info: spec.extract(el, pageUrl) }));
}

/** The parts of metadata.json an extractor fills must pass the contract's schema. */
export const postInfoSchema = metadataSchema.pick({ author: true, postId: true, permalink: true, postedAt: true, text: true, context: true });
