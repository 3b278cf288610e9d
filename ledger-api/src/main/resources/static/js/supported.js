// Marks the body for NHS.UK frontend's JavaScript-enhanced styles, as its page template does (kept out of line for the CSP).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');
