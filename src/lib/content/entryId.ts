/** The id of an entry: its file name without folders or extension, in Unicode NFC form. */
export function entryId(filePath: string): string {
  const name = filePath.split(/[\\/]/).pop() ?? filePath;
  return name.replace(/\.[^.]+$/, '').normalize('NFC');
}
