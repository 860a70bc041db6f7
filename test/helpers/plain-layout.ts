/**
 * Coloured output as plain output lays it out: colours off, and the `↪` that
 * starts a code line's continuation row with colour on as the space that
 * stands there without colour.
 */
export function plainLayout(coloured: string): string {
  return coloured.replace(/\u001b\[[0-9;]*m/g, '').replaceAll('↪', ' ');
}
