import type { Section } from '../contract/publication';

/** How a section id is shown: its name in the publication, or the id itself for one no longer listed. */
// Not beside the schema: importing that module would bring zod into the page's first script.
export function sectionName(sections: readonly Section[], id: string): string {
  return sections.find((s) => s.id === id)?.name ?? id;
}
