/**
 * `npm run token -- --role planner|analyst|admin [--region REGION_ID] [--subject NAME] [--ttl 8h]`: prints an access
 * token signed with AUTH_JWT_SECRET (or the development secret), for local use.
 */
import { parseCommandLine } from '../command-line.js';
import { authSettings } from '../config.js';
import { createAccessToken } from './tokens.js';
import { isRole, ROLES } from './viewer.js';

const USAGE = `Usage: npm run token -- --role ${ROLES.join('|')} [--region REGION_ID] [--subject NAME] [--ttl 8h]
A planner token needs --region: the planner's projects are those of that region and the regions under it.`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = parseCommandLine(USAGE, {
  role: { type: 'string' },
  region: { type: 'string' },
  subject: { type: 'string' },
  ttl: { type: 'string', default: '8h' },
});
const { role, region: regionId, subject, ttl } = values;
if (!isRole(role)) fail(`--role must be one of ${ROLES.join(', ')}.`);
if (role === 'planner' && !regionId) fail('A planner token needs --region.');
const { jwtSecret, jwksUrl } = authSettings();
if (!jwtSecret) fail(`Tokens are verified with ${jwksUrl}: get one from that identity provider, not from this command.`);
console.log(await createAccessToken({ role, regionId, subject, ttl }, jwtSecret));
