declare module '../../platform/audit.ts' {
  interface AuditEvents {
    'dispatch.assign': {
      entityType: 'order';
      payload: {
        assignmentId: string;
        workerId: string;
        bookingId: string | null;
        state: 'offered' | 'active';
        startsAt: string;
        endsAt: string;
        score: number | null;
        via: 'manual' | 'plan' | 'offer_next' | 'interview';
      };
    };
    'dispatch.end': {
      entityType: 'order';
      payload: { assignmentId: string; workerId: string; from: string; to: string; reason: string | null };
    };
    'dispatch.offer_answer': {
      entityType: 'order';
      payload: {
        assignmentId: string;
        workerId: string;
        answer: 'accept' | 'decline' | 'timeout';
        reason: string | null;
      };
    };
    'dispatch.settings': { entityType: 'company'; payload: { before: unknown; after: unknown } };
    'dispatch.block_worker': { entityType: 'customer'; payload: { workerId: string; reason: string } };
  }
}

export {};
