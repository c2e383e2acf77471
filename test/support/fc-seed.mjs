// Serves FC_SEED from the command line to the property-based browser suite at /__fc-seed, so that a
// failing seed is reproducible with one command (see the README, "Embedding safely").
export const fcSeed = () => ({
  name: 'fc-seed',
  serve(context) {
    if (context.path === '/__fc-seed') return {body: process.env.FC_SEED ?? '', type: 'text/plain'};
  },
});
