/**
 * The audit events of assessments, quotes and contracts (R8–R11). Payloads hold ids, amounts,
 * states and hashes — never a phone number, a full ID number, an address or a signature image.
 */
declare module '../../platform/audit.ts' {
  interface AuditEvents {
    'assessment.schedule': {
      entityType: 'assessment';
      payload: { orderId: string; assessorUserId: string; scheduledAt: string };
    };
    'assessment.record': {
      entityType: 'assessment';
      payload: { orderId: string; areaM2: number; rooms: number; members: number; photos: number };
    };
    'quote.issue': {
      entityType: 'quote';
      payload: {
        orderId: string;
        version: number;
        priceListVersionId: string;
        totalFen: number;
        monthlyTotalFen: number | null;
        firstPaymentFen: number | null;
        validUntil: string;
        superseded: string[];
      };
    };
    'quote.accept': {
      entityType: 'quote';
      payload: { orderId: string; version: number; via: 'h5' | 'phone'; note: string | null };
    };
    'quote.reject': {
      entityType: 'quote';
      payload: { orderId: string; version: number; via: 'h5' | 'phone'; note: string | null };
    };
    'contract.create': {
      entityType: 'contract';
      payload: {
        orderId: string;
        quoteId: string;
        number: string;
        version: number;
        previousId: string | null;
        kind: 'visit' | 'placement';
        employmentModel: 'employee' | 'intermediary' | null;
        textSha256: string;
      };
    };
    'contract.sign': {
      entityType: 'contract';
      payload: {
        party: 'customer' | 'company' | 'worker';
        signedSha256: string;
        before: { state: string };
        after: { state: string };
      };
    };
  }
}

export {};
