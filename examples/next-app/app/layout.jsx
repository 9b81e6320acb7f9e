import './globals.css';

export const metadata = {
  title: 'Next.js + onplatform',
  description: 'onplatform in a Next.js App Router app',
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
