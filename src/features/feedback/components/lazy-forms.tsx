import { lazy } from 'react';
import { browserConnection, retryWhenOnline } from '../../../lib/retry-when-online';
import { useOnline } from '../../../lib/use-online';

// The widget's forms, loaded on demand. The service worker caches their chunks when it installs; before it
// has (a first visit) or where there is none, a chunk asked for offline is fetched again once the connection
// returns, so the form opens by itself instead of asking for a reload.
const loadRatingForm = () => import('./rating-form');
const loadErrorReportForm = () => import('./error-report-form');
const whenOnline = <T,>(load: () => Promise<T>) => retryWhenOnline(load, browserConnection(window))();

export const RatingForm = lazy(() => whenOnline(loadRatingForm).then((m) => ({ default: m.RatingForm })));
export const ErrorReportForm = lazy(() =>
  whenOnline(loadErrorReportForm).then((m) => ({ default: m.ErrorReportForm })),
);
export const preloadRatingForm = () => void loadRatingForm().catch(() => undefined);
export const preloadErrorReportForm = () => void loadErrorReportForm().catch(() => undefined);
export const preloadForms = () => {
  preloadRatingForm();
  preloadErrorReportForm();
};

/** Shown while a form's chunk loads; offline, it says the form is waiting for the connection. */
export function FormLoading() {
  const online = useOnline();
  return (
    <p role="status" className="feedback-loading">
      {online ? 'Loading…' : 'This form opens when you’re back online.'}
    </p>
  );
}
