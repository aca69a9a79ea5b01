'use client'
import { useConfig } from '@payloadcms/ui'

/** The CMS's REST API address as the admin reaches it, e.g. https://cms.example/api. */
export function useApiRoute(): string {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  return `${serverURL ?? ''}${api}`
}
