// Records what a publisher would see in the console: errors, warnings and uncaught exceptions.
window.pageLog = [];
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => {
    window.pageLog.push(`${level}: ${args.join(' ')}`);
    original.apply(console, args);
  };
}
window.addEventListener('error', (e) => window.pageLog.push(`uncaught: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.pageLog.push(`unhandled: ${e.reason}`));
