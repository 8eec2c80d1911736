import type { PageSetup } from '../../../../../shared/dokumen/model';

/** What every part needs to know about the page it is laid out on. */
export interface PartContext {
  setup: PageSetup;
  /** Text column width in mm. */
  widthMm: number;
}
