/** The worker's H5 (家政员): 我的工作 and one job, over a tiny hash router (#/jobs, #/jobs/<id>). */
import { useCallback, useEffect, useState } from 'react';
import { JobPage } from './JobPage';
import { JobsPage } from './JobsPage';

export type WorkerRoute = { page: 'jobs'; when: 'upcoming' | 'past' } | { page: 'job'; jobId: string };

/** `#/jobs/<id>` is a job, `#/jobs/past` the past tab; anything else is 我的工作. */
export function parseWorkerRoute(hash: string): WorkerRoute {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'jobs' && parts[1] === 'past') return { page: 'jobs', when: 'past' };
  if (parts[0] === 'jobs' && parts[1]) return { page: 'job', jobId: decodeURIComponent(parts[1]) };
  return { page: 'jobs', when: 'upcoming' };
}

export function workerRouteHash(route: WorkerRoute): string {
  if (route.page === 'job') return `#/jobs/${encodeURIComponent(route.jobId)}`;
  return route.when === 'past' ? '#/jobs/past' : '#/jobs';
}

export type WorkerNavigate = (route: WorkerRoute) => void;

export function WorkerShell({ onLogout }: { onLogout: () => void }) {
  const [route, setRoute] = useState<WorkerRoute>(() => parseWorkerRoute(window.location.hash));

  useEffect(() => {
    const onHash = () => setRoute(parseWorkerRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const navigate = useCallback<WorkerNavigate>((next) => {
    const hash = workerRouteHash(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);

  return route.page === 'job' ? (
    <JobPage key={route.jobId} id={route.jobId} navigate={navigate} />
  ) : (
    <JobsPage when={route.when} onLogout={onLogout} navigate={navigate} />
  );
}
