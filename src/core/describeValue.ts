/** How a wrong argument is named in an error message ("got null", "got an array"). */
export function describeValue(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
