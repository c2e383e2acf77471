// Loaded first by every embedding page: records what a publisher would see in the console, and
// every Content-Security-Policy violation, so tests can assert there were none.
window.pageLog = [];
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => {
    window.pageLog.push(`${level}: ${args.join(' ')}`);
    original.apply(console, args);
  };
}
addEventListener('error', (e) => window.pageLog.push(`uncaught: ${e.message}`));
addEventListener('unhandledrejection', (e) => window.pageLog.push(`unhandled: ${e.reason}`));
document.addEventListener('securitypolicyviolation', (e) =>
  window.pageLog.push(`csp: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`));
