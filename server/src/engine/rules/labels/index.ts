/** Rules of the labels family, in documentation order. */
import type { Rule } from '../define.ts';
import difficult from './difficult.ts';
import hostile from './hostile.ts';
import uncooperative from './uncooperative.ts';
import drugSeeking from './drug-seeking.ts';
import malingering from './malingering.ts';
import frequentFlyer from './frequent-flyer.ts';

export const labelsRules: Rule[] = [difficult, hostile, uncooperative, drugSeeking, malingering, frequentFlyer];
