import { simpleParser } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  /** Envelope recipients, lower-case and sorted. */
  to: string[]
  from: string
  subject: string
  text: string
}

export interface TestSmtpServer {
  host: string
  port: number
  received: ReceivedMail[]
  /** Refuse (SMTP 550) the next message whose subject matches, once. */
  refuseOnce: (subjectPattern: RegExp) => void
  stop: () => Promise<void>
}

/** A real SMTP server on 127.0.0.1 and a random port that keeps every message it accepts. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = []
  const refusals: RegExp[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const subject = mail.subject ?? ''
          const refusal = refusals.findIndex((pattern) => pattern.test(subject))
          if (refusal >= 0) {
            refusals.splice(refusal, 1)
            const error = Object.assign(new Error('Mailbox unavailable (test refusal)'), {
              responseCode: 550,
            })
            callback(error)
            return
          }
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()).sort(),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject,
            text: mail.text ?? '',
          })
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo
  return {
    host: '127.0.0.1',
    port,
    received,
    refuseOnce: (pattern) => refusals.push(pattern),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
