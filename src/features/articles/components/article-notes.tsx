import type { ArticleNote } from '../../../contract/article-note';
import { useDateFormat } from '../../../lib/date-format-context';
import { InlineContent } from './inline-content';

const KIND_NAMES: Record<ArticleNote['kind'], string> = { correction: 'Correction', editorsNote: 'Editor’s note' };

type ArticleNotesProps = {
  notes?: ArticleNote[];
  placement: ArticleNote['placement'];
  locale: string;
  timeZone: string;
};

/** The article's corrections and editor's notes placed here (top or foot), each dated, in the order written. */
export function ArticleNotes({ notes = [], placement, locale, timeZone }: ArticleNotesProps) {
  const dates = useDateFormat();
  return notes
    .filter((note) => note.placement === placement)
    .map(({ kind, date, content }, i) => (
      // A section with a heading, not a landmark: two corrections would be two landmarks of the same name.
      <section key={i} className="article-note">
        <h2>{KIND_NAMES[kind]}</h2>
        <p>
          <time dateTime={date}>{dates.date(date, locale, timeZone)}</time>: <InlineContent content={content} />
        </p>
      </section>
    ));
}
