import { detect, type Category } from '../../../utils/detect/index';

/** The texts found for one category, in order. */
export function found(text: string, category: Category, terms?: readonly string[]): string[] {
  return detect(text, terms ? { terms } : undefined).filter((f) => f.category === category).map((f) => f.text);
}
