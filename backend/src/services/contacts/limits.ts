/** Bounds shared by the API schemas, the CSV import and the database column sizes. */
export const CONTACT_LIMITS = {
  name: 120, // "Contacts".name VARCHAR(120)
  email: 254,
  customFields: 20,
  customFieldName: 60,
  customFieldValue: 500,
  tagsPerContact: 30,
  tagName: 60, // "Tags".name VARCHAR(60)
  importMaxRows: 5000,
  /** Columns besides name/number/email/tags in a file; each row still holds at most `customFields`. */
  importMaxCustomColumns: 100,
  importMaxBytes: 2 * 1024 * 1024,
} as const;
