import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Base styles first; each feature's own CSS comes with its page.
import './styles.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
