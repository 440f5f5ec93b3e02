/** The public submission pages' dictionaries (submit.pl.ts, submit.en.ts). */
import type { Lang } from '../format';
import { submitPl } from './submit.pl';
import { submitEn } from './submit.en';

export const submitDictionaries: Record<Lang, typeof submitPl> = { pl: submitPl, en: submitEn };
