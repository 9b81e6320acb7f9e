import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Vite's defaults on purpose (CSS minified by Lightning CSS at the default browser targets): the
// example shows onplatform in a production build as a new app makes it.
export default defineConfig({
  plugins: [react()],
});
