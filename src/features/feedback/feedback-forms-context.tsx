import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { ErrorReportFormProps } from './components/error-report-form';
import { ErrorReportForm, RatingForm } from './components/lazy-forms';
import type { RatingFormProps } from './components/rating-form';

export type FeedbackForms = {
  RatingForm: ComponentType<RatingFormProps>;
  ErrorReportForm: ComponentType<ErrorReportFormProps>;
};

// In the browser, the lazy forms (components/lazy-forms.tsx): loaded when the reader reaches for the widget.
const FeedbackFormsContext = createContext<FeedbackForms>({ RatingForm, ErrorReportForm });

type FeedbackFormsProviderProps = { forms: FeedbackForms; children: ReactNode };

/**
 * The server renders the forms themselves (its entry imports them), because a server render cannot wait for a
 * lazy chunk and would send "Loading…" to a reader without JavaScript. The browser keeps the lazy ones: while a
 * chunk loads, React keeps the server's HTML of that form, then hydrates it.
 */
export function FeedbackFormsProvider({ forms, children }: FeedbackFormsProviderProps) {
  return <FeedbackFormsContext.Provider value={forms}>{children}</FeedbackFormsContext.Provider>;
}

export const useFeedbackForms = () => useContext(FeedbackFormsContext);
