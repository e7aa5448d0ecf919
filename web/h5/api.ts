/** The calls the customer H5 makes: login, who am I, skills, the available-worker board. */
import { http } from '../shared/http';

const V1 = '/api/v1';

export type Tier = 'junior' | 'middle' | 'senior_a' | 'senior_b';

export interface Me {
  user: { id: string; username: string; displayName: string };
  company: { id: string; name: string };
  permissions: string[];
}

/** What a customer may see of a worker (R16: never a phone, ID number or address). */
export interface BoardCard {
  id: string;
  photoUrl: string | null;
  displayName: string;
  ageRange: string;
  nativePlace: string;
  tier: Tier | null;
  tierLabel: string | null;
  skills: string[];
  certificates: { kind: string; name: string; verified: boolean }[];
  ratingAvg: number | null;
  ratingCount: number;
  trust: 'green' | 'yellow' | 'red';
}

export interface BoardQuery {
  skillId?: string;
  tier?: Tier;
  ageMin?: number;
  ageMax?: number;
  nativePlace?: string;
}

export interface Skill {
  id: string;
  name: string;
  nameEn: string | null;
  status: 'active' | 'disabled';
}

export const api = {
  login: (username: string, password: string) =>
    http.post<Me>(`${V1}/auth/login`, { body: { username, password }, skipAuthRedirect: true }),
  logout: () => http.post<void>(`${V1}/auth/logout`, { skipAuthRedirect: true }),
  me: () => http.get<Me>(`${V1}/me`, { skipAuthRedirect: true }),
  skills: () => http.get<{ items: Skill[] }>(`${V1}/skills`),
  board: (query: BoardQuery & { limit: number; cursor: string | null }) =>
    http.get<{ items: BoardCard[]; nextCursor: string | null }>(`${V1}/board/workers`, {
      query: { ...query },
    }),
};

export const canSeeBoard = (me: Me) =>
  me.permissions.some((p) => p === 'board.read' || p === 'board.*' || p === '*');
