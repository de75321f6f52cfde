/** Fill for visits without an officer, and the outline that marks ones the plan could not place. */
export const UNPLANNED_FILL = '#9e9e9e';
export const UNPLANNED_STROKE = '#616161';
export const UNASSIGNED_STROKE = '#d32f2f';

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#3f51b5', '#009688'];

/**
 * A colour per officer, stable for a given roster order: a hand-picked palette first, then hues
 * spaced by the golden angle so hundreds of officers still get distinguishable colours.
 */
export function officerColor(index: number): string {
  if (index < PALETTE.length) return PALETTE[index];
  const hue = Math.round((index * 137.508) % 360);
  const lightness = 35 + (index % 3) * 8;
  return `hsl(${hue}, 70%, ${lightness}%)`;
}
