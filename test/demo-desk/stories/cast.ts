/**
 * The people of the demo: agents of "Beacon" (a fictional B2B analytics and workflow SaaS) and
 * the customers who write to them. All names, companies and domains are invented; e-mail domains
 * use the reserved `.example` top-level domain.
 */
import type { DemoPerson } from '../types';

export type CastKey =
  | 'dana'
  | 'tomas'
  | 'aisha'
  | 'felix'
  | 'sam'
  | 'ravi'
  | 'mei'
  | 'priya'
  | 'marcus'
  | 'chloe'
  | 'owen'
  | 'ingrid'
  | 'jonas'
  | 'jana'
  | 'theo'
  | 'nadia'
  | 'leo';

export type CastMember = Omit<DemoPerson, 'id'>;

const VENDOR = 'Beacon';

export const CAST: Record<CastKey, CastMember> = {
  // Agents (Beacon support and engineering).
  dana: { name: 'Dana Whitfield', email: 'dana.whitfield@beacon.example', role: 'agent', organization: VENDOR },
  tomas: { name: 'Tomás Ortega', email: 'tomas.ortega@beacon.example', role: 'agent', organization: VENDOR },
  aisha: { name: 'Aisha Karimi', email: 'aisha.karimi@beacon.example', role: 'agent', organization: VENDOR },
  felix: { name: 'Felix Brandt', email: 'felix.brandt@beacon.example', role: 'agent', organization: VENDOR },
  sam: { name: 'Sam Lindqvist', email: 'sam.lindqvist@beacon.example', role: 'agent', organization: VENDOR },
  ravi: { name: 'Ravi Menon', email: 'ravi.menon@beacon.example', role: 'agent', organization: VENDOR },
  mei: { name: 'Mei Chen', email: 'mei.chen@beacon.example', role: 'agent', organization: VENDOR },
  // Customers.
  priya: { name: 'Priya Raman', email: 'priya.raman@brightline-dental.example', role: 'customer', organization: 'Brightline Dental Group' },
  marcus: { name: 'Marcus Webb', email: 'marcus.webb@halvorsen-freight.example', role: 'customer', organization: 'Halvorsen Freight' },
  chloe: { name: 'Chloe Nakamura', email: 'c.nakamura@tamarack-health.example', role: 'customer', organization: 'Tamarack Health' },
  owen: { name: 'Owen Gallagher', email: 'owen.gallagher@meridian-payroll.example', role: 'customer', organization: 'Meridian Payroll' },
  ingrid: { name: 'Ingrid Solberg', email: 'ingrid.solberg@corvid-analytics.example', role: 'customer', organization: 'Corvid Analytics' },
  jonas: { name: 'Jonas Petrov', email: 'jonas.petrov@corvid-analytics.example', role: 'customer', organization: 'Corvid Analytics' },
  jana: { name: 'Jana Vogt', email: 'j.vogt@kestrel-robotics.example', role: 'customer', organization: 'Kestrel Robotics GmbH' },
  theo: { name: 'Theo Marsh', email: 'theo.marsh@lumen-fintech.example', role: 'customer', organization: 'Lumen Fintech' },
  nadia: { name: 'Nadia Haddad', email: 'nadia.haddad@pinecrest-retail.example', role: 'customer', organization: 'Pinecrest Retail' },
  leo: { name: 'Leo Brennan', email: 'leo.brennan@pinecrest-retail.example', role: 'customer', organization: 'Pinecrest Retail' },
};

export const CAST_KEYS = Object.keys(CAST) as CastKey[];
