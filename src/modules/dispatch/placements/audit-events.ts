declare module '../../../platform/audit.ts' {
  interface AuditEvents {
    'placement.interview_schedule': {
      entityType: 'order';
      payload: {
        interviewId: string;
        workerId: string;
        bookingId: string;
        mode: 'store' | 'video';
        scheduledAt: string;
        score: number | null;
      };
    };
    'placement.interview_decide': {
      entityType: 'order';
      payload: {
        interviewId: string;
        workerId: string;
        decision: 'chosen' | 'declined';
        reason: string | null;
        /** The other scheduled interviews declined by this choice. */
        declined: string[];
        assignmentId: string | null;
        replacementId: string | null;
      };
    };
    'placement.start': {
      entityType: 'order';
      payload: {
        assignmentId: string;
        workerId: string;
        startDate: string;
        followUpId: string;
        dueOn: string;
      };
    };
    'placement.replace': {
      entityType: 'order';
      payload: {
        replacementId: string;
        assignmentId: string;
        fromWorkerId: string;
        kind: 'customer_request' | 'failed_trial' | 'no_show' | 'accident';
        reason: string;
        counted: boolean;
        quota: number | null;
        used: number | null;
        overrideReason: string | null;
        incidentId: string | null;
      };
    };
    'followup.complete': {
      entityType: 'follow_up';
      payload: { orderId: string; workerId: string; dueOn: string; outcome: string; late: boolean };
    };
  }
}

export {};
