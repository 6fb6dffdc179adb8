import { useNavigation } from 'react-router-dom';

/** A slim bar while a navigation waits for its data; the text is for screen readers. */
export function ProgressBar() {
  const navigating = useNavigation().state !== 'idle';
  return (
    <>
      <div className={navigating ? 'progress-bar active' : 'progress-bar'} aria-hidden="true" />
      <p className="visually-hidden" role="status">
        {navigating ? 'Loading page' : ''}
      </p>
    </>
  );
}
