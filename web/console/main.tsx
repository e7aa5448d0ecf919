import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/time';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The server serves the customer H5 (web/h5/) itself at /h5/, so the console never sees those paths.
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
