/** The shapes of quotes, contracts and assessments (R8–R11). */
import type { QuoteLine, ServiceMode } from './types';

export type QuoteState = 'issued' | 'accepted' | 'rejected' | 'superseded';

export interface Quote {
  id: string;
  orderId: string;
  version: number;
  params: Record<string, unknown>;
  lines: QuoteLine[];
  totalFen: number;
  monthlyTotalFen: number | null;
  firstPaymentFen: number | null;
  validUntil: string;
  state: QuoteState;
  decidedAt: string | null;
  decidedVia: 'h5' | 'phone' | null;
  decisionNote: string | null;
  createdAt: string;
}

export type ContractState = 'draft' | 'customer_signed' | 'signed' | 'superseded';
export type Party = 'customer' | 'company' | 'worker';

export interface Contract {
  id: string;
  orderId: string;
  quoteId: string;
  number: string;
  version: number;
  kind: ServiceMode;
  employmentModel: 'employee' | 'intermediary' | null;
  state: ContractState;
  textSha256: string;
  terms: Record<string, unknown>;
  text: string;
  requiredParties: Party[];
  signatures: { party: Party; signerName: string; signedAt: string; signedSha256: string }[];
  createdAt: string;
}

export interface Assessment {
  id: string;
  orderId: string;
  assessorUserId: string;
  scheduledAt: string;
  recordedAt: string | null;
  areaM2: number | null;
  rooms: number | null;
  habits: string | null;
  requirements: string | null;
  createdAt: string;
}

export interface AssessmentRecord {
  areaM2: number;
  rooms: number;
  habits?: string;
  requirements?: string;
}
