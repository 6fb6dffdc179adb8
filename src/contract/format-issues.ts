import type { z } from 'zod';

export type FieldError = { path: string; message: string };

/** zod issues as `{ path: "body.3.text", message }`, the shape reports and problem+json use. */
export function formatIssues(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}
