// Personal details readers paste into comments: removed in the browser (shown first, so the reader
// knows) and again on the server, which never trusts the client to have done it.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Seven or more digits, allowing spaces, dots, dashes, brackets and a leading +.
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s().-]{5,}\d(?![\p{L}\p{N}])/gu;

const DATE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;

export const EMAIL_MASK = '[email removed]';
export const PHONE_MASK = '[phone number removed]';

export function redactPersonalDetails(text: string): { text: string; redacted: boolean } {
  let redacted = false;
  const out = text
    .replace(EMAIL, () => {
      redacted = true;
      return EMAIL_MASK;
    })
    .replace(PHONE, (match) => {
      if (match.replace(/\D/g, '').length < 7 || DATE.test(match.trim())) return match;
      redacted = true;
      return PHONE_MASK;
    });
  return { text: out, redacted };
}
