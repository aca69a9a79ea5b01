import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'

import { cmsSecurityHeaders } from './src/config/securityHeaders'

const nextConfig: NextConfig = {
  // Every response, admin pages and API alike (docs/production.md lists them).
  headers: async () => [
    {
      source: '/:path*',
      headers: cmsSecurityHeaders({ development: process.env.NODE_ENV === 'development' }),
    },
  ],
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  transpilePackages: ['@local-offer/shared'],
  turbopack: { root: path.resolve(import.meta.dirname, '..') },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
