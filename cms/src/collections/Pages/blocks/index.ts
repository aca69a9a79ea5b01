import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { rightsPassageBlock } from './rightsPassage'
import { stepByStepBlock } from './stepByStep'

/** The information pages' rich text: Payload's usual editor plus the page blocks (issue 15). */
export const pageContentEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures,
    BlocksFeature({ blocks: [rightsPassageBlock, stepByStepBlock] }),
  ],
})
