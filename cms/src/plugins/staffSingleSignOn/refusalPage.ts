import escapeHtml from 'escape-html'

/**
 * The page a person sees when signing in with the council's account cannot finish: what
 * happened, what to do, and the way back to the sign-in page. A plain page, since the admin's
 * own pages need a signed-in session to show anything.
 */
export function refusalPage(message: string, status: number): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Could not sign you in · Local Offer</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.5;max-width:38rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}
a{color:#0b4f9c}
a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
</style>
</head>
<body>
<main>
<h1>Could not sign you in</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/admin/login">Back to the sign-in page</a></p>
</main>
</body>
</html>`
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })
}
