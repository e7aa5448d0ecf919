/** Entry of the customer H5 (/h5/): antd-mobile on React 19, no staff-console code. */
import { unstableSetRender } from 'antd-mobile';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './App';

// antd-mobile's imperative Toast/Dialog render through this hook; React 19 has no legacy render.
unstableSetRender((node, container) => {
  const host = container as Element & { _anjiaRoot?: Root };
  host._anjiaRoot ??= createRoot(host);
  const root = host._anjiaRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    host._anjiaRoot = undefined;
  };
});

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from h5/index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
