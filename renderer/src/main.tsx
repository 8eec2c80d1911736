import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Base styles first; each feature's own CSS comes with its page.
import './styles.css';
import { App } from './App';
import { PrivasiProvider } from './lib/privasi';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* Privacy mode wraps everything: it outlives page changes and reaches every screen that draws a name. */}
    <PrivasiProvider>
      <App />
    </PrivasiProvider>
  </StrictMode>,
);
