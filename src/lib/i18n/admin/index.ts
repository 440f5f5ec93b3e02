/** The admin area's dictionaries (see pl.ts). */
import type { Lang } from '../../format';
import { adminPl, type AdminDict } from './pl';
import { adminEn } from './en';

export type { AdminDict };
export const adminDictionaries: Record<Lang, AdminDict> = { pl: adminPl, en: adminEn };
