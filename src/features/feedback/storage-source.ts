/**
 * Where feedback keeps what must outlive the page (the outbox, which articles were answered): localStorage in the
 * browser, given by the app's entry. Looked up on every use, inside a try: reading `localStorage` itself throws
 * where storage is switched off.
 */
export type StorageSource = () => Storage;
