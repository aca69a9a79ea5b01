import purgeCss from '@fullhuman/postcss-purgecss'

/**
 * GOV.UK Frontend ships styles for every variant of every component; the site uses a few.
 * PurgeCSS keeps only the selectors whose classes appear in the site's source (templates,
 * components and the modules that add classes to CMS HTML), which keeps the CSS budget.
 */
export default {
  plugins: [
    purgeCss({
      content: ['./src/**/*.{astro,tsx,ts}'],
      // Classes added at run time or by attribute in the browser.
      safelist: {
        standard: [/^govuk-frontend-supported$/],
        greedy: [/dir/, /lang/],
      },
      variables: true,
      keyframes: true,
    }),
  ],
}
