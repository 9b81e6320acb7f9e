/** @type {import('next').NextConfig} */
const nextConfig = {
  // This example sits inside the library's repository, which has its own lockfile: tell Next the
  // app's root is this folder. A standalone app needs neither line.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};

export default nextConfig;
