/** Rules of the identifiers family, in documentation order. */
import type { Rule } from '../define.ts';
import name from './name.ts';
import ssn from './ssn.ts';
import phone from './phone.ts';
import email from './email.ts';
import mrn from './mrn.ts';
import date from './date.ts';
import address from './address.ts';
import url from './url.ts';
import ip from './ip.ts';
import planId from './plan-id.ts';
import account from './account.ts';
import device from './device.ts';
import license from './license.ts';

export const identifiersRules: Rule[] = [name, ssn, phone, email, mrn, date, address, url, ip, planId, account, device, license];
