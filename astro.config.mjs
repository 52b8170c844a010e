// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { glossaryForms } from './src/lib/glossary/glossary-data.ts';
import { remarkGlossary } from './src/remark/remark-glossary.ts';
import { sitemapIntegration } from './src/lib/site/sitemap.ts';
import { archiveBase, archiveSite, cacheDir } from './src/lib/config/env.ts';

// `site` and `base` come from the environment so one build serves GitHub Pages under a
// sub-path (ARCHIVE_BASE=/repo-name/) as well as a local preview at /.
const site = archiveSite();
const base = archiveBase();
const astroCache = cacheDir();

export default defineConfig({
  site,
  base,
  // Separate caches let builds of different content folders (tests, benchmarks) run side by side.
  ...(astroCache ? { cacheDir: astroCache } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemapIntegration()],
  // A Content-Security-Policy for a static site with Pagefind: only this site's own scripts
  // (Astro adds hashes for anything it inlines), WebAssembly for Pagefind, no plugins, no
  // external anything. Text from newspapers is escaped anyway; this is the second line.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Astro 7: remark plugins go on the unified processor (MDX inherits it); glossary
    // annotation runs at build time, so a glossary edit shows on the next build.
    // No GFM: the text is newspaper prose, and GFM would turn a URL printed in it into a live link.
    processor: unified({ remarkPlugins: [[remarkGlossary, { forms: glossaryForms() }]], smartypants: false, gfm: false }),
    // Newspaper text has no code blocks; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
  },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every MDX article carries Astro's own `"use astro:head-inject"` directive, and the bundler
        // warns once per article that it may not survive bundling (Astro handles it): thousands
        // of lines that hide real warnings. Everything else is reported.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
