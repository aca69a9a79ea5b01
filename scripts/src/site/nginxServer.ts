/**
 * Serves a built site folder with Debian's nginx and the static host's Open Referral rewrite
 * rules (openReferralHost.ts), for the tests that walk the feed as the Open Referral UK
 * validator does. nginx runs in the foreground with its own prefix, config and logs in a
 * throwaway folder. `.ci/run` installs nginx-light when it is missing.
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startProcess, stopProcess } from './childProcess.js'
import { waitForHttp } from './cmsServer.js'
import { nginxOpenReferralRules, type OpenReferralHostOptions } from './openReferralHost.js'
import type { StaticServer } from './staticServer.js'

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx'

export function nginxAvailable(): boolean {
  return existsSync(NGINX_PATH)
}

function nginxConfig(dir: string, port: number, prefix: string, rules: string): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, name)};`
  return `daemon off;
worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    index index.html;
    error_page 404 /404.html;
${rules
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
  }
}
`
}

export async function serveWithNginx(
  dir: string,
  port: number,
  options: OpenReferralHostOptions = {},
): Promise<StaticServer> {
  if (!nginxAvailable()) {
    throw new Error(
      `nginx is not installed at ${NGINX_PATH}: install Debian's nginx-light (apt-get install nginx-light), as .ci/run does, or set NGINX_PATH.`,
    )
  }
  const prefix = await mkdtemp(path.join(tmpdir(), 'local-offer-nginx-'))
  const configFile = path.join(prefix, 'nginx.conf')
  await writeFile(
    configFile,
    nginxConfig(path.resolve(dir), port, prefix, nginxOpenReferralRules(options)),
  )
  const output: string[] = []
  const child: ChildProcess = startProcess(
    NGINX_PATH,
    ['-p', prefix, '-c', configFile, '-e', path.join(prefix, 'error.log')],
    { cwd: prefix, prefix: '[nginx] ', log: (line) => output.push(line) },
  )
  const url = `http://127.0.0.1:${port}`
  const close = async () => {
    await stopProcess(child)
    await rm(prefix, { recursive: true, force: true })
  }
  try {
    await waitForHttp(`${url}/openreferral/index.json`, 15_000)
  } catch (error) {
    const log = await readFile(path.join(prefix, 'error.log'), 'utf8').catch(() => '')
    await close()
    throw new Error(`nginx did not start: ${output.join('\n')}\n${log}\n${String(error)}`)
  }
  return { url, close }
}
