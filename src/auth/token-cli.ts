/**
 * `npm run token -- --role planner|analyst|admin [--region REGION_ID] [--ttl 8h]`: prints an access token signed
 * with AUTH_JWT_SECRET (or the development secret), for local use.
 */
import { authSettings } from '../config.js';
import { createAccessToken } from './tokens.js';
import { isRole, ROLES } from './viewer.js';

const USAGE = `Usage: npm run token -- --role ${ROLES.join('|')} [--region REGION_ID] [--ttl 8h]
A planner token needs --region: the planner's projects are those of that region and the regions under it.`;

const argument = (flag: string) => {
  const index = process.argv.indexOf(flag);
  return index > 0 ? process.argv[index + 1] : undefined;
};

const role = argument('--role');
const regionId = argument('--region');
const ttl = argument('--ttl') ?? '8h';
if (!isRole(role) || (role === 'planner' && !regionId)) {
  console.error(USAGE);
  process.exit(2);
}
const { jwtSecret, jwksUrl } = authSettings();
if (!jwtSecret) {
  console.error(`Tokens are verified with ${jwksUrl}: get one from that identity provider, not from this command.`);
  process.exit(2);
}
console.log(await createAccessToken({ role, regionId, ttl }, jwtSecret));
