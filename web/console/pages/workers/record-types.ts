/** The records of a worker's file, as GET /workers/:id lists them. */
export interface Certificate {
  id: string;
  kind: string;
  name: string;
  number: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string | null;
  verified: boolean;
}
export interface HealthCheck {
  id: string;
  checkedOn: string;
  expiresOn: string;
  result: 'pass' | 'fail';
  institution: string | null;
}
export interface BackgroundCheck {
  id: string;
  checkedOn: string;
  expiresOn: string;
  result: 'clear' | 'record';
}
export interface Insurance {
  id: string;
  kind: 'accident' | 'liability';
  insurer: string;
  policyNumber: string;
  startsOn: string;
  endsOn: string;
}
export interface Training {
  id: string;
  kind: 'general' | 'skill' | 'pre_placement' | 'safety';
  course: string;
  hours: number;
  trainedOn: string;
  result: 'pass' | 'fail';
}
export interface Leave {
  id: string;
  kind: 'leave' | 'rest';
  startsOn: string;
  endsOn: string;
  reason: string | null;
}
export interface Performance {
  id: string;
  kind: 'evaluation' | 'award' | 'reward' | 'penalty';
  title: string;
  year: number | null;
  score: number | null;
  amountFen: number | null;
  occurredOn: string;
}
export interface Incident {
  id: string;
  kind: string;
  blocking: boolean;
  description: string;
  occurredAt: string;
  resolvedAt: string | null;
}
