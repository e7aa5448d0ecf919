/** `npm run bench <name>`: runs scripts/bench/<name>.ts (login, startup, workers, orders, shortlist). */
export {};

const name: string | undefined = process.argv[2];
const known = ['login', 'startup', 'workers', 'orders', 'shortlist'];
if (!name || !known.includes(name)) {
  console.log(`usage: npm run bench <${known.join('|')}> [-- options]`);
  process.exit(name ? 1 : 0);
}
process.argv.splice(2, 1);
await import(`./${name}.ts`);
