/**
 * The timeline island's words in one language, made at build time with i18next (the island itself
 * loads no translation library). The periods come from the rules in `@local-offer/shared`, so the
 * weeks shown without JavaScript are the numbers the dates are worked out from.
 */
import { ehcTimescales, type EhcStepId } from '@local-offer/shared/ehcTimeline'
import type { TFunction } from 'i18next'

import type { EhcStepText, EhcTimelineLabels } from './EhcTimeline'

export function timelineLabels(t: TFunction): EhcTimelineLabels {
  const weeks = (count: number) => t('ehcTimeline.weeks', { count })
  const rules = ehcTimescales
  const steps: Record<EhcStepId, EhcStepText> = {
    decisionToAssess: {
      title: t('ehcTimeline.stepDecisionToAssessTitle'),
      inWeeks: t('ehcTimeline.stepDecisionToAssessWhen', {
        period: weeks(rules.decisionToAssess.weeks),
      }),
      description: t('ehcTimeline.stepDecisionToAssessText'),
    },
    noPlanNotice: {
      title: t('ehcTimeline.stepNoPlanNoticeTitle'),
      inWeeks: t('ehcTimeline.stepNoPlanNoticeWhen', { period: weeks(rules.noPlanNotice.weeks) }),
      description: t('ehcTimeline.stepNoPlanNoticeText'),
    },
    draftPlanComments: {
      title: t('ehcTimeline.stepDraftPlanCommentsTitle'),
      inWeeks: t('ehcTimeline.stepDraftPlanCommentsWhen', {
        period: t('ehcTimeline.days', { count: rules.draftPlanComments.days }),
      }),
      description: t('ehcTimeline.stepDraftPlanCommentsText'),
    },
    finalPlan: {
      title: t('ehcTimeline.stepFinalPlanTitle'),
      inWeeks: t('ehcTimeline.stepFinalPlanWhen', { period: weeks(rules.finalPlan.weeks) }),
      description: t('ehcTimeline.stepFinalPlanText'),
    },
    appeal: {
      title: t('ehcTimeline.stepAppealTitle'),
      inWeeks: t('ehcTimeline.stepAppealWhen', {
        decisionPeriod: t('ehcTimeline.months', { count: rules.appealFromDecision.months }),
        certificatePeriod: t('ehcTimeline.months', {
          count: rules.appealFromMediationCertificate.months,
        }),
      }),
      description: t('ehcTimeline.stepAppealText'),
    },
  }
  return {
    formHeading: t('ehcTimeline.formHeading'),
    fields: {
      requestDate: { label: t('ehcTimeline.requestDate'), hint: t('ehcTimeline.requestDateHint') },
      decisionDate: {
        label: t('ehcTimeline.decisionDate'),
        hint: t('ehcTimeline.decisionDateHint'),
      },
      draftPlanDate: {
        label: t('ehcTimeline.draftPlanDate'),
        hint: t('ehcTimeline.draftPlanDateHint'),
      },
      mediationCertificateDate: {
        label: t('ehcTimeline.mediationCertificateDate'),
        hint: t('ehcTimeline.mediationCertificateDateHint'),
      },
    },
    optionalDates: t('ehcTimeline.optionalDates'),
    problems: {
      invalid: t('ehcTimeline.problemInvalid'),
      beforeRequest: t('ehcTimeline.problemBeforeRequest'),
      beforeDecision: t('ehcTimeline.problemBeforeDecision'),
    },
    withoutJavaScript: t('ehcTimeline.withoutJavaScript'),
    enterRequestDate: t('ehcTimeline.enterRequestDate'),
    stepsInWeeksHeading: t('ehcTimeline.stepsInWeeksHeading'),
    yourDatesHeading: t('ehcTimeline.yourDatesHeading'),
    dueBy: t('ehcTimeline.dueBy', { date: '{{date}}' }),
    passed: t('ehcTimeline.passed'),
    passedHelp: t('ehcTimeline.passedHelp'),
    mayTakeLonger: t('ehcTimeline.mayTakeLonger'),
    appealFromCertificate: t('ehcTimeline.appealFromCertificate'),
    law: t('ehcTimeline.law'),
    print: t('ehcTimeline.print'),
    announce: t('ehcTimeline.announce', { date: '{{date}}' }),
    steps,
  }
}
