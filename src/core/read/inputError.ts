/**
 * A workbook that cannot be evaluated at all: a required sheet or column is missing, or a table has no rows.
 * The message is one line in Chinese naming the file, the sheet and the column, and saying what to do.
 */
export class WorkbookInputError extends Error {
  readonly file: string;
  readonly sheet?: string;

  constructor(file: string, message: string, sheet?: string) {
    super(message);
    this.name = "WorkbookInputError";
    this.file = file;
    this.sheet = sheet;
  }
}
