/** Word measures: twips (1/20 pt) for lengths, half-points for font sizes. */
export const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (v: number) => Math.round(v * TWIPS_PER_MM);
export const pt = (v: number) => Math.round(v * 20);
export const halfPoints = (sizePt: number) => Math.round(sizePt * 2);
