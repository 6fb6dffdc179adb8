import { authorSlug } from './author-slug';

/** The slug of a tag's page ("Latin America" → "latin-america"): the same folding as an author's name. */
export const tagSlug = (tag: string): string => authorSlug(tag);
