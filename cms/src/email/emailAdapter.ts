import { nodemailerAdapter, type NodemailerAdapterArgs } from '@payloadcms/email-nodemailer'
import { validateEmail } from '@local-offer/shared'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import type { Environment } from '../config/environment'

export interface Sender {
  name: string
  address: string
}

export const DEFAULT_SENDER: Sender = {
  name: 'Local Offer',
  address: 'local-offer@localhost',
}

export interface SmtpSettings {
  host: string
  port: number
  secure: boolean
  user?: string
  pass?: string
}

/** "Name <address>" or a bare address, checked, from EMAIL_FROM. */
export function senderFromEnv(env: Environment = process.env): Sender {
  const value = env.EMAIL_FROM?.trim()
  if (!value) return DEFAULT_SENDER
  const match = /^(.*)<([^>]+)>$/.exec(value)
  const name = (match?.[1] ?? '').trim().replace(/^"|"$/g, '') || DEFAULT_SENDER.name
  const address = (match?.[2] ?? value).trim()
  if (validateEmail(address) !== true) {
    throw new Error(
      `EMAIL_FROM "${value}" is not an email address. Use an address, or a name and address like "Local Offer <localoffer@your-council.gov.uk>".`,
    )
  }
  return { name, address }
}

/** SMTP settings from SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER and SMTP_PASS, or none. */
export function smtpFromEnv(env: Environment = process.env): SmtpSettings | null {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const portText = env.SMTP_PORT?.trim() || '587'
  const port = Number(portText)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`SMTP_PORT "${portText}" is not a port number. Use a number like 587 or 465.`)
  }
  const secureText = env.SMTP_SECURE?.trim().toLowerCase()
  if (secureText && secureText !== 'true' && secureText !== 'false') {
    throw new Error(
      `SMTP_SECURE "${env.SMTP_SECURE}" must be "true" (TLS from the start, usually port 465) or "false" (STARTTLS, usually 587).`,
    )
  }
  const secure = secureText ? secureText === 'true' : port === 465
  const user = env.SMTP_USER?.trim() || undefined
  const pass = env.SMTP_PASS ?? undefined
  if (user && !pass) throw new Error('SMTP_USER is set but SMTP_PASS is not. Set both, or neither.')
  return { host, port, secure, user, pass }
}

// Note on the casts below: @payloadcms/email-nodemailer is typed against another release of
// @types/nodemailer than the one installed here; the transporter object is the same.

/** Sends through an SMTP server. */
export function smtpEmailAdapter(smtp: SmtpSettings, sender: Sender = DEFAULT_SENDER) {
  return nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    skipVerify: true,
    transport: nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.pass } : undefined,
    }) as unknown as NodemailerAdapterArgs['transport'],
  })
}

/**
 * For development without SMTP: every message is written, complete, as an .eml file in `dir`
 * (open it in any mail program), instead of being sent.
 */
export function fileEmailAdapter(dir: string, sender: Sender = DEFAULT_SENDER) {
  return nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    skipVerify: true,
    transport: nodemailer.createTransport({
      streamTransport: true,
      buffer: true,
    }) as unknown as NodemailerAdapterArgs['transport'],
  }).then((adapter): EmailAdapter => {
    return ({ payload }) => {
      const base = adapter({ payload })
      return {
        ...base,
        sendEmail: async (message) => {
          const info = (await base.sendEmail(message)) as { message: Buffer; messageId: string }
          mkdirSync(dir, { recursive: true })
          const stamp = new Date().toISOString().replace(/[:.]/g, '-')
          const id = info.messageId.replace(/[^a-zA-Z0-9.-]/g, '')
          const file = path.join(dir, `${stamp}-${id}.eml`)
          writeFileSync(file, info.message)
          payload.logger.info(`Email not sent (no SMTP_HOST): saved to ${file}`)
          return info
        },
      }
    }
  })
}

/** SMTP when SMTP_HOST is set; otherwise .eml files under `<dataDir>/mail`. */
export function emailAdapterFromEnv(dataDir: string, env: Environment = process.env) {
  const sender = senderFromEnv(env)
  const smtp = smtpFromEnv(env)
  return smtp
    ? smtpEmailAdapter(smtp, sender)
    : fileEmailAdapter(path.join(dataDir, 'mail'), sender)
}
