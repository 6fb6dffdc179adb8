// What the widget says once feedback has arrived: shown by the forms, and by the widget itself on the page a
// plain form post is redirected to (so these stay out of the forms' lazy chunks).
export const RATING_SENT_MESSAGE = 'Thank you — your feedback was sent.';
export const REPORT_SENT_MESSAGE = 'Thank you for reporting this — an editor will look into it.';
