/** "Xã Minh Dân" → "UBND xã Minh Dân": the commune's People's Committee, as answers are signed. */
export function committeeName(communeFullName: string): string {
  return `UBND ${communeFullName.charAt(0).toLowerCase()}${communeFullName.slice(1)}`;
}
